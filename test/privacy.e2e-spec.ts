import { QueueName } from '@crowdcomms/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { recordsOf, sharedThings, suggestionOf, Written } from './utils/privacy-fixture';
import { CHANGE_ROLES, POST_COMMENTS, ADD_COMMENT } from './utils/operations';
import { failureOf, inviteAndJoin, Session, signUpAdmin, waitForMail } from './utils/story';
import { createTestApp, TestApp } from './utils/test-app';

const REQUEST_EXPORT = 'mutation { requestDataExport { id kind status } }';
const REQUEST_ERASURE = 'mutation { requestErasure { id kind status notBefore } }';
const ERASE_MEMBER = 'mutation ($id: ID!) { eraseMember(memberId: $id) { id status notBefore } }';
const CANCEL_ERASURE = 'mutation ($id: ID) { cancelErasure(memberId: $id) { id status } }';
const MY_REQUESTS = '{ myPrivacyRequests { id kind status } }';
const ERASURE_REQUESTS =
  '{ erasureRequests { id status notBefore requestedByAdmin erasedRecords member { id user { displayName } } } }';

/** Every column of every table that can hold text, JSON, an array or an id — from the catalogue, so new tables count. */
const SCANNED_COLUMNS = `
  SELECT c.table_name AS table, c.column_name AS column
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
   WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
     AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'uuid', 'tsvector'))`;

describe('Privacy: download my data, erase me', () => {
  let t: TestApp;
  let db: DataSource;
  let worker: INestApplicationContext;
  let admin: Session;
  let val: Written;
  let bob: Written;

  beforeAll(async () => {
    // No cooling-off wait in this file: the tick runs erasures whose time has come when the test says so.
    t = await createTestApp({ ERASURE_COOLING_OFF_HOURS: '1' });
    db = t.db;
    worker = await t.startWorker();
    admin = await signUpAdmin(t, 'Privacy Borough', 'ada');
    const shared = await sharedThings(t, admin);
    val = await recordsOf(t, admin, await inviteAndJoin(t, admin, 'valentina'), 'valentina', shared);
    bob = await recordsOf(t, admin, await inviteAndJoin(t, admin, 'bartholomew'), 'bartholomew', shared);
    // Matching recomputes the profiles just written; suggestions are stored once it has settled.
    const matching = worker.get<Queue>(getQueueToken(QueueName.MATCHING), { strict: false });
    for (const deadline = Date.now() + 20_000; ;) {
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM outbox_entry WHERE dispatched_at IS NULL`);
      const counts = await matching.getJobCounts('active', 'waiting', 'delayed', 'prioritized');
      if (n === 0 && Object.values(counts).every((c) => c === 0)) break;
      if (Date.now() > deadline) throw new Error(`matching did not settle: ${JSON.stringify({ n, counts })}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    await suggestionOf(t, admin, val.session, 'valentina', shared.taskId);
    await suggestionOf(t, admin, bob.session, 'bartholomew', shared.taskId);
  }, 60_000);
  afterAll(() => t.close());

  /** The download link's secret from the e-mail the worker sent (the link carries it in its fragment). */
  async function exportToken(email: string): Promise<string> {
    const mail = await waitForMail(t, email, 15_000, 'ready to download');
    const match = /\/my-data\/download#token=(\S+)/.exec(mail);
    if (!match) throw new Error('no download link in the e-mail');
    return decodeURIComponent(match[1]);
  }
  const download = (token: unknown, session: Session) =>
    t.http().post('/privacy/export').set('authorization', `Bearer ${session.accessToken}`).send({ token });

  async function runTick(): Promise<void> {
    const queue = worker.get<Queue>(getQueueToken(QueueName.PRIVACY), { strict: false });
    const job = await queue.add('erasure-tick', {});
    for (let i = 0; i < 200; i++) {
      if (await job.isCompleted()) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the erasure tick did not run');
  }
  async function waitForRequest(id: string, status: string): Promise<void> {
    for (let i = 0; i < 300; i++) {
      const [row] = await db.query('SELECT status FROM privacy_request WHERE id = $1', [id]);
      if (row?.status === status) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`request ${id} never became ${status}`);
  }

  it('exports every kind of record of the person, and nothing of anyone else; asking twice makes one job', async () => {
    const [first, second] = await Promise.all([
      t.gql(REQUEST_EXPORT, {}, val.session.accessToken),
      t.gql(REQUEST_EXPORT, {}, val.session.accessToken),
    ]);
    expect(first.data?.requestDataExport.id).toEqual(second.data?.requestDataExport.id);
    expect(first.data?.requestDataExport).toMatchObject({ kind: 'EXPORT', status: 'PENDING' });
    const jobs = await db.query(`SELECT job_id FROM outbox_entry WHERE queue = 'privacy'`);
    expect(jobs).toHaveLength(1);

    const token = await exportToken(val.session.user.email);
    const res = await download(token, val.session);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="crowdcomms-my-data-/);
    const archive = res.body;
    expect(archive.summary).toContain('Everything Crowdcomms holds about you in Privacy Borough');
    const data = archive.data;
    expect(data.identity.account).toMatchObject({ email: val.session.user.email, display_name: val.name });
    const kinds: [string, string][] = [
      ['identity', 'membership'],
      ['identity', 'invitation'],
      ['identity', 'auth_session'],
      ['notifications', 'notification'],
      ['notifications', 'email_message'],
      ['profiles', 'profile'],
      ['profiles', 'profile_audit_event'],
      ['profiles', 'skill_suggestion'],
      ['profiles', 'profile_reminder'],
      ['ambassadors', 'sign_up'],
      ['ambassadors', 'intake_note'],
      ['tasks', 'assignment'],
      ['tasks', 'skill_endorsement'],
      ['matching', 'match_suggestion'],
      ['community', 'post'],
      ['community', 'comment'],
      ['community', 'follow'],
      ['community', 'group_member'],
      ['community', 'topic_manager'],
      ['community', 'community_visit'],
      ['campaigns', 'campaign_share'],
      ['campaigns', 'campaign_reminder'],
      ['campaigns', 'survey_response'],
      ['campaigns', 'buddy_pair'],
      ['campaigns', 'buddy_message'],
      ['integrations', 'calendar_feed'],
      ['privacy', 'privacy_request'],
    ];
    const missing = kinds.filter(([context, table]) => !(data[context]?.[table]?.length >= 1));
    expect(missing).toEqual([]);
    const text = JSON.stringify(archive);
    for (const words of val.texts) expect(text).toContain(words);
    expect(text).toContain('intake note about valentina');
    for (const other of [bob.session.member.id, bob.session.user.id, bob.session.user.email, bob.name, ...bob.texts]) {
      expect(text).not.toContain(other);
    }
    expect(text).not.toContain('bartholomew');
  });

  it('hands the download over once, and only to its owner: another member or a second use is NOT_FOUND', async () => {
    await t.gql(REQUEST_EXPORT, {}, bob.session.accessToken);
    const token = await exportToken(bob.session.user.email);
    const stolen = await download(token, val.session);
    expect(stolen.status).toBe(404);
    expect(stolen.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(JSON.stringify(stolen.body)).not.toContain('bartholomew');
    expect((await download(token, bob.session)).status).toBe(200);
    const again = await download(token, bob.session);
    expect(again.status).toBe(404);
    expect(again.body).toEqual({ errors: [{ message: 'Download not found', extensions: { code: 'NOT_FOUND' } }] });
    expect((await download('not-a-token', bob.session)).status).toBe(404);
    expect((await download({ $ne: null }, bob.session)).status).toBe(404);
    const anonymous = await t.http().post('/privacy/export').send({ token });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    // The archive is not kept once downloaded.
    const [row] = await db.query(
      `SELECT archive FROM privacy_request WHERE kind = 'EXPORT' AND status = 'COMPLETED' LIMIT 1`,
    );
    expect(row.archive).toBeNull();
  });

  it('refuses to erase the only admin, with a reason the web app can word', async () => {
    const res = await t.gql(REQUEST_ERASURE, {}, admin.accessToken);
    expect(failureOf(res)).toEqual({
      code: 'CONFLICT',
      message: 'You are the only admin of this organisation: make someone else an admin before asking to be erased',
    });
    expect(res.errors?.[0].extensions?.reason).toBe('LAST_ADMIN');
    expect(failureOf(await t.gql(ERASE_MEMBER, { id: admin.member.id }, admin.accessToken)).code).toBe('CONFLICT');
    expect(failureOf(await t.gql(ERASE_MEMBER, { id: val.session.member.id }, val.session.accessToken)).code).toBe(
      'FORBIDDEN',
    );
    expect(failureOf(await t.gql(ERASE_MEMBER, { id: 'nope' }, admin.accessToken)).code).toBe('BAD_USER_INPUT');
    expect(
      failureOf(await t.gql(ERASE_MEMBER, { id: '00000000-0000-4000-8000-000000000000' }, admin.accessToken)).code,
    ).toBe('NOT_FOUND');
  });

  it('waits out the cooling-off, which can be called off', async () => {
    const asked = await t.gql(REQUEST_ERASURE, {}, bob.session.accessToken);
    expect(asked.data?.requestErasure).toMatchObject({ kind: 'ERASURE', status: 'PENDING' });
    expect(Date.parse(asked.data?.requestErasure.notBefore) - Date.now()).toBeGreaterThan(50 * 60_000);
    // They are told by e-mail when it will run and how to call it off.
    const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' }).format(
      new Date(asked.data?.requestErasure.notBefore),
    );
    const confirmation = await waitForMail(t, bob.session.user.email, 15_000, 'is due to be erased');
    expect(confirmation).toContain('You asked for your Crowdcomms account in Privacy Borough to be erased.');
    expect(confirmation).toContain(`on ${when} UTC.`);
    expect(confirmation).toContain('To call it off, sign in before then and choose "Keep my account" on My profile');
    expect(confirmation).toMatch(/https?:\/\/\S+\/profile/);
    // An admin sees it waiting, with whose it is, and no one else's.
    const listed = await t.gql(ERASURE_REQUESTS, {}, admin.accessToken);
    expect(listed.data?.erasureRequests).toEqual([
      {
        id: asked.data?.requestErasure.id,
        status: 'PENDING',
        notBefore: asked.data?.requestErasure.notBefore,
        requestedByAdmin: false,
        erasedRecords: null,
        member: { id: bob.session.member.id, user: { displayName: bob.name } },
      },
    ]);
    expect(failureOf(await t.gql(ERASURE_REQUESTS, {}, bob.session.accessToken)).code).toBe('FORBIDDEN');
    await runTick();
    const cancelled = await t.gql(CANCEL_ERASURE, {}, bob.session.accessToken);
    expect(cancelled.data?.cancelErasure.status).toBe('CANCELLED');
    expect(failureOf(await t.gql(CANCEL_ERASURE, {}, bob.session.accessToken)).code).toBe('NOT_FOUND');
    // An admin acting on a request, then calling it off: the person hears of both.
    await t.gql(ERASE_MEMBER, { id: bob.session.member.id }, admin.accessToken);
    await waitForMail(t, bob.session.user.email, 15_000, 'has asked, on your behalf');
    const calledOff = await t.gql(CANCEL_ERASURE, { id: bob.session.member.id }, admin.accessToken);
    expect(calledOff.data?.cancelErasure.status).toBe('CANCELLED');
    const told = await waitForMail(t, bob.session.user.email, 15_000, 'has been called off');
    expect(told).toContain('An admin of Privacy Borough has called off the erasure of your Crowdcomms account there.');
    const after = (await t.gql(ERASURE_REQUESTS, {}, admin.accessToken)).data?.erasureRequests;
    expect(after.map((r: { status: string; requestedByAdmin: boolean }) => [r.status, r.requestedByAdmin])).toEqual([
      ['CANCELLED', true],
      ['CANCELLED', false],
    ]);
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM post WHERE author_membership_id = $1', [
      bob.session.member.id,
    ]);
    expect(n).toBe(1);
  });

  it('erases the person everywhere: no id, e-mail, name, handle or text of theirs is left in any table or in Redis', async () => {
    // A colleague replies to Valentina's post and mentions her; she holds a seat on a task.
    await t.gql(
      ADD_COMMENT,
      { input: { postId: val.postId, body: 'Great point @valentina.person!' } },
      bob.session.accessToken,
    );
    await db.query(`UPDATE assignment SET status = 'ACCEPTED', accepted_at = now() WHERE membership_id = $1`, [
      val.session.member.id,
    ]);
    await db.query(`UPDATE comms_task SET seats_taken = 1`);
    await t.gql(
      CHANGE_ROLES,
      { input: { memberId: bob.session.member.id, roles: ['ADMIN', 'MEMBER'] } },
      admin.accessToken,
    );

    expect((await t.http().get(new URL(val.calendarUrl).pathname)).status).toBe(200);
    const asked = await t.gql(ERASE_MEMBER, { id: val.session.member.id }, admin.accessToken);
    const id = asked.data?.eraseMember.id;
    expect(asked.data?.eraseMember.status).toBe('PENDING');
    // She is told an admin acted on her request; the e-mail is stored until the erasure takes it.
    expect(await waitForMail(t, val.session.user.email, 15_000, 'is due to be erased')).toContain(
      'An admin of Privacy Borough has asked, on your behalf, for your Crowdcomms account there to be erased.',
    );
    const [{ n: stored }] = await db.query(
      `SELECT count(*)::int AS n FROM email_message WHERE to_address = $1 AND subject LIKE '%due to be erased'`,
      [val.session.user.email],
    );
    expect(stored).toBe(1);
    await db.query(`UPDATE privacy_request SET not_before = now() WHERE id = $1`, [id]);
    await runTick();
    await waitForRequest(id, 'COMPLETED');

    // The database: every text, JSON, array and id column of every table.
    const needles = [
      val.session.member.id,
      val.session.user.id,
      val.session.user.email,
      val.name,
      'valentinaperson',
      'valentina.person',
      ...val.texts,
    ];
    const columns: { table: string; column: string }[] = await db.query(SCANNED_COLUMNS);
    expect(columns.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const { table, column } of columns) {
      const [{ n }] = await db.query(
        `SELECT count(*)::int AS n FROM "${table}" WHERE "${column}"::text ILIKE ANY($1)`,
        [needles.map((x) => `%${x}%`)],
      );
      if (n) found.push(`${table}.${column}`);
    }
    expect(found).toEqual([]);

    // Redis: every key and value under the app's prefix.
    const redis = new Redis(process.env.REDIS_URL!);
    try {
      const leaks: string[] = [];
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${t.redisPrefix}:*`, 'COUNT', 1000);
        cursor = next;
        for (const key of keys) {
          const type = await redis.type(key);
          const value =
            type === 'string'
              ? await redis.get(key)
              : type === 'hash'
                ? JSON.stringify(await redis.hgetall(key))
                : type === 'list'
                  ? JSON.stringify(await redis.lrange(key, 0, -1))
                  : type === 'set'
                    ? JSON.stringify(await redis.smembers(key))
                    : type === 'zset'
                      ? JSON.stringify(await redis.zrange(key, 0, -1))
                      : type === 'stream'
                        ? JSON.stringify(await redis.xrange(key, '-', '+'))
                        : '';
          const text = `${key} ${value}`.toLowerCase();
          if (needles.some((n) => text.includes(n.toLowerCase()))) leaks.push(key);
        }
      } while (cursor !== '0');
      expect(leaks).toEqual([]);
    } finally {
      redis.disconnect();
    }

    // Her calendar subscription stops: a calendar app polling it gets nothing more.
    expect((await t.http().get(new URL(val.calendarUrl).pathname)).status).toBe(404);

    // What others replied to stays, from "a former member", without its words; the seat is free and comms told.
    const comments = await t.gql(POST_COMMENTS, { postId: val.postId }, bob.session.accessToken);
    expect(JSON.stringify(comments.data)).toContain('Great point a former member!');
    const [post] = await db.query('SELECT body, comment_count FROM post WHERE id = $1', [val.postId]);
    expect(post.body).toBe('');
    const [task] = await db.query('SELECT seats_taken FROM comms_task');
    expect(task.seats_taken).toBe(0);
    const [told] = await db.query(
      `SELECT title, body FROM notification WHERE recipient_membership_id = $1 AND kind = 'ASSIGNMENT_WITHDRAWN'`,
      [admin.member.id],
    );
    expect(told).toMatchObject({ body: 'Their account was erased at their request.' });
    // The receipt: carried out, and nothing about the person.
    const [receipt] = await db.query('SELECT status, membership_id, receipt FROM privacy_request WHERE id = $1', [id]);
    expect(receipt).toMatchObject({ status: 'COMPLETED', membership_id: null });
    expect(receipt.receipt.deleted).toMatchObject({ membership: 1, profile: 1, sign_up: 1 });
    // Admins see the receipt: carried out, by an admin, how much went — and no one named.
    const receipts = (await t.gql(ERASURE_REQUESTS, {}, admin.accessToken)).data?.erasureRequests;
    const shown = receipts.find((r: { id: string }) => r.id === id);
    expect(shown).toMatchObject({ status: 'COMPLETED', requestedByAdmin: true, member: null });
    expect(shown.erasedRecords).toBeGreaterThan(10);
    // Their session is over.
    expect(failureOf(await t.gql(MY_REQUESTS, {}, val.session.accessToken)).code).toBe('UNAUTHENTICATED');
    // Bob is untouched.
    expect((await t.gql(MY_REQUESTS, {}, bob.session.accessToken)).data?.myPrivacyRequests.length).toBeGreaterThan(0);
  });
});
