import { DataSource, QueryRunner } from 'typeorm';
import {
  ADD_COMMENT,
  APPOINT_TOPIC_MANAGER,
  APPROVE_GROUP_MEMBER,
  COMMUNITY_HEALTH,
  CREATE_GROUP,
  CREATE_POST,
  DELETE_POST,
  FEED,
  FOLLOW,
  GROUP,
  GROUP_FEED,
  GROUP_MEMBERS,
  IS_FOLLOWING,
  JOIN_GROUP,
  MEMBER_POSTS,
  MY_COMMUNITY_SETTINGS,
  PIN_POST,
  POPULAR_TOPICS,
  POST,
  POST_COMMENTS,
  REACT,
  SET_FOLLOW_EVERYONE_BY_DEFAULT,
  TOPIC,
  TOPIC_FEED,
  TOPICS,
  UNFOLLOW,
  UNREACT,
  UPDATE_MY_COMMUNITY_SETTINGS,
  UPDATE_POST,
  UPDATE_TOPIC,
} from './utils/operations';
import { inviteAndJoin, Session, signUpAdmin } from './utils/story';
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';

describe('community: posts, topics, groups, follows and feeds', () => {
  let t: TestApp;
  let admin: Session;
  let ann: Session;
  let ben: Session;
  let cat: Session;
  let dan: Session;
  let outsider: Session;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signUpAdmin(t, 'Community Org');
    [ann, ben, cat, dan] = await Promise.all(['ann', 'ben', 'cat', 'dan'].map((n) => inviteAndJoin(t, admin, n)));
    outsider = await signUpAdmin(t, 'Elsewhere Ltd', 'outsider');
  });
  afterAll(() => t.close());

  const ok = async <T = any>(query: string, variables: Record<string, unknown>, who: Session): Promise<T> => {
    const res = await t.gql<T>(query, variables, who.accessToken);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const code = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;
  const post = async (who: Session, body: string, extra: Record<string, unknown> = {}) =>
    (await ok(CREATE_POST, { input: { body, ...extra } }, who)).createPost;
  const feedIds = async (who: Session, first = 50) =>
    (await ok(FEED, { first }, who)).feed.edges.map((e: any) => e.node.id as string);
  const topicIds = async (who: Session, tag: string) =>
    (await ok(TOPIC_FEED, { tag, first: 50 }, who)).topicFeed.edges.map((e: any) => e.node.id as string);

  let engagementPost: any;

  it('publishes a post with #engagement into its topic and into followers’ feeds only', async () => {
    expect(await ok(FOLLOW, { targetType: 'MEMBER', targetId: ann.member.id }, ben)).toEqual({ follow: true });

    engagementPost = await post(ann, 'Great session on **#Engagement** today — slides at https://example.org/deck', {
      kind: 'WORK_SHARE',
      linkUrl: 'https://example.org/deck',
      linkTitle: 'The deck',
    });
    expect(engagementPost).toMatchObject({
      kind: 'WORK_SHARE',
      hashtags: ['engagement'],
      topics: [{ tag: 'engagement' }],
      edited: false,
      author: { id: ann.member.id, user: { displayName: 'ann person' } },
      linkTitle: 'The deck',
      commentCount: 0,
      reactionCount: 0,
      myReaction: null,
    });
    expect(engagementPost.bodyHtml).toContain('<strong>#Engagement</strong>');

    expect(await topicIds(cat, '#engagement')).toEqual([engagementPost.id]);
    expect(await feedIds(ben)).toEqual([engagementPost.id]);
    expect(await feedIds(ann)).toEqual([engagementPost.id]); // one's own posts
    expect(await feedIds(cat)).toEqual([]); // follows nothing yet

    await ok(FOLLOW, { targetType: 'TOPIC', targetId: engagementPost.topics[0].id }, cat);
    expect(await feedIds(cat)).toEqual([engagementPost.id]);

    const topic = (await ok(TOPIC, { tag: 'ENGAGEMENT' }, cat)).topic;
    expect(topic).toMatchObject({
      tag: 'engagement',
      postCount: 1,
      followerCount: 1,
      viewerFollows: true,
      managers: [],
    });
    expect(topic.topContributors).toEqual([{ posts: 1, member: { id: ann.member.id } }]);

    // Another organisation sees nothing of it.
    expect(code(await t.gql(POST, { id: engagementPost.id }, outsider.accessToken))).toBe('NOT_FOUND');
    expect(code(await t.gql(TOPIC, { tag: 'engagement' }, outsider.accessToken))).toBe('NOT_FOUND');
  });

  it('lets a topic manager pin, describe and moderate the topic while a plain member cannot', async () => {
    const topicId = engagementPost.topics[0].id;
    // Only admins and comms appoint managers.
    expect(code(await t.gql(APPOINT_TOPIC_MANAGER, { topicId, memberId: cat.member.id }, dan.accessToken))).toBe(
      'FORBIDDEN',
    );
    const appointed = await ok(APPOINT_TOPIC_MANAGER, { topicId, memberId: cat.member.id }, admin);
    expect(appointed.appointTopicManager.managers).toEqual([{ id: cat.member.id }]);

    const dansPost = await post(dan, 'Is #engagement just another buzzword?', { kind: 'QUESTION' });

    // A plain member: no pinning, no describing, no moderating someone else's post.
    expect(code(await t.gql(PIN_POST, { topicId, postId: engagementPost.id }, dan.accessToken))).toBe('FORBIDDEN');
    expect(code(await t.gql(UPDATE_TOPIC, { input: { topicId, description: 'Mine now' } }, dan.accessToken))).toBe(
      'FORBIDDEN',
    );
    expect(code(await t.gql(DELETE_POST, { id: engagementPost.id }, dan.accessToken))).toBe('FORBIDDEN');
    expect(
      code(await t.gql(UPDATE_POST, { input: { postId: engagementPost.id, body: 'hijacked' } }, dan.accessToken)),
    ).toBe('FORBIDDEN');

    // The topic manager.
    const pinned = await ok(PIN_POST, { topicId, postId: engagementPost.id }, cat);
    expect(pinned.pinPost.pinnedPosts).toEqual([{ id: engagementPost.id }]);
    await ok(PIN_POST, { topicId, postId: engagementPost.id }, cat); // pinning twice is harmless
    const described = await ok(UPDATE_TOPIC, { input: { topicId, description: 'How we involve people' } }, cat);
    expect(described.updateTopic.description).toBe('How we involve people');
    const edited = await ok(
      UPDATE_POST,
      { input: { postId: dansPost.id, body: 'Is #engagement more than a buzzword?' } },
      cat,
    );
    expect(edited.updatePost).toMatchObject({ edited: true, body: 'Is #engagement more than a buzzword?' });
    expect(await ok(DELETE_POST, { id: dansPost.id }, cat)).toEqual({ deletePost: true });
    expect(code(await t.gql(POST, { id: dansPost.id }, dan.accessToken))).toBe('NOT_FOUND');

    const topic = (await ok(TOPIC, { tag: 'engagement' }, dan)).topic;
    expect(topic).toMatchObject({
      description: 'How we involve people',
      managers: [{ id: cat.member.id }],
      pinnedPosts: [{ id: engagementPost.id }],
      postCount: 1,
      viewerIsManager: false,
    });

    // The author edits their own post: it shows as edited.
    const own = await ok(
      UPDATE_POST,
      { input: { postId: engagementPost.id, body: 'Great session on #engagement!' } },
      ann,
    );
    expect(own.updatePost).toMatchObject({ edited: true, hashtags: ['engagement'] });
  });

  it('keeps private group posts invisible outside the group, and open group posts visible to all', async () => {
    const inner = (await ok(CREATE_GROUP, { input: { name: 'Inner Circle', privacy: 'PRIVATE' } }, ann)).createGroup;
    expect(inner).toMatchObject({ privacy: 'PRIVATE', memberCount: 1 });
    const secret = await post(ann, 'Draft plans for #engagement week', { groupId: inner.id });
    expect(secret.group).toMatchObject({ id: inner.id, name: 'Inner Circle' });

    // Ben follows Ann and the topic is public, yet the private post stays hidden from him everywhere.
    await ok(FOLLOW, { targetType: 'TOPIC', targetId: engagementPost.topics[0].id }, ben);
    expect(await feedIds(ben)).not.toContain(secret.id);
    expect(await topicIds(ben, 'engagement')).not.toContain(secret.id);
    const annsPosts = (await ok(MEMBER_POSTS, { memberId: ann.member.id }, ben)).memberPosts.edges.map(
      (e: any) => e.node.id,
    );
    expect(annsPosts).toEqual([engagementPost.id]);
    expect((await ok(GROUP_FEED, { groupId: inner.id }, ben)).groupFeed.edges).toEqual([]);
    expect(code(await t.gql(POST, { id: secret.id }, ben.accessToken))).toBe('NOT_FOUND');
    expect(code(await t.gql(REACT, { postId: secret.id }, ben.accessToken))).toBe('NOT_FOUND');
    expect(code(await t.gql(ADD_COMMENT, { input: { postId: secret.id, body: 'hi' } }, ben.accessToken))).toBe(
      'NOT_FOUND',
    );
    expect(code(await t.gql(GROUP_MEMBERS, { groupId: inner.id }, ben.accessToken))).toBe('FORBIDDEN');
    // Posting into a private group one is not in: the group does not exist for them.
    expect(code(await t.gql(CREATE_POST, { input: { body: 'let me in', groupId: inner.id } }, ben.accessToken))).toBe(
      'NOT_FOUND',
    );
    // A topic manager outside the group cannot moderate or pin what they cannot see.
    expect(
      code(await t.gql(PIN_POST, { topicId: engagementPost.topics[0].id, postId: secret.id }, cat.accessToken)),
    ).toBe('NOT_FOUND');

    // Join on request, approved by the group's manager.
    expect((await ok(JOIN_GROUP, { groupId: inner.id }, ben)).joinGroup).toMatchObject({ status: 'PENDING' });
    expect((await ok(JOIN_GROUP, { groupId: inner.id }, ben)).joinGroup).toMatchObject({ status: 'PENDING' });
    expect(await feedIds(ben)).not.toContain(secret.id);
    expect(
      code(await t.gql(APPROVE_GROUP_MEMBER, { groupId: inner.id, memberId: ben.member.id }, cat.accessToken)),
    ).toBe('FORBIDDEN');
    const requests = (await ok(GROUP_MEMBERS, { groupId: inner.id, status: 'PENDING' }, ann)).groupMembers;
    expect(requests.edges.map((e: any) => e.node.member.id)).toEqual([ben.member.id]);
    await ok(APPROVE_GROUP_MEMBER, { groupId: inner.id, memberId: ben.member.id }, ann);
    expect((await ok(GROUP, { id: inner.id }, ben)).group).toMatchObject({
      memberCount: 2,
      viewerMembership: { status: 'ACTIVE', role: 'MEMBER' },
    });
    expect(await feedIds(ben)).toContain(secret.id);
    expect((await ok(GROUP_FEED, { groupId: inner.id }, ben)).groupFeed.edges.map((e: any) => e.node.id)).toEqual([
      secret.id,
    ]);

    // An open group: joined at once; its posts reach the whole organisation.
    const open = (await ok(CREATE_GROUP, { input: { name: 'Newsroom', privacy: 'OPEN' } }, dan)).createGroup;
    expect(code(await t.gql(CREATE_POST, { input: { body: 'not yet', groupId: open.id } }, cat.accessToken))).toBe(
      'FORBIDDEN',
    );
    expect((await ok(JOIN_GROUP, { groupId: open.id }, cat)).joinGroup).toMatchObject({ status: 'ACTIVE' });
    const news = await post(cat, 'Newsroom is open', { groupId: open.id });
    expect((await ok(POST, { id: news.id }, ben)).post.id).toBe(news.id);
    expect(await feedIds(dan)).toContain(news.id); // dan's own group
  });

  it('makes members new to the community follow everyone and every topic, each free to unfollow', async () => {
    const plain = await post(ann, 'No hashtags here');
    expect(await ok(SET_FOLLOW_EVERYONE_BY_DEFAULT, { enabled: true }, admin)).toEqual({
      setFollowEveryoneByDefault: true,
    });
    expect(code(await t.gql(SET_FOLLOW_EVERYONE_BY_DEFAULT, { enabled: true }, ben.accessToken))).toBe('FORBIDDEN');

    const eve = await inviteAndJoin(t, admin, 'eve');
    expect((await ok(MY_COMMUNITY_SETTINGS, {}, eve)).myCommunitySettings).toEqual({
      followEveryone: true,
      digestFrequency: 'WEEKLY',
    });
    const eveFeed = await feedIds(eve);
    expect(eveFeed).toEqual(expect.arrayContaining([plain.id, engagementPost.id]));
    expect(eveFeed).not.toContain(
      (await ok(MEMBER_POSTS, { memberId: ann.member.id }, ann)).memberPosts.edges.find(
        (e: any) => e.node.group?.privacy === 'PRIVATE',
      ).node.id,
    );
    expect(await ok(IS_FOLLOWING, { targetType: 'MEMBER', targetId: ann.member.id }, eve)).toEqual({
      isFollowing: true,
    });

    // Unfollow Ann: her plain post goes; her #engagement post stays while Eve still follows the topic.
    expect(await ok(UNFOLLOW, { targetType: 'MEMBER', targetId: ann.member.id }, eve)).toEqual({ unfollow: false });
    expect(await ok(IS_FOLLOWING, { targetType: 'MEMBER', targetId: ann.member.id }, eve)).toEqual({
      isFollowing: false,
    });
    expect(await feedIds(eve)).not.toContain(plain.id);
    expect(await feedIds(eve)).toContain(engagementPost.id);
    await ok(UNFOLLOW, { targetType: 'TOPIC', targetId: engagementPost.topics[0].id }, eve);
    expect(await feedIds(eve)).not.toContain(engagementPost.id);

    // Members who were already in the community keep their own choice.
    expect((await ok(MY_COMMUNITY_SETTINGS, {}, ben)).myCommunitySettings.followEveryone).toBe(false);
    expect(await feedIds(ben)).toContain(plain.id); // ben follows ann explicitly
    expect(await feedIds(cat)).not.toContain(plain.id);
    const off = await ok(
      UPDATE_MY_COMMUNITY_SETTINGS,
      { input: { followEveryone: false, digestFrequency: 'DAILY' } },
      eve,
    );
    expect(off.updateMyCommunitySettings).toEqual({ followEveryone: false, digestFrequency: 'DAILY' });
    await ok(SET_FOLLOW_EVERYONE_BY_DEFAULT, { enabled: false }, admin);
  });

  it('counts reactions idempotently and threads comments one level deep', async () => {
    const first = await ok(REACT, { postId: engagementPost.id }, ben);
    const again = await ok(REACT, { postId: engagementPost.id, kind: 'LIKE' }, ben);
    expect(first.react).toMatchObject({ reactionCount: 1, myReaction: 'LIKE' });
    expect(again.react).toMatchObject({
      reactionCount: 1,
      myReaction: 'LIKE',
      reactions: [{ kind: 'LIKE', count: 1 }],
    });
    const changed = await ok(REACT, { postId: engagementPost.id, kind: 'CELEBRATE' }, ben);
    expect(changed.react).toMatchObject({ reactionCount: 1, myReaction: 'CELEBRATE' });
    await ok(REACT, { postId: engagementPost.id }, cat);
    const seenByDan = (await ok(POST, { id: engagementPost.id }, dan)).post;
    expect(seenByDan).toMatchObject({ reactionCount: 2, myReaction: null });
    expect(seenByDan.reactions).toEqual(
      expect.arrayContaining([
        { kind: 'LIKE', count: 1 },
        { kind: 'CELEBRATE', count: 1 },
      ]),
    );
    expect((await ok(UNREACT, { postId: engagementPost.id }, cat)).unreact).toMatchObject({
      reactionCount: 1,
      myReaction: null,
    });
    await ok(UNREACT, { postId: engagementPost.id }, cat); // twice: still fine

    const comment = (await ok(ADD_COMMENT, { input: { postId: engagementPost.id, body: 'Loved it' } }, ben)).addComment;
    const reply = (
      await ok(ADD_COMMENT, { input: { postId: engagementPost.id, parentCommentId: comment.id, body: 'Thanks!' } }, ann)
    ).addComment;
    const deeper = await t.gql(
      ADD_COMMENT,
      { input: { postId: engagementPost.id, parentCommentId: reply.id, body: 'too deep' } },
      ben.accessToken,
    );
    expect(code(deeper)).toBe('BAD_USER_INPUT');
    const comments = (await ok(POST_COMMENTS, { postId: engagementPost.id }, cat)).postComments;
    expect(comments).toMatchObject({
      totalCount: 1,
      edges: [
        { node: { id: comment.id, author: { id: ben.member.id }, replies: [{ id: reply.id, body: 'Thanks!' }] } },
      ],
    });
    expect((await ok(POST, { id: engagementPost.id }, cat)).post.commentCount).toBe(2);
  });

  it('answers bad input with clear errors, never a server error', async () => {
    const attempts: [Record<string, unknown>, string][] = [
      [{ body: '   ' }, 'cannot be empty'],
      [{ body: 'x'.repeat(10_001) }, 'at most 10000 characters'],
      [{ body: 'hello <script>alert(1)</script>' }, 'script tags'],
      [{ body: 'click [here](javascript:alert(1))' }, 'javascript:'],
      [{ body: 'a link', linkUrl: 'javascript:alert(1)' }, 'linkUrl must be an http(s) URL'],
      [{ body: 'a title', linkTitle: 'no link' }, 'A link title needs a link'],
      [{ body: Array.from({ length: 11 }, (_, i) => `#tag${i}`).join(' ') }, 'at most 10 hashtags'],
      [{ body: 'hi', kind: 'RANT' }, ''],
    ];
    for (const [input, message] of attempts) {
      const res = await t.gql(CREATE_POST, { input }, ann.accessToken);
      expect(res.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
      expect(res.errors?.[0]?.message).toContain(message);
    }
    // Raw HTML that is not a script is shown as text, never as markup.
    const html = await post(ann, 'Look <img src=x onerror=alert(1)> #Odd-Tag #!!! #😀');
    expect(html.bodyHtml).not.toMatch(/<img/);
    expect(html.bodyHtml).toContain('&lt;img');
    expect(html.hashtags).toEqual(['odd']);
    for (const tag of ['#<b>', 'no spaces', '']) {
      expect(code(await t.gql(TOPIC, { tag }, ann.accessToken))).toBe('BAD_USER_INPUT');
    }
    expect(code(await t.gql(FOLLOW, { targetType: 'MEMBER', targetId: ann.member.id }, ann.accessToken))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await t.gql(FOLLOW, { targetType: 'MEMBER', targetId: outsider.member.id }, ann.accessToken))).toBe(
      'NOT_FOUND',
    );
    expect(code(await t.gql(FOLLOW, { targetType: 'GROUP', targetId: 'not-a-uuid' }, ann.accessToken))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await t.gql(FEED, { first: 500 }, ann.accessToken))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(FEED, { after: 'garbage' }, ann.accessToken))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(CREATE_GROUP, { input: { name: 'Inner Circle' } }, cat.accessToken))).toBe('CONFLICT');
    expect(code(await t.gql(FEED, {}))).toBe('UNAUTHENTICATED');
  });

  it('previews a body exactly as the post will render, with the same checks, storing nothing', async () => {
    const PREVIEW = `query ($body: String!) { previewPostBody(body: $body) }`;
    const body = 'Hello **#engagement** <img src=x onerror=alert(1)> [site](https://example.org)';
    const preview = (await ok(PREVIEW, { body }, ann)).previewPostBody;
    expect(preview).toBe(
      '<p>Hello <strong>#engagement</strong> &lt;img src=x onerror=alert(1)&gt; ' +
        '<a href="https://example.org" rel="nofollow noopener noreferrer">site</a></p>',
    );
    expect(preview).toBe((await post(ann, body)).bodyHtml);
    const before = (await feedIds(ann)).length;
    await ok(PREVIEW, { body: 'not stored #previewonly' }, ann);
    expect(await feedIds(ann)).toHaveLength(before);
    expect(code(await t.gql(TOPIC, { tag: 'previewonly' }, ann.accessToken))).toBe('NOT_FOUND');
    for (const [bad, message] of [
      ['  ', 'cannot be empty'],
      ['x'.repeat(10_001), 'at most 10000 characters'],
      ['<script>alert(1)</script>', 'script tags'],
    ]) {
      const res = await t.gql(PREVIEW, { body: bad }, ann.accessToken);
      expect(code(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toContain(message);
    }
    expect(code(await t.gql(PREVIEW, { body: 'hi' }))).toBe('UNAUTHENTICATED');
  });

  it('loads a feed page with its relations in 3 SQL statements, for 10 posts as for 50', async () => {
    const authors = [ann, ben, cat, dan];
    for (let i = 0; i < 56; i++) {
      const author = authors[i % authors.length];
      await post(author, `Update ${i} on #topic${i % 7} and #engagement`);
    }
    await ok(FOLLOW, { targetType: 'TOPIC', targetId: engagementPost.topics[0].id }, dan);
    const page = (await ok(FEED, { first: 50 }, dan)).feed;
    for (const edge of page.edges.slice(0, 20)) await ok(REACT, { postId: edge.node.id }, ben);

    const dataSource = t.app.get(DataSource);
    const original = dataSource.createQueryRunner.bind(dataSource);
    let queries = 0;
    dataSource.createQueryRunner = (...args: Parameters<DataSource['createQueryRunner']>): QueryRunner => {
      const runner = original(...args);
      const query = runner.query.bind(runner);
      runner.query = ((...q: Parameters<QueryRunner['query']>) => {
        queries++;
        return query(...q);
      }) as QueryRunner['query'];
      return runner;
    };
    const count = async (first: number) => {
      queries = 0;
      const feed = (await ok(FEED, { first }, dan)).feed;
      expect(feed.edges).toHaveLength(first);
      expect(feed.edges.every((e: any) => e.node.author.user.displayName && e.node.topics.length)).toBe(true);
      return queries;
    };
    try {
      await count(10); // warms the member's community row
      const ten = await count(10);
      const fifty = await count(50);
      expect(fifty).toBe(ten);
      // 2 fixed (session and membership; the day's visit with the member's community settings) + 1 for the
      // page: authors, their users, topics, groups and reactions with "mine" come with it, attached to its posts.
      expect(ten).toBe(3);
    } finally {
      dataSource.createQueryRunner = original;
    }
    const bensFeed = (await ok(FEED, { first: 50 }, ben)).feed.edges.map((e: any) => e.node);
    const reacted = bensFeed.filter((node: any) => node.myReaction === 'LIKE');
    expect(reacted.length).toBeGreaterThanOrEqual(20);
    // What the page query attaches is what the loaders would have read: the same post through `post(id)`.
    for (const node of [...reacted.slice(0, 3), ...bensFeed.filter((n: any) => !n.myReaction).slice(0, 3)]) {
      expect((await ok(POST, { id: node.id }, ben)).post).toEqual(node);
      expect(node.topics.map((topic: any) => topic.tag)).toEqual(node.hashtags);
    }
  });

  it('answers feeds with Cache-Control: no-store', async () => {
    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${dan.accessToken}`)
      .send({ query: FEED, variables: { first: 5 } });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('pages the feed newest first with stable cursors', async () => {
    const first = (await ok(FEED, { first: 25 }, dan)).feed;
    const second = (await ok(FEED, { first: 25, after: first.pageInfo.endCursor }, dan)).feed;
    const all = [...first.edges, ...second.edges].map((e: any) => e.node.createdAt);
    expect(new Set([...first.edges, ...second.edges].map((e: any) => e.node.id)).size).toBe(50);
    expect([...all].sort().reverse()).toEqual(all);
    expect(first.pageInfo.hasNextPage).toBe(true);
  });

  it('shows comms and admins the community’s health, and no one else', async () => {
    expect(code(await t.gql(COMMUNITY_HEALTH, {}, ben.accessToken))).toBe('FORBIDDEN');
    const health = (await ok(COMMUNITY_HEALTH, { months: 3 }, admin)).communityHealth;
    expect(health).toMatchObject({
      weeklyActiveMembers: 5, // ann, ben, cat, dan and eve; the admin never opened the community
      monthlyActiveMembers: 5,
      selfSufficiency: 'BELOW',
    });
    expect(health.posters).toBe(4);
    expect(health.readers).toBe(health.monthlyActiveMembers - health.posters);
    expect(health.members).toBe(6);
    expect(health.newMembers).toBe(6);
    expect(health.selfSufficiencyNote).toMatch(/more to reach 25/);
    expect(health.trend).toHaveLength(3);
    const thisMonth = health.trend.at(-1);
    expect(thisMonth).toMatchObject({ newMembers: 6, posters: 4 });
    expect(thisMonth.posts).toBeGreaterThan(56);
    expect(health.topics[0]).toMatchObject({ tag: 'engagement' });
    expect(health.topics[0].replies).toBe(2);
    // Eight weeks, Mondays oldest first; everyone took part this week, nobody before.
    const monday = new Date();
    monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
    const weeks = health.weeklyTrend.map((w: { week: string }) => w.week);
    expect(weeks).toHaveLength(8);
    expect(weeks.at(-1)).toBe(monday.toISOString().slice(0, 10));
    expect([...weeks].sort()).toEqual(weeks);
    expect(health.weeklyTrend.at(-1)).toMatchObject({ activeMembers: 5, posters: 4 });
    expect(health.weeklyTrend.slice(0, -1).every((w: { activeMembers: number }) => w.activeMembers === 0)).toBe(true);
  });

  it('lists the busiest topics by posts the reader may see, and the topics each member follows', async () => {
    const boss = await signUpAdmin(t, 'Topic Trust', 'tess');
    const [kim, lee] = await Promise.all(['kim', 'lee'].map((n) => inviteAndJoin(t, boss, n)));
    await post(kim, 'Stalls for #fundraising');
    await post(lee, 'More #fundraising ideas and a #volunteering note');
    await post(kim, 'One for #volunteering');
    await post(lee, 'Quiz night #fundraising');
    const inner = (await ok(CREATE_GROUP, { input: { name: 'Trustees', privacy: 'PRIVATE' } }, kim)).createGroup;
    for (const n of [1, 2, 3, 4]) await post(kim, `Board paper ${n} #budget`, { groupId: inner.id });

    const popular = async (who: Session) =>
      (await ok(POPULAR_TOPICS, { first: 5 }, who)).popularTopics.map((p: any) => p.tag);
    // The private group's topic leads only for its member; others never learn of it from the ranking.
    expect(await popular(kim)).toEqual(['budget', 'fundraising', 'volunteering']);
    expect(await popular(lee)).toEqual(['fundraising', 'volunteering']);
    expect(await popular(outsider)).toEqual([]);
    expect((await ok(POPULAR_TOPICS, { first: 1 }, lee)).popularTopics).toEqual([{ tag: 'fundraising', postCount: 3 }]);
    expect(code(await t.gql(POPULAR_TOPICS, { first: 21 }, lee.accessToken))).toBe('BAD_USER_INPUT');

    // Followed topics: explicit follows, and every topic not unfollowed for someone who follows everyone.
    const followed = async (who: Session) =>
      (await ok(TOPICS, { followed: true, first: 50 }, who)).topics.edges.map((e: any) => e.node.tag);
    expect(await followed(lee)).toEqual([]);
    const volunteering = (await ok(TOPIC, { tag: 'volunteering' }, lee)).topic.id;
    await ok(FOLLOW, { targetType: 'TOPIC', targetId: volunteering }, lee);
    expect(await followed(lee)).toEqual(['volunteering']);
    await ok(UPDATE_MY_COMMUNITY_SETTINGS, { input: { followEveryone: true } }, kim);
    await ok(UNFOLLOW, { targetType: 'TOPIC', targetId: volunteering }, kim);
    expect(await followed(kim)).toEqual(['budget', 'fundraising']);
    expect((await ok(TOPICS, { first: 50 }, kim)).topics.totalCount).toBe(3);
    expect((await ok(TOPICS, { followed: true, first: 50 }, outsider)).topics.edges).toEqual([]);
  });
});
