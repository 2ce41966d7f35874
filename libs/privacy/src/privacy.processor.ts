import { jobNow, JobPayload, QueueName, RECOVERABLE_WORKER_OPTIONS } from '@crowdcomms/queue';
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DelayedError, Job, Queue } from 'bullmq';
import { DataExportService } from './data-export.service';
import { ErasureService } from './erasure.service';

type PrivacyJob =
  | Job<JobPayload<QueueName.PRIVACY, 'build-export'>, unknown, 'build-export'>
  | Job<JobPayload<QueueName.PRIVACY, 'erase'>, unknown, 'erase'>
  | Job<JobPayload<QueueName.PRIVACY, 'erasure-tick'>, unknown, 'erasure-tick'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every worker upserts this scheduler (idempotent): every 15 minutes it queues erasures that are due. */
export const ERASURE_TICK_SCHEDULE = { id: 'privacy-erasure-tick', pattern: '*/15 * * * *', tz: 'UTC' } as const;

/** Builds data exports and carries out erasures once their cooling-off has ended. */
@Processor(QueueName.PRIVACY, RECOVERABLE_WORKER_OPTIONS)
export class PrivacyProcessor extends WorkerHost {
  constructor(
    private readonly exports: DataExportService,
    private readonly erasure: ErasureService,
  ) {
    super();
  }

  async process(job: PrivacyJob, token?: string): Promise<unknown> {
    switch (job.name) {
      case 'build-export': {
        const { organisationId, requestId } = job.data;
        if (!UUID.test(String(organisationId)) || !UUID.test(String(requestId))) return 'skipped';
        return this.exports.build(organisationId, requestId);
      }
      case 'erase': {
        const { organisationId, requestId } = job.data;
        if (!UUID.test(String(organisationId)) || !UUID.test(String(requestId))) return 'skipped';
        const outcome = await this.erasure.erase(organisationId, requestId);
        if (!outcome.done) {
          // The cooling-off is not over: the same job waits in BullMQ until it is.
          await job.moveToDelayed(outcome.notBefore.getTime(), token);
          throw new DelayedError();
        }
        // The receipt stays in PostgreSQL; the job's result names no one.
        return 'done';
      }
      case 'erasure-tick':
        return this.erasure.queueDue(jobNow(job.data.now));
    }
  }
}

/** Registers the erasure tick when a worker starts. */
@Injectable()
export class ErasureScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.PRIVACY) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      ERASURE_TICK_SCHEDULE.id,
      { pattern: ERASURE_TICK_SCHEDULE.pattern, tz: ERASURE_TICK_SCHEDULE.tz },
      { name: 'erasure-tick', data: {} },
    );
  }
}
