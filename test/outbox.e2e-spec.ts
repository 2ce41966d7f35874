import { TransactionalConnection } from '@crowdcomms/data-access';
import { OutboxRelay, OutboxService, QueueName } from '@crowdcomms/queue';
import { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { readdirSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { INVITE } from './utils/operations';
import { Session, signUpAdmin, tokenFromMail, uniqueEmail, waitForMail } from './utils/story';
import { createTestApp, TestApp } from './utils/test-app';

async function until<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 10000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('jobs through the transactional outbox', () => {
  let t: TestApp;
  let admin: Session;
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let mailQueue: Queue;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signUpAdmin(t, 'Outbox Org');
    worker = await t.startWorker();
    dataSource = t.db;
    mailQueue = worker.get<Queue>(getQueueToken(QueueName.MAIL), { strict: false });
  });
  afterAll(() => t.close());

  const jobCount = async () => {
    const counts = await mailQueue.getJobCounts('waiting', 'active', 'completed', 'failed', 'delayed', 'prioritized');
    return Object.values(counts).reduce((a, b) => a + b, 0);
  };

  it('delivers an invitation e-mail exactly once after the write commits', async () => {
    const email = uniqueEmail('newcomer');
    const res = await t.gql(INVITE, { input: { email, roles: ['MEMBER'] } }, admin.accessToken);
    expect(res.errors).toBeUndefined();

    const mail = await waitForMail(t, email);
    expect(mail).toContain('Subject: admin person invited you to Outbox Org on Crowdcomms');
    expect(mail).toContain('/invitation#token=');
    expect(tokenFromMail(mail)).toMatch(/^[0-9a-f-]{36}\.[\w-]{43}$/);

    // The file is written before the row is marked sent: wait for the row rather than race it.
    const message = await until(async () => {
      const [row] = await dataSource.query(`SELECT id, status FROM email_message WHERE to_address = $1`, [email]);
      return row?.status === 'SENT' ? (row as { id: string; status: string }) : undefined;
    }, 'the e-mail to be marked sent');
    const job = await mailQueue.getJob(`email-${message.id}`);
    expect(job?.name).toBe('send-email');
    // The job carries ids only: no address, no token.
    expect(job?.data).toEqual({ organisationId: admin.organisation.id, emailId: message.id });
    expect(JSON.stringify(job?.data)).not.toContain(email);
    expect(await jobCount()).toBe(1);
  });

  it('relaying the same row again neither queues nor sends a second copy', async () => {
    const before = readdirSync(t.mailDir).length;
    await dataSource.query('UPDATE outbox_entry SET dispatched_at = NULL');
    const relay = worker.get(OutboxRelay);
    await until(async () => {
      const [{ pending }] = await dataSource.query(
        'SELECT count(*)::int AS pending FROM outbox_entry WHERE dispatched_at IS NULL',
      );
      return pending === 0 ? true : (await relay.tick(), undefined);
    }, 'the relay to catch up');
    await new Promise((r) => setTimeout(r, 300));
    expect(await jobCount()).toBe(1);
    expect(readdirSync(t.mailDir)).toHaveLength(before);
  });

  it('enqueues nothing when the transaction rolls back', async () => {
    const outbox = t.app.get(OutboxService);
    await expect(
      t.app.get(TransactionalConnection).transaction({ organisationId: admin.organisation.id }, async () => {
        await outbox.enqueue({
          queue: QueueName.MAIL,
          name: 'send-email',
          jobId: 'email-rolled-back',
          payload: { organisationId: admin.organisation.id, emailId: '00000000-0000-4000-8000-000000000000' },
          organisationId: admin.organisation.id,
        });
        throw new Error('the write failed after enqueueing');
      }),
    ).rejects.toThrow('the write failed after enqueueing');

    await worker.get(OutboxRelay).tick();
    const [{ rows }] = await dataSource.query(
      `SELECT count(*)::int AS rows FROM outbox_entry WHERE job_id = 'email-rolled-back'`,
    );
    expect(rows).toBe(0);
    expect(await mailQueue.getJob('email-rolled-back')).toBeUndefined();
    expect(await jobCount()).toBe(1);
  });

  it('refuses to enqueue outside a transaction', async () => {
    const outbox = t.app.get(OutboxService);
    await expect(
      outbox.enqueue({
        queue: QueueName.MAIL,
        name: 'send-email',
        jobId: 'email-no-transaction',
        payload: { organisationId: null, emailId: '00000000-0000-4000-8000-000000000000' },
        organisationId: null,
      }),
    ).rejects.toThrow(/inside a transaction/);
  });
});
