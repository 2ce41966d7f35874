import {
  CREATE_GROUP,
  CREATE_POST,
  DELETE_POST,
  FEED,
  FOLLOW,
  JOIN_GROUP,
  TOPIC,
  UPDATE_MY_COMMUNITY_SETTINGS,
  UPDATE_POST,
} from './utils/operations';
import { inviteAndJoin, Session, signUpAdmin } from './utils/story';
import { createTestApp, TestApp } from './utils/test-app';

/**
 * A member who does not follow everyone has their feed read source by source (their own posts, the people,
 * topics and groups they follow or belong to; FeedService). This checks that it is exactly the feed's
 * definition — nothing missing, nothing twice, newest first across pages — and that it follows edits and
 * deletions of hashtags, and private groups.
 */
describe('community: a feed that follows a few people and topics', () => {
  let t: TestApp;
  let admin: Session;
  let viewer: Session;
  let friend: Session;
  let stranger: Session;
  let ownNote: string;

  beforeAll(async () => {
    // Two connections: each runs the page statement (prepared) often enough for PostgreSQL to settle on
    // its generic plan, so the checks below also cover the plan later requests get.
    t = await createTestApp({ DATABASE_POOL_SIZE: '2' });
    admin = await signUpAdmin(t, 'Sparse Feed Council');
    [viewer, friend, stranger] = await Promise.all(['vic', 'fay', 'sam'].map((n) => inviteAndJoin(t, admin, n)));
  });
  afterAll(() => t.close());

  const ok = async <T = any>(query: string, variables: Record<string, unknown>, who: Session): Promise<T> => {
    const res = await t.gql<T>(query, variables, who.accessToken);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const post = async (who: Session, body: string, extra: Record<string, unknown> = {}): Promise<string> =>
    (await ok(CREATE_POST, { input: { body, ...extra } }, who)).createPost.id;
  /** The whole feed's post ids, read in pages of `first`, checking they come newest first. */
  const wholeFeed = async (who: Session, first = 3): Promise<string[]> => {
    const ids: string[] = [];
    const times: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await ok(FEED, { first, after }, who)).feed;
      for (const e of page.edges) {
        ids.push(e.node.id);
        times.push(e.node.createdAt);
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect([...times].sort().reverse()).toEqual(times);
    return ids;
  };

  it('shows exactly own posts and what is followed or joined, once each, newest first', async () => {
    await ok(UPDATE_MY_COMMUNITY_SETTINGS, { input: { followEveryone: false } }, viewer);
    const expected: string[] = [];
    const club = (await ok(CREATE_GROUP, { input: { name: 'Lunch club' } }, stranger)).createGroup.id;
    const hidden = (await ok(CREATE_GROUP, { input: { name: 'Board papers', privacy: 'PRIVATE' } }, friend)).createGroup
      .id;
    await ok(JOIN_GROUP, { groupId: club }, viewer);

    // Written oldest first, interleaved, so every source has posts older and newer than the others'.
    expected.push(await post(friend, 'Morning all'));
    await post(stranger, 'Not for vic');
    expected.push(await post(stranger, 'About #gardening and more'));
    ownNote = await post(viewer, 'My own note');
    expected.push(ownNote);
    expected.push(await post(stranger, 'Lunch on Friday', { groupId: club }));
    await post(friend, 'Papers for the board', { groupId: hidden });
    expected.push(await post(friend, 'Both sources at once #gardening'));
    await post(stranger, 'Still not for vic #cooking');
    for (let i = 0; i < 4; i++) expected.push(await post(friend, `Friend update ${i}`));

    await ok(FOLLOW, { targetType: 'MEMBER', targetId: friend.member.id }, viewer);
    const gardening = (await ok(TOPIC, { tag: 'gardening' }, viewer)).topic.id;
    await ok(FOLLOW, { targetType: 'TOPIC', targetId: gardening }, viewer);

    // All of it among the newest posts: found by walking them.
    expect(await wholeFeed(viewer)).toEqual([...expected].reverse());

    // Pushed behind thousands of newer posts by someone vic does not follow: found source by source.
    await t.db.query(
      `INSERT INTO post (organisation_id, author_membership_id, kind, body, body_html, created_at)
       SELECT $1, $2, 'UPDATE', 'Filler ' || i, '<p>Filler ' || i || '</p>', now() + i * interval '1 ms'
         FROM generate_series(1, 2100) i`,
      [admin.organisation.id, stranger.member.id],
    );
    expect(await wholeFeed(viewer)).toEqual([...expected].reverse());
  });

  it('follows edits of hashtags and deletions', async () => {
    const moved = await post(stranger, 'Soon about gardening, not yet');
    const before = await wholeFeed(viewer);
    expect(before).not.toContain(moved);

    await ok(UPDATE_POST, { input: { postId: moved, body: 'Now about #gardening' } }, stranger);
    expect(await wholeFeed(viewer)).toEqual([moved, ...before]);

    await ok(UPDATE_POST, { input: { postId: moved, body: 'Not about that after all' } }, stranger);
    expect(await wholeFeed(viewer)).toEqual(before);

    await ok(DELETE_POST, { id: ownNote }, viewer);
    expect(await wholeFeed(viewer)).toEqual(before.filter((id) => id !== ownNote));
  });

  it('reads the same posts when the member turns "follow everyone" on, plus everyone else’s', async () => {
    const sparse = await wholeFeed(viewer);
    await ok(UPDATE_MY_COMMUNITY_SETTINGS, { input: { followEveryone: true } }, viewer);
    const dense = await wholeFeed(viewer, 100);
    expect(dense.filter((id) => sparse.includes(id))).toEqual(sparse);
    expect(dense.length).toBeGreaterThan(sparse.length + 2100);
  });
});
