/** The API's limit on a post's markdown (libs/community markdown.ts). */
export const MAX_POST_LENGTH = 10_000;
/** The API's limit on a comment's markdown (libs/community markdown.ts). */
export const MAX_COMMENT_LENGTH = 4_000;
/** The API's limits on a post's link (CreatePostInput). */
export const MAX_LINK_URL_LENGTH = 2_000;
export const MAX_LINK_TITLE_LENGTH = 200;
/** The API's limit on a topic's description (UpdateTopicInput). */
export const MAX_TOPIC_DESCRIPTION_LENGTH = 2_000;
