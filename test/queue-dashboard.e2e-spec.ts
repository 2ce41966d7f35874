import { QueueName } from '@crowdcomms/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Session, signUpAdmin } from './utils/story';
import { createTestApp, TestApp } from './utils/test-app';

const OPERATOR_TOKEN = randomBytes(24).toString('base64url');

/** Waits until BullMQ has finished `job` one way or the other; returns whether it completed. */
async function settled(job: Job): Promise<boolean> {
  const deadline = Date.now() + 10000;
  for (;;) {
    if (await job.isCompleted()) return true;
    if (await job.isFailed()) return false;
    if (Date.now() > deadline) throw new Error(`job ${job.id} did not finish`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the queue dashboard is an operator screen; processors distrust their payloads', () => {
  let t: TestApp;
  let admin: Session;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    t = await createTestApp({ OPERATOR_TOKEN });
    admin = await signUpAdmin(t, 'Would-be Operator Org');
  });
  afterAll(() => t.close());

  const asOperator = (req: ReturnType<ReturnType<TestApp['http']>['get']>) =>
    req.set('authorization', `Bearer ${OPERATOR_TOKEN}`);

  it('refuses organisation admins, anonymous callers and wrong tokens', async () => {
    for (const url of ['/admin/queues', '/admin/queues/api/queues']) {
      expect((await t.http().get(url)).status).toBe(401);
      expect((await t.http().get(url).set('authorization', `Bearer ${admin.accessToken}`)).status).toBe(401);
      expect((await t.http().get(url).set('authorization', `Bearer ${OPERATOR_TOKEN}x`)).status).toBe(401);
      expect((await t.http().get(url).auth('operator', admin.accessToken)).status).toBe(401);
    }
    // A browser is asked for the operator's credentials.
    expect((await t.http().get('/admin/queues')).headers['www-authenticate']).toMatch(/^Basic /);
  });

  it('lets a configured operator in, from a browser (Basic) or a script (Bearer)', async () => {
    const page = await t.http().get('/admin/queues').auth('operator', OPERATOR_TOKEN);
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/bull/i);
    const api = await asOperator(t.http().get('/admin/queues/api/queues'));
    expect(api.status).toBe(200);
    const queues = (api.body as { queues: { name: string; readOnlyMode: boolean }[] }).queues;
    expect(queues.map((q) => q.name).sort()).toEqual(Object.values(QueueName).sort());
    expect(queues.every((q) => q.readOnlyMode)).toBe(true);
  });

  it('is read-only: pausing, retrying and adding jobs are refused and change nothing', async () => {
    const mail = t.app.get<Queue>(getQueueToken(QueueName.MAIL), { strict: false });
    const probe = await mail.add('send-email', { organisationId: null, emailId: 'x' }, { jobId: 'dashboard-probe' });
    const auth = `Bearer ${OPERATOR_TOKEN}`;
    const attempts = [
      t.http().put('/admin/queues/api/queues/pause').set('authorization', auth),
      t.http().put('/admin/queues/api/queues/mail/pause').set('authorization', auth),
      t.http().put('/admin/queues/api/queues/mail/retry/failed').set('authorization', auth),
      t.http().put(`/admin/queues/api/queues/mail/${probe.id}/retry`).set('authorization', auth),
      t
        .http()
        .post('/admin/queues/api/queues/mail/add')
        .set('authorization', auth)
        .send({ name: 'send-email', data: { organisationId: null, emailId: 'forged' } }),
    ];
    for (const attempt of attempts) expect((await attempt).status).toBe(403);
    expect(await mail.isPaused()).toBe(false);
    expect(await mail.getWaitingCount()).toBe(1);
    await probe.remove();
  });

  it('a forged mail job naming another organisation’s e-mail sends nothing; the genuine job sends it', async () => {
    const victim = await signUpAdmin(t, 'Victim Org', 'victim');
    const ds = t.db;
    // A message of the victim's organisation whose own job has not run yet.
    const [{ id: emailId }]: { id: string }[] = await ds.query(
      `INSERT INTO email_message (organisation_id, to_address, subject, text_body)
       VALUES ($1, 'someone@victim.example', 'Private', 'For the victim organisation only') RETURNING id`,
      [victim.organisation.id],
    );
    worker = await t.startWorker();
    const mail = worker.get<Queue>(getQueueToken(QueueName.MAIL), { strict: false });
    const statusOf = async () => {
      const rows = await ds.query<{ status: string }[]>(`SELECT status FROM email_message WHERE id = $1`, [emailId]);
      return rows[0].status;
    };
    const file = path.join(t.mailDir, `${emailId}.eml`);

    const forged = await mail.add('send-email', { organisationId: admin.organisation.id, emailId });
    expect(await settled(forged)).toBe(true);
    expect(await statusOf()).toBe('QUEUED');
    expect(existsSync(file)).toBe(false);

    const genuine = await mail.add('send-email', { organisationId: victim.organisation.id, emailId });
    expect(await settled(genuine)).toBe(true);
    expect(await statusOf()).toBe('SENT');
    expect(existsSync(file)).toBe(true);
  });

  it('a forged digest job dated ahead of the clock fails for good and changes nothing', async () => {
    const community = worker.get<Queue>(getQueueToken(QueueName.COMMUNITY), { strict: false });
    const nextYear = new Date(Date.now() + 365 * 86_400_000).toISOString();
    const forged = await community.add('digest', { organisationId: admin.organisation.id, now: nextYear });
    expect(await settled(forged)).toBe(false);
    const job = (await community.getJob(forged.id!))!;
    expect(job.failedReason).toBe('now is ahead of the clock');
    expect(job.attemptsMade).toBe(1);
  });
});
