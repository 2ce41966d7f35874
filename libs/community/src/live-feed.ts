/** The Redis pub/sub channel of one organisation's new posts; each subscriber's filter decides what they hear. */
export const newPostChannel = (organisationId: string) => `community.post.${organisationId}`;

/** What travels on the channel: ids only. */
export interface NewPostEvent {
  newPostAvailable: { postId: string; authorId: string; groupId: string | null; createdAt: string };
}
