import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
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

/** Records jobs inside the caller's transaction: a rollback enqueues nothing. */
@Injectable()
export class OutboxService {
  async enqueue<Q extends QueueName, N extends JobName<Q>>(
    manager: EntityManager,
    job: OutboxJob<Q, N>,
  ): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxService.enqueue must run inside a transaction');
    }
    await manager
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
  }
}
