import { jobNow, JobPayload, OrganisationWorkerHost, QueueName } from '@crowdcomms/queue';
import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { WorkshopsService } from './workshops.service';

type WorkshopsJob =
  | Job<JobPayload<QueueName.WORKSHOPS, 'workshop-reminders-tick'>, unknown, 'workshop-reminders-tick'>
  | Job<JobPayload<QueueName.WORKSHOPS, 'workshop-reminders'>, unknown, 'workshop-reminders'>;

/**
 * Every worker upserts the scheduler `workshop-reminders` on start: each hour it
 * adds a `workshop-reminders-tick`, which adds one `workshop-reminders` job per
 * organisation with a registered attendee of a workshop starting within 24
 * hours; that job sends each of them one reminder (claimed in the database, so
 * a repeated job or tick sends nothing twice). To run it by hand (or from a
 * test with a chosen clock), add `workshop-reminders` with `{ organisationId, now }`.
 */
export const WORKSHOP_REMINDERS_SCHEDULE = { id: 'workshop-reminders', pattern: '0 * * * *', tz: 'UTC' } as const;

@Processor(QueueName.WORKSHOPS)
export class WorkshopsProcessor extends OrganisationWorkerHost {
  constructor(
    @InjectQueue(QueueName.WORKSHOPS) private readonly queue: Queue,
    private readonly workshops: WorkshopsService,
  ) {
    super();
  }

  async handle(job: WorkshopsJob): Promise<unknown> {
    switch (job.name) {
      case 'workshop-reminders-tick': {
        const now = jobNow(job.data.now).toISOString();
        const organisations = await this.workshops.organisationsWithDueReminders(new Date(now));
        await this.queue.addBulk(
          organisations.map((organisationId) => ({
            name: 'workshop-reminders',
            data: { organisationId, now },
            opts: { jobId: `workshop-reminders-${organisationId}-${now.slice(0, 13)}` },
          })),
        );
        return organisations.length;
      }
      case 'workshop-reminders':
        return { sent: await this.workshops.sendDueReminders(job.data.organisationId, jobNow(job.data.now)) };
    }
  }
}

/** Registers the hourly reminder tick in Redis when a worker starts (idempotent across workers). */
@Injectable()
export class WorkshopsScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.WORKSHOPS) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      WORKSHOP_REMINDERS_SCHEDULE.id,
      { pattern: WORKSHOP_REMINDERS_SCHEDULE.pattern, tz: WORKSHOP_REMINDERS_SCHEDULE.tz },
      { name: 'workshop-reminders-tick', data: {} },
    );
  }
}
