/** The API's limit on a post's markdown (libs/community markdown.ts). */
export const MAX_POST_LENGTH = 10_000;
