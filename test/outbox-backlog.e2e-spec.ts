import { QueueName } from '@crowdcomms/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { createTestApp, TestApp } from './utils/test-app';

/**
 * A burst committed at once (a bulk import, or jobs held while Redis was away) is relayed
 * batch after batch as soon as it commits, not one batch per fallback poll.
 */
describe('the outbox relay with a backlog', () => {
  let t: TestApp;

  beforeAll(async () => {
    // A poll far beyond the test's patience: only the commit's wake-up can move the rows.
    t = await createTestApp({ OUTBOX_POLL_MS: '60000' });
  });
  afterAll(() => t.close());

  it('moves a burst of several batches to BullMQ on one wake-up, each job once', async () => {
    const worker = await t.startWorker();
    const community = worker.get<Queue>(getQueueToken(QueueName.COMMUNITY), { strict: false });
    await community.pause(); // the jobs are counted in the queue, not run
    const burst = 2500;
    const organisationId = '00000000-0000-4000-8000-000000000001';
    await t.db.transaction(async (m) => {
      await m.query(
        `INSERT INTO outbox_entry (queue, job_name, job_id, payload, organisation_id)
         SELECT $1, 'publish-post', 'burst-' || g,
                jsonb_build_object('organisationId', $2::text, 'postId', gen_random_uuid()), $2::uuid
           FROM generate_series(1, $3::int) g`,
        [QueueName.COMMUNITY, organisationId, burst],
      );
      await m.query(`SELECT pg_notify('outbox_entry', '')`);
    });

    const deadline = Date.now() + 30_000;
    let pending = burst;
    while (pending > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      [{ pending }] = await t.db.query<{ pending: number }[]>(
        `SELECT count(*)::int AS pending FROM outbox_entry WHERE job_id LIKE 'burst-%' AND dispatched_at IS NULL`,
      );
    }
    expect(pending).toBe(0);
    const counts = await community.getJobCounts('paused', 'waiting', 'active', 'completed', 'failed');
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(burst);
    const sample = await community.getJob('burst-1234');
    expect(sample?.name).toBe('publish-post');
    expect(sample?.data).toMatchObject({ organisationId });
  }, 60_000);
});
