import { QueueName } from '@crowdcomms/queue';
import { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { addDays } from '../libs/campaigns/src/periods';
import { CAMPAIGN_DIGESTS, CREATE_CAMPAIGN, LOG_SHARE, POST } from './utils/operations';
import { inviteAndJoin, Session, signUpAdmin } from './utils/story';
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';

const today = new Date().toISOString().slice(0, 10);

/**
 * Member-written text cannot poison the end-of-period job: a share title full
 * of script tags, javascript: links, hashtags and mentions is quoted safely in
 * the digest; a digest that fails for any other reason is recorded where comms
 * see it and retried, while every other digest and reminder still goes out.
 */
describe('campaign digests: no member text can block the organisation’s digests and reminders', () => {
  let t: TestApp;
  let ds: DataSource;
  let worker: INestApplicationContext;
  let queue: Queue;
  let admin: Session;
  let sharer: Session;
  let quiet: Session;
  // Weekly periods: the first two have closed by today, and the third ends tomorrow (reminders are due).
  const start = addDays(today, -20);
  const end = addDays(start, 27);
  const now = `${today}T00:00:00.000Z`;
  const ids: Record<'poisoned' | 'clean' | 'faulty', string> = { poisoned: '', clean: '', faulty: '' };

  const ok = async <T = any>(query: string, variables: Record<string, unknown>, who: Session): Promise<T> => {
    const res = await t.gql<T>(query, variables, who.accessToken);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const code = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;
  const digestOf = async (campaignId: string) =>
    (await ok(CAMPAIGN_DIGESTS, { campaignId }, admin)).campaignDigests.find((d: any) => d.periodIndex === 1);

  /** Runs the end-of-period job once and waits until that attempt is over (done, or failed and waiting to retry). */
  const runPeriodsOnce = async () => {
    const job = await queue.add('campaign-periods', { organisationId: admin.organisation.id, now });
    const deadline = Date.now() + 20000;
    for (;;) {
      const state = await queue.getJobState(job.id!);
      if (['completed', 'failed', 'delayed'].includes(state)) return state;
      if (Date.now() > deadline) throw new Error(`the campaign-periods job is still ${state}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  beforeAll(async () => {
    t = await createTestApp();
    ds = t.db;
    admin = await signUpAdmin(t, 'Harbour Arts');
    sharer = await inviteAndJoin(t, admin, 'sharer');
    quiet = await inviteAndJoin(t, admin, 'quiet');
    for (const name of ['poisoned', 'clean', 'faulty'] as const) {
      const input = {
        name: `${name[0].toUpperCase()}${name.slice(1)} campaign`,
        startsOn: start,
        endsOn: end,
        cadence: 'WEEKLY',
      };
      ids[name] = (await ok(CREATE_CAMPAIGN, { input }, admin)).createCampaign.id;
    }
    const share = (campaignId: string, title: string, url = 'https://blog.example/post') =>
      ok(
        LOG_SHARE,
        { input: { campaignId, channel: 'BLOG', form: 'BLOG_POST', url, title, sharedOn: addDays(start, 1) } },
        sharer,
      );
    const hashtags = Array.from({ length: 14 }, (_, i) => `#tag${i}`).join(' ');
    await share(
      ids.poisoned,
      `<script>alert(1)</script> [click me](javascript:alert(1)) ${hashtags} @quiet.person **bold**`,
      'https://blog.example/a)(b',
    );
    await share(ids.clean, 'A calm blog post', 'https://blog.example/calm');
    await share(ids.faulty, 'Another blog post', 'https://blog.example/another');
    // A fault no input can cause (a full disk, a bug): publishing the faulty campaign's digest fails.
    await ds.query(`
      CREATE FUNCTION test_refuse_faulty_digest() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.body LIKE '%Faulty campaign%' THEN RAISE EXCEPTION 'could not write the post'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER test_refuse_faulty_digest BEFORE INSERT ON post
        FOR EACH ROW EXECUTE FUNCTION test_refuse_faulty_digest();`);
    worker = await t.startWorker();
    queue = worker.get<Queue>(getQueueToken(QueueName.CAMPAIGNS), { strict: false });
  }, 60000);
  afterAll(() => t.close());

  it('publishes a digest quoting hostile share titles as plain text', async () => {
    await runPeriodsOnce();
    const digest = await digestOf(ids.poisoned);
    expect(digest).toMatchObject({ publishedAt: now, lastError: null });
    const { post } = await ok(POST, { id: digest.postId }, quiet);
    expect(post.hashtags).toEqual([]);
    expect(post.bodyHtml).not.toMatch(/<script|href="javascript|<strong>bold/i);
    expect(post.bodyHtml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; [click me](javascript:alert(1)) #tag0');
    expect(post.bodyHtml).toContain('<a href="https://blog.example/a%29%28b"');
    // The digest mentions nobody: its author did not write the titles it quotes.
    const [{ n }]: { n: number }[] = await ds.query(
      `SELECT count(*)::int AS n FROM notification WHERE kind = 'COMMUNITY_MENTION'`,
    );
    expect(n).toBe(0);
  });

  it('records a digest that fails for comms to see, still sends the others and the reminders, and retries it', async () => {
    expect((await digestOf(ids.clean)).publishedAt).toBe(now);
    const faulty = await digestOf(ids.faulty);
    expect(faulty).toMatchObject({ publishedAt: null, postId: null });
    expect(faulty.failedAttempts).toBeGreaterThanOrEqual(1);
    expect(faulty.lastError).toMatch(/could not be published/);
    expect(faulty.lastError).not.toMatch(/could not write the post|INSERT|post/i);
    expect(faulty.lastFailedAt).toEqual(expect.any(String));

    // Reminders went out for every campaign (the quiet member has shared nowhere).
    const reminders: { subject: string }[] = await ds.query(
      `SELECT subject FROM email_message WHERE to_address = $1 AND subject LIKE '%one useful thing%' ORDER BY subject`,
      [quiet.user.email],
    );
    expect(reminders.map((r) => r.subject.split(':')[0])).toEqual([
      'Clean campaign',
      'Faulty campaign',
      'Poisoned campaign',
    ]);

    // The fault goes away; BullMQ's retry of the same job publishes the digest.
    await ds.query(`DROP TRIGGER test_refuse_faulty_digest ON post`);
    const deadline = Date.now() + 20000;
    let digest = await digestOf(ids.faulty);
    while (!digest.publishedAt && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      digest = await digestOf(ids.faulty);
    }
    expect(digest).toMatchObject({ publishedAt: now, lastError: null, lastFailedAt: null });
    expect(digest.body).toContain('Faulty campaign');
  }, 30000);

  it('bounds a campaign’s range: at most 90 days back and two years long', async () => {
    const create = (startsOn: string, endsOn: string) =>
      t.gql(CREATE_CAMPAIGN, { input: { name: 'Range', startsOn, endsOn } }, admin.accessToken);
    const refused = await create(addDays(today, -91), today);
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].message).toBe('startsOn can be at most 90 days ago');
    expect(code(await create('2000-01-01', '2000-01-31'))).toBe('BAD_USER_INPUT');
    const tooLong = await create(today, addDays(today, 800));
    expect(code(tooLong)).toBe('BAD_USER_INPUT');
    expect(tooLong.errors![0].message).toBe('A campaign can last at most 2 years');
    expect(code(await create(addDays(today, -90), addDays(addDays(today, -90), 700)))).toBeUndefined();
  });
});
