import { QueueName } from '@crowdcomms/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import {
  ADD_COMMENT,
  APPOINT_TOPIC_MANAGER,
  APPROVE_GROUP_MEMBER,
  CAMPAIGN_DIGESTS,
  CAMPAIGN_REPORT,
  COMMUNITY_HEALTH,
  CREATE_CAMPAIGN,
  CREATE_GROUP,
  CREATE_POST,
  FEED,
  FOLLOW,
  JOIN_GROUP,
  MEMBER_POSTS,
  POPULAR_TOPICS,
  POST,
  PUBLISH_CAMPAIGN_DIGEST,
  REACT,
  TOPIC,
  TOPIC_FEED,
  UPDATE_MY_COMMUNITY_SETTINGS,
} from './utils/operations';
import { inviteAndJoin, Session, signUpAdmin, waitForMail } from './utils/story';
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';

const HASHTAG_SUGGESTIONS = `query Suggest($prefix: String) { topics(prefix: $prefix, first: 8) { totalCount edges { node { tag } } } }`;
const LEAVE_GROUP = `mutation Leave($groupId: ID!) { leaveGroup(groupId: $groupId) }`;
const MY_NOTIFICATIONS = `query { myNotifications(first: 50) { edges { node { kind title body } } } }`;

const today = new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** Words only a private group's members may read. */
const SECRET = 'Codename Lighthouse ships in March';
const TAG = 'secretproject';

/**
 * A post with #secretproject in a private group, written by a member of the group. Colleagues outside it —
 * an ordinary member, comms, someone who left the group — never meet its text, its hashtag or its topic: not
 * in feeds, topic lists, hashtag suggestions or topic pages, not in reply, reaction or mention
 * notifications, not in community health, not in a campaign's counts or digest, and not in the e-mailed
 * community digest the worker sends. A member of the group sees all of it.
 */
describe('private groups stay private', () => {
  let t: TestApp;
  let admin: Session;
  let comms: Session;
  let author: Session;
  let insider: Session;
  let leaver: Session;
  let outsider: Session;
  let groupId: string;
  let secretPostId: string;
  let leaversPostId: string;
  let leaversCommentId: string;
  let insidersCommentId: string;
  let campaignId: string;

  const ok = async <T = any>(query: string, variables: Record<string, unknown>, who: Session): Promise<T> => {
    const res = await t.gql<T>(query, variables, who.accessToken);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const code = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;
  const notifications = async (who: Session) =>
    (await ok(MY_NOTIFICATIONS, {}, who)).myNotifications.edges.map(
      (e: { node: { kind: string; title: string; body: string } }) => e.node,
    ) as { kind: string; title: string; body: string }[];
  const suggestions = async (who: Session, prefix: string) =>
    (await ok(HASHTAG_SUGGESTIONS, { prefix }, who)).topics.edges.map((e: { node: { tag: string } }) => e.node.tag);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signUpAdmin(t, 'Lighthouse Council', 'ada');
    [comms, author, insider, leaver, outsider] = await Promise.all([
      inviteAndJoin(t, admin, 'cleo', ['COMMS', 'MEMBER']),
      inviteAndJoin(t, admin, 'aria'),
      inviteAndJoin(t, admin, 'ivan'),
      inviteAndJoin(t, admin, 'lena'),
      inviteAndJoin(t, admin, 'otis'),
    ]);
    // A campaign for everyone, counting community posts, running now.
    const campaign = await ok(
      CREATE_CAMPAIGN,
      {
        input: {
          name: 'Share one thing',
          startsOn: today,
          endsOn: inDays(30),
          cadence: 'MONTHLY',
          targetPerPeriod: 1,
          audience: 'EVERYONE',
          channels: ['INTERNAL'],
        },
      },
      comms,
    );
    campaignId = campaign.createCampaign.id;

    groupId = (await ok(CREATE_GROUP, { input: { name: 'Skunkworks', privacy: 'PRIVATE' } }, author)).createGroup.id;
    for (const who of [insider, leaver]) {
      await ok(JOIN_GROUP, { groupId }, who);
      await ok(APPROVE_GROUP_MEMBER, { groupId, memberId: who.member.id }, author);
    }
    // Everyone outside the group follows the author, so anything of theirs that leaked would reach them.
    for (const who of [comms, outsider, insider]) {
      await ok(FOLLOW, { targetType: 'MEMBER', targetId: author.member.id }, who);
    }
    await ok(FOLLOW, { targetType: 'MEMBER', targetId: admin.member.id }, outsider);

    secretPostId = (
      await ok(CREATE_POST, { input: { groupId, body: `${SECRET} #${TAG} — over to @otis.person` } }, author)
    ).createPost.id;
    leaversPostId = (
      await ok(CREATE_POST, { input: { groupId, body: `Lighthouse test plan, draft one #${TAG}` } }, leaver)
    ).createPost.id;
    leaversCommentId = (
      await ok(ADD_COMMENT, { input: { postId: secretPostId, body: 'Which harbour first?' } }, leaver)
    ).addComment.id;
    insidersCommentId = (await ok(ADD_COMMENT, { input: { postId: secretPostId, body: 'Count me in' } }, insider))
      .addComment.id;
    // A public post, so the outsider's digest has something to say.
    await ok(CREATE_POST, { input: { body: 'The canteen reopens on Monday #canteen' } }, admin);

    // The leaver leaves the group; afterwards the group carries on talking on their post and comment.
    expect((await ok(LEAVE_GROUP, { groupId }, leaver)).leaveGroup).toBe(true);
    await ok(ADD_COMMENT, { input: { postId: leaversPostId, body: 'Lighthouse launch moved to the 12th' } }, author);
    await ok(
      ADD_COMMENT,
      {
        input: {
          postId: secretPostId,
          parentCommentId: leaversCommentId,
          body: 'Lighthouse starts at the north harbour',
        },
      },
      author,
    );
    await ok(
      ADD_COMMENT,
      { input: { postId: secretPostId, parentCommentId: insidersCommentId, body: 'Welcome aboard, Lighthouse crew' } },
      author,
    );
    await ok(REACT, { postId: leaversPostId, kind: 'LIKE' }, author);
  }, 60_000);

  afterAll(() => t.close());

  it('shows the post only to its group: not in feeds, a person’s posts or by id to anyone else', async () => {
    for (const who of [outsider, comms, leaver]) {
      expect(code(await t.gql(POST, { id: secretPostId }, who.accessToken))).toBe('NOT_FOUND');
      const seen = JSON.stringify([
        await ok(FEED, { first: 50 }, who),
        await ok(MEMBER_POSTS, { memberId: author.member.id }, who),
      ]);
      expect(seen).not.toContain('Lighthouse');
      expect(seen).not.toContain(TAG);
    }
    const post = (await ok(POST, { id: secretPostId }, insider)).post;
    expect(post.body).toContain(SECRET);
    expect(post.topics).toEqual([expect.objectContaining({ tag: TAG })]);
  });

  it('keeps a private group’s hashtag out of topic lists, hashtag suggestions, topic pages and popular topics', async () => {
    for (const who of [outsider, comms, leaver]) {
      expect(await suggestions(who, 'secret')).toEqual([]);
      expect(await suggestions(who, '')).toEqual(['canteen']);
      expect(code(await t.gql(TOPIC, { tag: TAG }, who.accessToken))).toBe('NOT_FOUND');
      expect(code(await t.gql(TOPIC_FEED, { tag: TAG }, who.accessToken))).toBe('NOT_FOUND');
      const popular = (await ok(POPULAR_TOPICS, { first: 20 }, who)).popularTopics.map((p: { tag: string }) => p.tag);
      expect(popular).toEqual(['canteen']);
    }
    // Nor can its id be followed or given managers from outside.
    const [{ id: topicId }] = await t.db.query(`SELECT id FROM topic WHERE organisation_id = $1 AND tag = $2`, [
      admin.organisation.id,
      TAG,
    ]);
    expect(code(await t.gql(FOLLOW, { targetType: 'TOPIC', targetId: topicId }, outsider.accessToken))).toBe(
      'NOT_FOUND',
    );
    expect(code(await t.gql(APPOINT_TOPIC_MANAGER, { topicId, memberId: outsider.member.id }, comms.accessToken))).toBe(
      'NOT_FOUND',
    );
    expect((await ok(FOLLOW, { targetType: 'TOPIC', targetId: topicId }, insider)).follow).toBe(true);

    // The group's members find it, with its posts.
    expect(await suggestions(insider, 'secret')).toEqual([TAG]);
    expect((await ok(TOPIC, { tag: TAG }, insider)).topic).toMatchObject({ tag: TAG, postCount: 2 });
    const thread = (await ok(TOPIC_FEED, { tag: TAG }, insider)).topicFeed.edges.map(
      (e: { node: { body: string } }) => e.node.body,
    );
    expect(thread).toEqual(expect.arrayContaining([expect.stringContaining(SECRET)]));
  });

  it('notifies of replies, reactions and mentions only people who may still see the post', async () => {
    // The leaver wrote the post and the comment while in the group; what was said there since is not theirs to read.
    const leavers = await notifications(leaver);
    expect(leavers.filter((n) => n.kind === 'COMMUNITY_REPLY')).toEqual([]);
    expect(leavers.filter((n) => n.kind === 'COMMUNITY_REACTION')).toEqual([]);
    expect(JSON.stringify(leavers)).not.toContain('Lighthouse');
    // Mentioned, but never in the group.
    expect(JSON.stringify(await notifications(outsider))).not.toMatch(/Lighthouse|secretproject/);

    // A member of the group hears of the reply to their comment.
    expect(await notifications(insider)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'COMMUNITY_REPLY',
          title: 'aria person replied to your comment',
          body: 'Welcome aboard, Lighthouse crew',
        }),
      ]),
    );
    // The author hears of replies to their post from members of the group.
    expect(await notifications(author)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'COMMUNITY_REPLY', title: 'ivan person replied to your post' }),
      ]),
    );
  });

  it('counts a private group’s activity in community health as numbers only, naming none of its hashtags', async () => {
    const health = (await ok(COMMUNITY_HEALTH, { months: 1 }, comms)).communityHealth;
    expect(health.topics.map((x: { tag: string }) => x.tag)).toEqual(['canteen']);
    expect(JSON.stringify(health)).not.toMatch(/secretproject|Lighthouse/);
    // Numbers only: the group's three posts (and the public one) and its replies count in the month's totals.
    const month = health.trend.at(-1);
    expect(month.posts).toBe(3);
    expect(month.replies).toBe(5);
  });

  it('leaves a private group’s posts, replies and reactions out of campaign counts and digests', async () => {
    const report = (await ok(CAMPAIGN_REPORT, { campaignId }, comms)).campaignReport;
    // The admin's public post is the only share every participant could see.
    expect(report.overall.current).toMatchObject({ shares: 1, posts: 1, replies: 0, reactions: 0 });
    expect(report.overall.current.sharesByChannel).toEqual([{ key: 'INTERNAL', count: 1 }]);

    const digest = (await ok(PUBLISH_CAMPAIGN_DIGEST, { campaignId, periodIndex: 1 }, comms)).publishCampaignDigest;
    expect(digest.body).toContain('1 share by 1 of');
    expect(digest.body).toContain('**ada person**');
    expect(digest.body).not.toMatch(/aria person|lena person|ivan person|Lighthouse|secretproject/);
    const seenByOutsider = (await ok(CAMPAIGN_DIGESTS, { campaignId }, outsider)).campaignDigests;
    expect(JSON.stringify(seenByOutsider)).not.toMatch(/aria person|Lighthouse|secretproject/);
  });

  it('e-mails the daily community digest through the worker: the group’s post to its members only', async () => {
    const worker = await t.startWorker();
    for (const who of [insider, outsider, comms]) {
      await ok(UPDATE_MY_COMMUNITY_SETTINGS, { input: { digestFrequency: 'DAILY' } }, who);
    }
    // A day passes for their digests (a job's `now` may not run ahead of the clock, so their day is moved back).
    await t.db.query(
      `UPDATE community_member SET created_at = created_at - interval '1 day 1 minute' WHERE organisation_id = $1`,
      [admin.organisation.id],
    );
    const queue = worker.get<Queue>(getQueueToken(QueueName.COMMUNITY), { strict: false });
    const job = await queue.add('digest', { organisationId: admin.organisation.id, now: new Date().toISOString() });
    const deadline = Date.now() + 15000;
    while (!(await job.isCompleted())) {
      if (Date.now() > deadline || (await job.isFailed())) throw new Error(`digest job: ${job.failedReason}`);
      await new Promise((r) => setTimeout(r, 50));
    }

    const insiders = await waitForMail(t, insider.user.email, 10000, 'community digest');
    expect(insiders).toContain(`aria person in #${TAG}: ${SECRET}`);
    const outsiders = await waitForMail(t, outsider.user.email, 10000, 'community digest');
    expect(outsiders).toContain('ada person in #canteen: The canteen reopens on Monday');
    expect(outsiders).not.toMatch(/Lighthouse|secretproject/);
    expect(outsiders).toMatch(/Subject: Your daily community digest: 1 new post\b/);
    // Comms follows only the author, whose posts are all in the group: nothing to send.
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM email_message WHERE to_address = $1 AND subject LIKE '%digest%'`,
      [comms.user.email],
    );
    expect(n).toBe(0);
  });
});
