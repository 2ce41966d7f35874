import { QueueName } from '@crowdcomms/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { CREATE_TASK, LOGIN, OFFER_TASK, OPEN_TASK } from './utils/operations';
import { OwnRedis, startOwnRedis } from './utils/own-redis';
import { SmtpSink, startSmtpSink } from './utils/smtp-sink';
import { inviteAndJoin, PASSWORD, Session, signUpAdmin } from './utils/story';
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';

/** "Did not hang" bound for one request: generous, since a loaded machine is slow, not frozen. */
const HANG_MS = 20_000;

async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Redis goes away while people use the product. Its own redis-server, so
 * stopping it disturbs no other test file.
 */
describe('when Redis goes away', () => {
  let redis: OwnRedis;
  let smtp: SmtpSink;
  let t: TestApp;
  let db: DataSource;
  let admin: Session;
  let comms: Session;
  let vera: Session;
  let taskId: string;

  const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const req = t.http().post('/graphql').set('content-type', 'application/json').timeout(HANG_MS);
    if (token) req.set('authorization', `Bearer ${token}`);
    return (await req.send({ query, variables })).body as GraphQLResponse;
  };
  const ready = async () => {
    const res = await t.http().get('/health/ready').timeout(HANG_MS);
    return { status: res.status, body: res.body as { details: Record<string, { status: string }> } };
  };

  beforeAll(async () => {
    [redis, smtp] = await Promise.all([startOwnRedis(), startSmtpSink()]);
    t = await createTestApp({ REDIS_URL: redis.url, SMTP_URL: smtp.url });
    db = t.db;
    admin = await signUpAdmin(t, 'Riverside Council');
    [comms, vera] = await Promise.all([
      inviteAndJoin(t, admin, 'carla', ['COMMS', 'MEMBER']),
      inviteAndJoin(t, admin, 'vera'),
    ]);
    const task = await gql(
      CREATE_TASK,
      { input: { title: 'Tidy up the bins pages', kind: 'CONTENT_TIDY_UP', effortHours: 2, seats: 1 } },
      comms.accessToken,
    );
    taskId = (task.data!.createCommsTask as { id: string }).id;
    await gql(OPEN_TASK, { id: taskId }, comms.accessToken);
    await t.startWorker();
    // The set-up's invitation e-mails are out before the outage begins.
    await eventually(
      () => db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM email_message WHERE status <> 'SENT'`),
      (rows) => rows[0].n === 0,
      'the invitations to be sent',
    );
  }, 90_000);
  afterAll(async () => {
    await redis.start().catch(() => undefined);
    await t.close();
    await Promise.all([redis.dispose(), smtp.close()]);
  }, 60_000);

  it('keeps writes that queue work, refuses what needs Redis at once, and runs the kept work once when it is back', async () => {
    expect((await ready()).status).toBe(200);
    await redis.stop();

    // Readiness says which part is down.
    const down = await ready();
    expect(down.status).toBe(503);
    expect(down.body.details.redis.status).toBe('down');
    expect(down.body.details.database.status).toBe('up');

    // An offer is stored, and its e-mail waits in the outbox.
    const offer = await gql(OFFER_TASK, { input: { taskId, memberId: vera.member.id } }, comms.accessToken);
    expect(offer.errors).toBeUndefined();
    expect(offer.data!.offerTask).toMatchObject({ status: 'OFFERED' });

    // Sign-in is rate-limited in Redis: refused at once, with a code and a plain message.
    const login = await gql(LOGIN, { input: { email: vera.user.email, password: PASSWORD } });
    expect(login.data?.login ?? null).toBeNull();
    expect(login.errors).toHaveLength(1);
    expect(login.errors![0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(login.errors![0].message).toMatch(/try again/i);
    expect(JSON.stringify(login)).not.toMatch(/\bat .*\.(ts|js):\d+/);

    const [{ waiting }] = await db.query<{ waiting: number }[]>(
      `SELECT count(*)::int AS waiting FROM outbox_entry WHERE dispatched_at IS NULL AND queue = 'mail'`,
    );
    expect(waiting).toBe(1);
    const [offerMail] = await db.query<{ id: string }[]>(
      `SELECT id FROM email_message WHERE to_address = $1 AND subject LIKE 'You have been offered%'`,
      [vera.user.email],
    );
    const offerMails = () => smtp.accepted.filter((m) => m.messageId === `<${offerMail.id}@crowdcomms>`);
    expect(offerMails()).toHaveLength(0);

    await redis.start();
    await eventually(ready, (r) => r.status === 200, 'readiness to return');
    await eventually(
      () => db.query<{ status: string }[]>(`SELECT status FROM email_message WHERE id = $1`, [offerMail.id]),
      (rows) => rows[0].status === 'SENT',
      'the offer e-mail to be sent',
    );
    // Everything queued has run: nothing waits in the outbox or the mail queue.
    const mail = t.app.get<Queue>(getQueueToken(QueueName.MAIL));
    await eventually(
      async () => ({
        outbox: (await db.query(`SELECT count(*)::int AS n FROM outbox_entry WHERE dispatched_at IS NULL`))[0].n,
        queue: await mail.getJobCounts('waiting', 'active', 'delayed', 'prioritized'),
      }),
      ({ outbox, queue }) => outbox === 0 && Object.values(queue).every((n) => n === 0),
      'the queues to drain',
    );
    expect(offerMails()).toHaveLength(1);
    expect(offerMails()[0].to).toBe(vera.user.email);
    expect(await mail.getJobState(`email-${offerMail.id}`)).toBe('completed');

    const again = await gql(LOGIN, { input: { email: vera.user.email, password: PASSWORD } });
    expect(again.errors).toBeUndefined();
  }, 90_000);
});
