import { jobNow, JobPayload, QueueName, OrganisationWorkerHost } from '@crowdcomms/queue';
import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { CampaignPeriodsService } from './campaign-periods.service';

type CampaignsJob =
  | Job<JobPayload<QueueName.CAMPAIGNS, 'campaigns-tick'>, unknown, 'campaigns-tick'>
  | Job<JobPayload<QueueName.CAMPAIGNS, 'campaign-periods'>, unknown, 'campaign-periods'>;

/**
 * Every worker upserts the job scheduler `campaign-periods` on start: at 06:00
 * UTC daily it adds a `campaigns-tick`, which adds one `campaign-periods` job
 * per organisation (job id `campaign-periods-<org>-<hour>`), which publishes
 * the digests of ended periods and sends due reminders for that `now`. To run
 * it by hand (or from a test with a chosen clock), add `campaign-periods` with
 * `{ organisationId, now }` to the `campaigns` queue.
 */
export const CAMPAIGN_PERIODS_SCHEDULE = { id: 'campaign-periods', pattern: '0 6 * * *', tz: 'UTC' } as const;

@Processor(QueueName.CAMPAIGNS)
export class CampaignsProcessor extends OrganisationWorkerHost {
  private readonly logger = new Logger(CampaignsProcessor.name);

  constructor(
    @InjectQueue(QueueName.CAMPAIGNS) private readonly queue: Queue,
    private readonly periods: CampaignPeriodsService,
  ) {
    super();
  }

  async handle(job: CampaignsJob): Promise<unknown> {
    switch (job.name) {
      case 'campaigns-tick': {
        const now = jobNow(job.data.now).toISOString();
        const organisations = await this.periods.organisationIds(new Date(now));
        await this.queue.addBulk(
          organisations.map((organisationId) => ({
            name: 'campaign-periods',
            data: { organisationId, now },
            opts: { jobId: `campaign-periods-${organisationId}-${now.slice(0, 13)}` },
          })),
        );
        return organisations.length;
      }
      case 'campaign-periods': {
        const now = jobNow(job.data.now);
        // Every campaign and period is tried, whatever fails; what failed is recorded, and the job then
        // fails so BullMQ retries it with backoff — a retry redoes only what is still undone.
        const digests = await this.periods.closeDuePeriods(job.data.organisationId, now);
        const reminders = await this.periods.sendDueReminders(job.data.organisationId, now);
        this.logger.log(
          `campaigns of ${job.data.organisationId}: ${digests.published} digests, ${reminders.sent} reminders`,
        );
        const failed = [...digests.failed, ...reminders.failed];
        if (failed.length) throw new Error(`campaign-periods could not finish: ${failed.join('; ')}`);
        return { digests: digests.published, reminders: reminders.sent };
      }
    }
  }
}

/** Registers the daily campaign tick in Redis when a worker starts (idempotent across workers). */
@Injectable()
export class CampaignsScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.CAMPAIGNS) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      CAMPAIGN_PERIODS_SCHEDULE.id,
      { pattern: CAMPAIGN_PERIODS_SCHEDULE.pattern, tz: CAMPAIGN_PERIODS_SCHEDULE.tz },
      { name: 'campaigns-tick', data: {} },
    );
  }
}
