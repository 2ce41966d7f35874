import { QueueName } from '@crowdcomms/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { INVITE } from './utils/operations';
import { SmtpSink, startSmtpSink } from './utils/smtp-sink';
import { SpawnedApp, spawnApp } from './utils/spawned-app';
import { Session, signUpAdmin, uniqueEmail } from './utils/story';
import { createTestApp, TestApp } from './utils/test-app';

async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The worker in a process of its own, ended as a crash (or an orchestrator out
 * of patience) ends it: SIGKILL leaves a job half done.
 */
describe('a worker killed mid-job', () => {
  let t: TestApp;
  let smtp: SmtpSink;
  let db: DataSource;
  let admin: Session;
  let worker: SpawnedApp;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await createTestApp({ SMTP_URL: smtp.url });
    db = t.db; // the owner: sees what is stored, whatever the organisation
    admin = await signUpAdmin(t, 'Eastbridge Council');
    worker = await spawnApp('worker', {}, 'Worker ready');
  }, 300_000);
  afterAll(async () => {
    if (worker?.child.exitCode === null) worker.child.kill('SIGKILL');
    await t.close();
    await smtp.close();
  });

  it('SIGKILL mid-send: a new worker sends the e-mail, and it arrives once', async () => {
    const mail = t.app.get<Queue>(getQueueToken(QueueName.MAIL));
    smtp.hold();
    const held = smtp.nextHeld();
    const email = uniqueEmail('newcomer');
    const invited = await t.gql(INVITE, { input: { email, roles: ['MEMBER'] } }, admin.accessToken);
    expect(invited.errors).toBeUndefined();

    // The worker has handed the message to the mail server and waits for its answer: kill it there.
    expect((await held).to).toBe(email);
    worker.child.kill('SIGKILL');
    expect(await worker.exited).toBe('SIGKILL');
    smtp.release();

    const [message] = await db.query<{ id: string; status: string }[]>(
      `SELECT id, status FROM email_message WHERE to_address = $1`,
      [email],
    );
    expect(message.status).toBe('QUEUED');
    const jobId = `email-${message.id}`;
    expect(await mail.getJobState(jobId)).toBe('active'); // held by a worker that no longer exists

    await t.startWorker();
    await eventually(
      () => mail.getJobState(jobId),
      (state) => state === 'completed',
      'the job to complete',
    );
    const [after] = await db.query<{ status: string }[]>(`SELECT status FROM email_message WHERE id = $1`, [
      message.id,
    ]);
    expect(after.status).toBe('SENT');
    expect(smtp.accepted.filter((m) => m.messageId === `<${message.id}@crowdcomms>`)).toHaveLength(1);
    expect((await mail.getJob(jobId))!.stalledCounter).toBe(1);
  }, 60_000);
});
