import { jobNow, JobPayload, OrganisationWorkerHost, QueueName } from '@crowdcomms/queue';
import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { RetentionEnforcer } from './retention-enforcer';

type RetentionJob =
  | Job<JobPayload<QueueName.RETENTION, 'retention-tick'>, unknown, 'retention-tick'>
  | Job<JobPayload<QueueName.RETENTION, 'enforce-retention'>, unknown, 'enforce-retention'>;

/**
 * Every worker upserts the job scheduler `retention` on start (idempotent across
 * workers): at 03:30 UTC daily it adds a `retention-tick`, which adds one
 * `enforce-retention` job per organisation (job id `retention-<org>-<hour>`,
 * so a repeated tick adds nothing). To run it now, add a `retention-tick` to the
 * `retention` queue (from a read-write dashboard, or `queue.add('retention-tick', {})`).
 */
export const RETENTION_SCHEDULE = { id: 'retention', pattern: '30 3 * * *', tz: 'UTC' } as const;

/** The schedule the notifications queue had before retention was set per organisation. */
const FORMER_SCHEDULE = 'notifications-retention';

@Processor(QueueName.RETENTION)
export class RetentionProcessor extends OrganisationWorkerHost {
  private readonly logger = new Logger(RetentionProcessor.name);

  constructor(
    private readonly retention: RetentionEnforcer,
    @InjectQueue(QueueName.RETENTION) private readonly queue: Queue,
  ) {
    super();
  }

  async handle(job: RetentionJob): Promise<unknown> {
    switch (job.name) {
      case 'retention-tick': {
        const now = jobNow(job.data.now).toISOString();
        const organisations = await this.retention.organisationsToEnforce(new Date(now));
        await this.queue.addBulk(
          organisations.map((organisationId) => ({
            name: 'enforce-retention',
            data: { organisationId, now },
            opts: { jobId: `retention-${organisationId}-${now.slice(0, 13)}` },
          })),
        );
        return organisations.length;
      }
      case 'enforce-retention': {
        const removed = await this.retention.enforce(job.data.organisationId, jobNow(job.data.now));
        this.logger.log(`retention for ${job.data.organisationId}: ${JSON.stringify(removed)}`);
        return removed;
      }
    }
  }
}

/** Registers the daily retention tick in Redis when a worker starts (idempotent across workers). */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.RETENTION) private readonly queue: Queue,
    @InjectQueue(QueueName.NOTIFICATIONS) private readonly notifications: Queue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      RETENTION_SCHEDULE.id,
      { pattern: RETENTION_SCHEDULE.pattern, tz: RETENTION_SCHEDULE.tz },
      { name: 'retention-tick', data: {} },
    );
    // This job replaces the deployment-wide clean-up of e-mails and notifications.
    await this.notifications.removeJobScheduler(FORMER_SCHEDULE);
  }
}
