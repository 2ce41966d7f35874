import { QueueName } from '@crowdcomms/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { failureOf, inviteAndJoin, Session, signUpAdmin } from './utils/story';
import { createTestApp, TestApp } from './utils/test-app';

const DAY = 86_400_000;
const HOUR = 3_600_000;

const RETENTION = `query { retentionSettings { lastRunAt periods { kind days defaultDays minDays maxDays changedAt lastRemoved } } }`;
const SET_PERIOD = `mutation ($input: SetRetentionPeriodInput!) {
  setRetentionPeriod(input: $input) { kind days changedAt }
}`;

/** Org B's own choices; org A keeps the defaults (audit 730, searches 365, notifications 90, e-mails 30, suggestions 180, sign-ups 365). */
const B_DAYS = {
  AUDIT_EVENTS: 400,
  SEARCH_HISTORY: 60,
  NOTIFICATIONS: 30,
  EMAILS: 7,
  MATCH_SUGGESTIONS: 10,
  ENDED_SIGN_UPS: 40,
};
const A_DAYS = {
  AUDIT_EVENTS: 730,
  SEARCH_HISTORY: 365,
  NOTIFICATIONS: 90,
  EMAILS: 30,
  MATCH_SUGGESTIONS: 180,
  ENDED_SIGN_UPS: 365,
};
type Kind = keyof typeof A_DAYS;

async function completed(job: Job | undefined, queue: Queue): Promise<unknown> {
  if (!job) throw new Error('no job');
  const deadline = Date.now() + 20_000;
  while (!(await job.isCompleted())) {
    if (Date.now() > deadline || (await job.isFailed())) {
      throw new Error(`job ${job.name}: ${(await queue.getJob(job.id!))?.failedReason ?? 'timed out'}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return (await queue.getJob(job.id!))?.returnvalue;
}

/**
 * Seeds, for one organisation, records of every kind on both sides of its periods (an hour past
 * the end, an hour before it) and the records that must survive whatever their age. Each record
 * carries a tag, so the test reads back which survived.
 */
async function seed(db: DataSource, org: Session, other: Session, days: Record<Kind, number>, now: number) {
  const o = org.organisation.id;
  const past = (kind: Kind) => new Date(now - days[kind] * DAY - HOUR);
  const within = (kind: Kind) => new Date(now - days[kind] * DAY + HOUR);
  const ancient = new Date(now - 5000 * DAY);

  const audit = (tag: string, action: string, at: Date) =>
    db.query(
      `INSERT INTO profile_audit_event (organisation_id, actor_membership_id, action, subject_membership_id, query, created_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [o, org.member.id, action, action === 'SEARCH' || action === 'EXPORT' ? null : other.member.id, { tag }, at],
    );
  await audit('view-past', 'VIEW', past('AUDIT_EVENTS'));
  await audit('view-within', 'VIEW', within('AUDIT_EVENTS'));
  await audit('found-past', 'FOUND', past('AUDIT_EVENTS'));
  await audit('found-within', 'FOUND', within('AUDIT_EVENTS'));
  await audit('export-past', 'EXPORT', past('AUDIT_EVENTS'));
  await audit('search-past', 'SEARCH', past('SEARCH_HISTORY'));
  await audit('search-within', 'SEARCH', within('SEARCH_HISTORY'));
  // Past the search period but within the audit period: "who looked at my profile" still shows it.
  await audit('found-as-old-as-search', 'FOUND', past('SEARCH_HISTORY'));

  const notification = (tag: string, at: Date) =>
    db.query(
      `INSERT INTO notification (organisation_id, recipient_membership_id, kind, title, body, data, created_at)
       VALUES ($1, $2, 'TEST', $3, '', '{}', $4)`,
      [o, other.member.id, tag, at],
    );
  await notification('notification-past', past('NOTIFICATIONS'));
  await notification('notification-within', within('NOTIFICATIONS'));

  const email = (tag: string, createdAt: Date, sentAt: Date | null) =>
    db.query(
      `INSERT INTO email_message (organisation_id, to_address, subject, text_body, status, sent_at, created_at)
       VALUES ($1, 'someone@example.org', $2, '', $3, $4, $5)`,
      [o, tag, sentAt ? 'SENT' : 'QUEUED', sentAt, createdAt],
    );
  await email('email-past', past('EMAILS'), past('EMAILS'));
  // Written long ago, sent within the period (a retried delivery): counts from sending.
  await email('email-sent-within', ancient, within('EMAILS'));
  await email('email-never-sent-past', past('EMAILS'), null);

  const task = async (status: string, updatedAt: Date) => {
    const [{ id }] = await db.query<{ id: string }[]>(
      `INSERT INTO comms_task (organisation_id, title, kind, effort_hours, seats, status, created_by_membership_id, created_at, updated_at)
       VALUES ($1, 'A task', 'OTHER', 2, 1, $2, $3, $4, $4) RETURNING id`,
      [o, status, org.member.id, updatedAt],
    );
    return id;
  };
  const suggestion = (tag: string, taskId: string, membershipId: string, computedAt: Date) =>
    db.query(
      `INSERT INTO match_suggestion (organisation_id, membership_id, task_id, score, parts, explanation, computed_at)
       VALUES ($1, $2, $3, 0.5, '{}', $4, $5)`,
      [o, membershipId, taskId, tag, computedAt],
    );
  // Current (open task, active volunteer): kept however old its computation.
  await suggestion('suggestion-current', await task('OPEN', ancient), other.member.id, ancient);
  // The task was cancelled: no longer current since then.
  await suggestion(
    'suggestion-cancelled-past',
    await task('CANCELLED', past('MATCH_SUGGESTIONS')),
    other.member.id,
    ancient,
  );
  await suggestion('suggestion-done-within', await task('DONE', within('MATCH_SUGGESTIONS')), other.member.id, ancient);
  // Its task is gone altogether: counts from its computation.
  await suggestion(
    'suggestion-orphan-past',
    '00000000-0000-4000-8000-00000000beef',
    other.member.id,
    past('MATCH_SUGGESTIONS'),
  );

  const signUp = async (tag: string, status: string, changedAt: Date) => {
    const [{ id }] = await db.query<{ id: string }[]>(
      `INSERT INTO sign_up (organisation_id, call_id, membership_id, motivation, status, status_changed_at, created_at)
       VALUES ($1, gen_random_uuid(), $2, $3, $4, $5, $6) RETURNING id`,
      [o, other.member.id, tag, status, changedAt, ancient],
    );
    await db.query(
      `INSERT INTO intake_note (organisation_id, sign_up_id, author_membership_id, body) VALUES ($1, $2, $3, $4)`,
      [o, id, org.member.id, `note of ${tag}`],
    );
  };
  await signUp('signup-withdrawn-past', 'WITHDRAWN', past('ENDED_SIGN_UPS'));
  await signUp('signup-declined-past', 'DECLINED', past('ENDED_SIGN_UPS'));
  await signUp('signup-declined-within', 'DECLINED', within('ENDED_SIGN_UPS'));
  // Live sign-ups stay whatever their age.
  await signUp('signup-active-ancient', 'ACTIVE', ancient);
  await signUp('signup-paused-ancient', 'PAUSED', ancient);

  // An erasure's receipt is kept.
  await db.query(
    `INSERT INTO privacy_request (organisation_id, kind, status, receipt, created_at, completed_at)
     VALUES ($1, 'ERASURE', 'COMPLETED', '{"deleted": {}}', $2, $2)`,
    [o, ancient],
  );
}

/** What survives, by kind, as tags (sorted). */
async function survivors(db: DataSource, org: Session) {
  const o = org.organisation.id;
  const tags = async (sql: string) => (await db.query<{ tag: string }[]>(sql, [o])).map((r) => r.tag).sort();
  return {
    audit: await tags(
      `SELECT query->>'tag' AS tag FROM profile_audit_event WHERE organisation_id = $1 AND query ? 'tag'`,
    ),
    notifications: await tags(`SELECT title AS tag FROM notification WHERE organisation_id = $1 AND kind = 'TEST'`),
    emails: await tags(
      `SELECT subject AS tag FROM email_message WHERE organisation_id = $1 AND to_address = 'someone@example.org'`,
    ),
    suggestions: await tags(`SELECT explanation AS tag FROM match_suggestion WHERE organisation_id = $1`),
    signUps: await tags(`SELECT motivation AS tag FROM sign_up WHERE organisation_id = $1`),
    intakeNotes: await tags(`SELECT body AS tag FROM intake_note WHERE organisation_id = $1`),
    receipts: (
      await db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM privacy_request WHERE organisation_id = $1 AND kind = 'ERASURE'`,
        [o],
      )
    )[0].n,
  };
}

const ALL_SEEDED = {
  audit: [
    'export-past',
    'found-as-old-as-search',
    'found-past',
    'found-within',
    'search-past',
    'search-within',
    'view-past',
    'view-within',
  ],
  notifications: ['notification-past', 'notification-within'],
  emails: ['email-never-sent-past', 'email-past', 'email-sent-within'],
  suggestions: ['suggestion-cancelled-past', 'suggestion-current', 'suggestion-done-within', 'suggestion-orphan-past'],
  signUps: [
    'signup-active-ancient',
    'signup-declined-past',
    'signup-declined-within',
    'signup-paused-ancient',
    'signup-withdrawn-past',
  ],
};
const KEPT = {
  audit: ['found-as-old-as-search', 'found-within', 'search-within', 'view-within'],
  notifications: ['notification-within'],
  emails: ['email-sent-within'],
  suggestions: ['suggestion-current', 'suggestion-done-within'],
  signUps: ['signup-active-ancient', 'signup-declined-within', 'signup-paused-ancient'],
  intakeNotes: ['note of signup-active-ancient', 'note of signup-declined-within', 'note of signup-paused-ancient'],
  receipts: 1,
};
const REMOVED_COUNTS = {
  AUDIT_EVENTS: 3,
  SEARCH_HISTORY: 1,
  NOTIFICATIONS: 1,
  EMAILS: 2,
  MATCH_SUGGESTIONS: 2,
  ENDED_SIGN_UPS: 2,
};

describe('retention: each organisation keeps each kind of record for its period, then the worker deletes it', () => {
  let t: TestApp;
  let a: Session;
  let aMember: Session;
  let b: Session;
  let bMember: Session;
  let queue: Queue;

  beforeAll(async () => {
    t = await createTestApp();
    a = await signUpAdmin(t, 'Keeps Defaults Org', 'avery');
    aMember = await inviteAndJoin(t, a, 'arlo');
    b = await signUpAdmin(t, 'Keeps Less Org', 'bea');
    bMember = await inviteAndJoin(t, b, 'bram');
    const worker = await t.startWorker();
    queue = worker.get<Queue>(getQueueToken(QueueName.RETENTION), { strict: false });
  }, 60_000);
  afterAll(() => t.close());

  it('shows admins the default periods with their limits, and refuses periods outside them', async () => {
    const res = await t.gql(RETENTION, {}, a.accessToken);
    expect(res.errors).toBeUndefined();
    expect(res.data!.retentionSettings.lastRunAt).toBeNull();
    const periods = Object.fromEntries(
      res.data!.retentionSettings.periods.map((p: { kind: string; days: number }) => [p.kind, p.days]),
    );
    expect(periods).toEqual(A_DAYS);
    expect(res.data!.retentionSettings.periods[0]).toMatchObject({
      kind: 'AUDIT_EVENTS',
      defaultDays: 730,
      minDays: 365,
      maxDays: 2555,
      changedAt: null,
      lastRemoved: 0,
    });

    for (const [kind, days] of [
      ['AUDIT_EVENTS', 364],
      ['EMAILS', 366],
      ['NOTIFICATIONS', 0],
      ['SEARCH_HISTORY', -5],
    ] as const) {
      const refused = await t.gql(SET_PERIOD, { input: { kind, days } }, a.accessToken);
      expect(refused.data).toBeNull();
      expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });
      expect(refused.errors![0].message).toMatch(/^days must be between \d+ and \d+/);
    }
    const notAKind = await t.gql(SET_PERIOD, { input: { kind: 'POSTS', days: 30 } }, a.accessToken);
    expect(failureOf(notAKind).code).toBe('BAD_USER_INPUT');
    const notWhole = await t.gql(SET_PERIOD, { input: { kind: 'EMAILS', days: 30.5 } }, a.accessToken);
    expect(failureOf(notWhole).code).toBe('BAD_USER_INPUT');
    // Nothing was stored.
    expect(await t.db.query(`SELECT * FROM retention_policy WHERE organisation_id = $1`, [a.organisation.id])).toEqual(
      [],
    );
  });

  it('refuses members who are not admins, and answers each admin for their own organisation only', async () => {
    expect(failureOf(await t.gql(RETENTION, {}, aMember.accessToken)).code).toBe('FORBIDDEN');
    expect(failureOf(await t.gql(SET_PERIOD, { input: { kind: 'EMAILS', days: 60 } }, bMember.accessToken)).code).toBe(
      'FORBIDDEN',
    );
    expect(failureOf(await t.gql(RETENTION, {})).code).toBe('UNAUTHENTICATED');

    for (const [kind, days] of Object.entries(B_DAYS)) {
      const set = await t.gql(SET_PERIOD, { input: { kind, days } }, b.accessToken);
      expect(set.errors).toBeUndefined();
      expect(set.data!.setRetentionPeriod).toMatchObject({ kind, days });
      expect(set.data!.setRetentionPeriod.changedAt).toEqual(expect.any(String));
    }
    const bPeriods = (await t.gql(RETENTION, {}, b.accessToken)).data!.retentionSettings.periods;
    expect(Object.fromEntries(bPeriods.map((p: { kind: string; days: number }) => [p.kind, p.days]))).toEqual(B_DAYS);
    const aPeriods = (await t.gql(RETENTION, {}, a.accessToken)).data!.retentionSettings.periods;
    expect(Object.fromEntries(aPeriods.map((p: { kind: string; days: number }) => [p.kind, p.days]))).toEqual(A_DAYS);

    // Each change is in B's audit log: who, which period, from what to what; setting the same again is no change.
    await t.gql(SET_PERIOD, { input: { kind: 'EMAILS', days: 7 } }, b.accessToken);
    const changes = await t.db.query(
      `SELECT actor_membership_id AS actor, query FROM profile_audit_event
        WHERE organisation_id = $1 AND action = 'SETTING' ORDER BY created_at`,
      [b.organisation.id],
    );
    expect(changes).toHaveLength(6);
    expect(changes[3]).toEqual({ actor: b.member.id, query: { setting: 'retention.EMAILS', from: 30, to: 7 } });
    const log = await t.gql(
      `query { auditLog(filter: { action: SETTING }) { edges { node { action actorName query } } } }`,
      {},
      b.accessToken,
    );
    expect(log.errors).toBeUndefined();
    expect(log.data!.auditLog.edges).toHaveLength(6);
  });

  it('the daily job, run through the worker, deletes exactly what is past its period in each organisation', async () => {
    // Fresh admin-made audit events (the SETTING changes) are young: they stay.
    const now = Date.now() - 60_000;
    await seed(t.db, a, aMember, A_DAYS, now);
    await seed(t.db, b, bMember, B_DAYS, now);
    // What is past B's short periods is within A's defaults: the same ages, kept in A.
    const bAges = (kind: Kind) => new Date(now - B_DAYS[kind] * DAY - HOUR);
    await t.db.query(
      `INSERT INTO notification (organisation_id, recipient_membership_id, kind, title, body, data, created_at)
       VALUES ($1, $2, 'TEST', 'notification-as-old-as-b-past', '', '{}', $3)`,
      [a.organisation.id, aMember.member.id, bAges('NOTIFICATIONS')],
    );
    await t.db.query(
      `INSERT INTO profile_audit_event (organisation_id, actor_membership_id, action, query, created_at)
       VALUES ($1, $2, 'SEARCH', '{"tag": "search-as-old-as-b-past"}', $3)`,
      [a.organisation.id, a.member.id, bAges('SEARCH_HISTORY')],
    );
    const before = await survivors(t.db, a);
    expect(before.notifications).toEqual(['notification-as-old-as-b-past', ...ALL_SEEDED.notifications]);

    const tickNow = new Date(now).toISOString();
    const tick = await queue.add('retention-tick', { now: tickNow });
    expect(await completed(tick, queue)).toBeGreaterThanOrEqual(2);
    for (const org of [a, b]) {
      const removed = await completed(
        await queue.getJob(`retention-${org.organisation.id}-${tickNow.slice(0, 13)}`),
        queue,
      );
      expect(removed).toEqual(REMOVED_COUNTS);
    }

    for (const org of [a, b]) {
      expect(await survivors(t.db, org)).toEqual({
        ...KEPT,
        audit: org === a ? [...KEPT.audit, 'search-as-old-as-b-past'].sort() : KEPT.audit,
        notifications: org === a ? ['notification-as-old-as-b-past', ...KEPT.notifications] : KEPT.notifications,
      });
    }

    // Admins see the run: when, and how many of each kind went.
    const seen = (await t.gql(RETENTION, {}, b.accessToken)).data!.retentionSettings;
    expect(seen.lastRunAt).toBe(tickNow);
    expect(
      Object.fromEntries(seen.periods.map((p: { kind: string; lastRemoved: number }) => [p.kind, p.lastRemoved])),
    ).toEqual(REMOVED_COUNTS);

    // Running again (a later run) finds nothing more, and says so.
    const again = await queue.add('enforce-retention', {
      organisationId: b.organisation.id,
      now: new Date(now + 1000).toISOString(),
    });
    expect(Object.values((await completed(again, queue)) as Record<string, number>)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(await survivors(t.db, b)).toEqual(KEPT);
    const after = (await t.gql(RETENTION, {}, b.accessToken)).data!.retentionSettings;
    expect(after.periods.every((p: { lastRemoved: number }) => p.lastRemoved === 0)).toBe(true);
  });
});
