import { TransactionalConnection } from '@crowdcomms/data-access';
import { Injectable } from '@nestjs/common';
import { OutboxEntry } from './outbox-entry.entity';
import { JobName, JobPayload, QueueName } from './queues';

export interface OutboxJob<Q extends QueueName, N extends JobName<Q>> {
  queue: Q;
  name: N;
  /** Stable id: enqueuing the same id twice yields one job. */
  jobId: string;
  payload: JobPayload<Q, N>;
  organisationId: string | null;
}

/** The PostgreSQL channel that wakes the relay when enqueued jobs commit. */
export const OUTBOX_CHANNEL = 'outbox_entry';

/**
 * Records jobs inside the caller's transaction: a rollback enqueues nothing,
 * and the relay is woken only when (and if) the transaction commits.
 */
@Injectable()
export class OutboxService {
  constructor(private readonly db: TransactionalConnection) {}

  async enqueue<Q extends QueueName, N extends JobName<Q>>(job: OutboxJob<Q, N>): Promise<void> {
    if (!this.db.inTransaction) {
      throw new Error('OutboxService.enqueue must run inside a transaction');
    }
    await this.db.manager
      .createQueryBuilder()
      .insert()
      .into(OutboxEntry)
      .values({
        queue: job.queue,
        jobName: job.name,
        jobId: job.jobId,
        payload: () => ':payload',
        organisationId: job.organisationId,
      })
      .setParameter('payload', JSON.stringify(job.payload))
      .orIgnore()
      .execute();
    // Delivered at commit (once per transaction and channel, however many jobs).
    await this.db.manager.query(`SELECT pg_notify('${OUTBOX_CHANNEL}', '')`);
  }
}
