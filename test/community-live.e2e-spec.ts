import { QueueName } from '@crowdcomms/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Client, createClient } from 'graphql-ws';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import WebSocket from 'ws';
import {
  ADD_COMMENT,
  APPOINT_TOPIC_MANAGER,
  APPROVE_GROUP_MEMBER,
  CREATE_GROUP,
  CREATE_POST,
  FOLLOW,
  JOIN_GROUP,
  NEW_POST_AVAILABLE,
  REACT,
  TOPIC,
  UPDATE_MY_COMMUNITY_SETTINGS,
} from './utils/operations';
import { inviteAndJoin, Session, signUpAdmin } from './utils/story';
import { createTestApp, TestApp } from './utils/test-app';

interface Notice {
  postId: string;
  authorId: string;
  groupId: string | null;
}

/** The decoded text of the digest e-mail the worker wrote for `to`, if any (other mail, e.g. invitations, is skipped). */
function digestFor(t: TestApp, to: string): string | undefined {
  for (const file of readdirSync(t.mailDir)) {
    const text = readFileSync(path.join(t.mailDir, file), 'utf8')
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (text.includes(`To: ${to}`) && text.includes('community digest'))
      return Buffer.from(text, 'latin1').toString('utf8');
  }
  return undefined;
}

async function eventually(check: () => boolean, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

const MY_DIGEST_PREVIEW = `query { myDigestPreview { frequency since postCount subject text } }`;

describe('community: live feed, notifications and digests', () => {
  let t: TestApp;
  let url: string;
  let worker: INestApplicationContext;
  let admin: Session;
  let ann: Session;
  let ben: Session;
  let cat: Session;
  let dan: Session;
  let outsider: Session;
  let engagementTopicId: string;
  let privateGroupId: string;
  const clients: Client[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    url = await t.listen();
    worker = await t.startWorker();
    admin = await signUpAdmin(t, 'Live Community');
    [ann, ben, cat, dan] = await Promise.all(['ann', 'ben', 'cat', 'dan'].map((n) => inviteAndJoin(t, admin, n)));
    outsider = await signUpAdmin(t, 'Other Place', 'outsider');
  });
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await t.close();
  });

  const ok = async <T = any>(query: string, variables: Record<string, unknown>, who: Session): Promise<T> => {
    const res = await t.gql<T>(query, variables, who.accessToken);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const post = async (who: Session, body: string, extra: Record<string, unknown> = {}) =>
    (await ok(CREATE_POST, { input: { body, ...extra } }, who)).createPost;

  /** A graphql-ws client listening for new posts in `scope`, as the feed page would. */
  async function watch(who: Session, scope: { topicId?: string; groupId?: string } = {}): Promise<Notice[]> {
    const received: Notice[] = [];
    let connected: () => void = () => {};
    const ready = new Promise<void>((r) => (connected = r));
    const client = createClient({
      url: url.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${who.accessToken}` },
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => {},
      on: { connected: () => connected() },
    });
    clients.push(client);
    client.subscribe<{ newPostAvailable: Notice }>(
      { query: NEW_POST_AVAILABLE, variables: scope },
      {
        next: (value) => value.data && received.push(value.data.newPostAvailable),
        error: (error) => {
          throw new Error(JSON.stringify(error));
        },
        complete: () => {},
      },
    );
    await ready;
    return received;
  }

  it('tells subscribers of new posts they may see in their feed, topic or group — and nothing else', async () => {
    await ok(FOLLOW, { targetType: 'MEMBER', targetId: ann.member.id }, ben);
    // The topic exists once someone uses the hashtag.
    await post(dan, 'Kicking off #engagement');
    engagementTopicId = (await ok(TOPIC, { tag: 'engagement' }, cat)).topic.id;
    const group = (await ok(CREATE_GROUP, { input: { name: 'Core team', privacy: 'PRIVATE' } }, ann)).createGroup;
    privateGroupId = group.id;
    await ok(FOLLOW, { targetType: 'GROUP', targetId: privateGroupId }, ben); // following is not membership

    const bensFeed = await watch(ben);
    const catsFeed = await watch(cat);
    const catsTopic = await watch(cat, { topicId: engagementTopicId });
    const bensGroup = await watch(ben, { groupId: privateGroupId });
    const annsFeed = await watch(ann);
    const outsiders = await watch(outsider);
    await new Promise((r) => setTimeout(r, 300)); // subscriptions registered

    const open = await post(ann, 'Open news on #engagement');
    await eventually(() => bensFeed.length === 1 && catsTopic.length === 1);
    expect(bensFeed[0]).toMatchObject({ postId: open.id, authorId: ann.member.id, groupId: null });
    expect(catsTopic[0].postId).toBe(open.id);

    const secret = await post(ann, 'Only for the core team #engagement', { groupId: privateGroupId });
    const unrelated = await post(cat, 'Lunch anyone?');
    // Ben follows Ann, not Cat; and the core team's post is for its members only.
    await new Promise((r) => setTimeout(r, 800));
    expect(bensFeed.map((n) => n.postId)).toEqual([open.id]);
    expect(bensGroup).toEqual([]);
    expect(catsTopic.map((n) => n.postId)).toEqual([open.id]);
    expect(catsFeed).toEqual([]); // follows nothing; their own post is not "new" to them
    expect(annsFeed).toEqual([]); // her own posts
    expect(outsiders).toEqual([]);
    void unrelated;

    // Once Ben is in the group, he hears of its posts.
    await ok(JOIN_GROUP, { groupId: privateGroupId }, ben);
    await ok(APPROVE_GROUP_MEMBER, { groupId: privateGroupId, memberId: ben.member.id }, ann);
    const second = await post(ann, 'Core team, part two', { groupId: privateGroupId });
    await eventually(() => bensGroup.length === 1 && bensFeed.length === 2);
    expect(bensGroup[0]).toMatchObject({ postId: second.id, groupId: privateGroupId });
    expect(bensFeed[1].postId).toBe(second.id);
    expect(secret.id).not.toBe(second.id);
  });

  it('notifies of mentions, replies, reactions and new posts in managed topics, grouped', async () => {
    await ok(APPOINT_TOPIC_MANAGER, { topicId: engagementTopicId, memberId: dan.member.id }, admin);
    const annsPost = await post(ann, 'Thanks @ben.person and @Cat_Person for #engagement ideas');
    const inGroup = await post(ann, 'Secret thanks to @cat.person', { groupId: privateGroupId });
    await ok(REACT, { postId: annsPost.id }, ben);
    await ok(REACT, { postId: annsPost.id, kind: 'CELEBRATE' }, cat);
    await ok(ADD_COMMENT, { input: { postId: annsPost.id, body: 'Happy to help, @ann.person' } }, ben);
    void inGroup;

    const list = async (who: Session) =>
      (
        await ok(`query { myNotifications(first: 50) { edges { node { kind title count data } } } }`, {}, who)
      ).myNotifications.edges.map((e: any) => e.node);
    const forAnn = await list(ann);
    expect(forAnn).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'COMMUNITY_REACTION', count: 2, data: { postId: annsPost.id } }),
        expect.objectContaining({ kind: 'COMMUNITY_REPLY', title: 'ben person replied to your post', count: 1 }),
        expect.objectContaining({ kind: 'COMMUNITY_MENTION', title: 'ben person mentioned you in a comment' }),
      ]),
    );
    const forBen = await list(ben);
    expect(forBen).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'COMMUNITY_MENTION', title: 'ann person mentioned you in a post' }),
        expect.objectContaining({ kind: 'COMMUNITY_GROUP_APPROVED', title: 'You joined Core team' }),
      ]),
    );
    // Cat is mentioned twice, but may not see the private-group post: one notification.
    const forCat = await list(cat);
    expect(forCat.filter((n: any) => n.kind === 'COMMUNITY_MENTION')).toEqual([
      expect.objectContaining({ data: { postId: annsPost.id } }),
    ]);
    // Dan manages #engagement: new posts there are grouped into one notification.
    await post(cat, 'More #engagement');
    const forDan = await list(dan);
    expect(forDan).toEqual([
      expect.objectContaining({ kind: 'COMMUNITY_TOPIC_POST', title: 'New post in #engagement', count: 2 }),
    ]);
  });

  it('e-mails the weekly digest of followed posts through the worker, once', async () => {
    await ok(UPDATE_MY_COMMUNITY_SETTINGS, { input: { digestFrequency: 'NONE' } }, cat);
    const queue = worker.get<Queue>(getQueueToken(QueueName.COMMUNITY), { strict: false });
    const dataSource = t.db;
    const run = async (now: Date) => {
      const job = await queue.add(
        'digest',
        { organisationId: admin.organisation.id, now: now.toISOString() },
        { jobId: `test-digest-${now.getTime()}` },
      );
      const deadline = Date.now() + 10000;
      while (!(await job.isCompleted())) {
        if (Date.now() > deadline || (await job.isFailed())) throw new Error(`digest job: ${job.failedReason}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return (await queue.getJob(job.id!))!.returnvalue as number;
    };

    // Not due yet: a week has not passed since anyone joined the community.
    expect(await run(new Date())).toBe(0);

    // A week passes (a job's `now` may not run ahead of the clock, so the members' week is moved back instead).
    await dataSource.query(
      `UPDATE community_member SET created_at = created_at - interval '7 days 1 minute' WHERE organisation_id = $1`,
      [admin.organisation.id],
    );
    // Ben previews his digest first: the same posts, and nothing is sent or moved by looking.
    const preview = (await ok(MY_DIGEST_PREVIEW, {}, ben)).myDigestPreview;
    expect(preview.frequency).toBe('WEEKLY');
    expect(preview.text).toContain('ann person in #engagement: Open news on #engagement');
    expect(preview.text).toContain('Core team, part two');
    expect(preview.text).not.toContain('Kicking off');
    expect(preview.subject).toBe(`Your weekly community digest: ${preview.postCount} new posts`);
    const inAWeek = new Date();
    const queued = await run(inAWeek);
    expect(queued).toBeGreaterThanOrEqual(1);
    await eventually(() => !!digestFor(t, ben.user.email));
    const mail = digestFor(t, ben.user.email)!;
    expect(mail).toMatch(/Subject: Your weekly community digest: \d+ new posts/);
    expect(mail).toContain('ann person in #engagement: Open news on #engagement');
    expect(mail).toContain('Core team, part two'); // ben is in the group now
    expect(mail).not.toContain('Kicking off'); // dan's post: ben does not follow dan or the topic
    expect(mail).not.toContain('Lunch anyone?');
    expect(mail).toContain(`Subject: ${preview.subject}`);
    // Once sent, the preview starts from that digest.
    expect((await ok(MY_DIGEST_PREVIEW, {}, ben)).myDigestPreview.postCount).toBe(0);

    // Cat chose no digest.
    await new Promise((r) => setTimeout(r, 300));
    expect(digestFor(t, cat.user.email)).toBeUndefined();

    // Running the same period again sends nothing more.
    const files = readdirSync(t.mailDir).length;
    expect(await run(new Date(inAWeek.getTime() + 1000))).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(readdirSync(t.mailDir)).toHaveLength(files);
    const [{ sent }] = await dataSource.query(
      `SELECT count(*)::int AS sent FROM email_message WHERE to_address = $1 AND subject LIKE '%digest%'`,
      [ben.user.email],
    );
    expect(sent).toBe(1);

    // The scheduled tick fans out one digest job per organisation; nobody is due again yet.
    const tick = await queue.add('digest-tick', {});
    const deadline = Date.now() + 10000;
    while (!(await tick.isCompleted())) {
      if (Date.now() > deadline) throw new Error('digest tick did not finish');
      await new Promise((r) => setTimeout(r, 50));
    }
    expect((await queue.getJob(tick.id!))!.returnvalue).toBeGreaterThanOrEqual(1);
    const scheduler = await queue.getJobScheduler('community-digest');
    expect(scheduler).toMatchObject({ pattern: '0 7 * * *', tz: 'UTC' });
  });
});
