import { jobNow, JobPayload, OrganisationWorkerHost, QueueName } from '@crowdcomms/queue';
import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { ProfileRemindersService } from './profile-reminders.service';

type ProfilesJob =
  | Job<JobPayload<QueueName.PROFILES, 'reminders-tick'>, unknown, 'reminders-tick'>
  | Job<JobPayload<QueueName.PROFILES, 'completion-reminders'>, unknown, 'completion-reminders'>;

/**
 * Every worker upserts the job scheduler `profile-reminders` on start (idempotent across workers):
 * at 09:00 UTC on the first day of each month it adds a `reminders-tick`, which adds one
 * `completion-reminders` job per organisation. The month's claim per member (not the job ids)
 * makes a repeated run send nothing more. To run it now: `queue.add('reminders-tick', {})` on
 * the `profiles` queue.
 */
export const PROFILE_REMINDERS_SCHEDULE = { id: 'profile-reminders', pattern: '0 9 1 * *', tz: 'UTC' } as const;

@Processor(QueueName.PROFILES)
export class ProfilesProcessor extends OrganisationWorkerHost {
  constructor(
    private readonly reminders: ProfileRemindersService,
    @InjectQueue(QueueName.PROFILES) private readonly queue: Queue,
  ) {
    super();
  }

  async handle(job: ProfilesJob): Promise<unknown> {
    switch (job.name) {
      case 'reminders-tick': {
        const now = jobNow(job.data.now).toISOString();
        const organisations = await this.reminders.organisations();
        await this.queue.addBulk(
          organisations.map((organisationId) => ({
            name: 'completion-reminders',
            data: { organisationId, now },
            opts: { jobId: `profile-reminders-${organisationId}-${now.slice(0, 13)}` },
          })),
        );
        return organisations.length;
      }
      case 'completion-reminders':
        return this.reminders.remind(job.data.organisationId, jobNow(job.data.now));
    }
  }
}

/** Registers the monthly reminder tick in Redis when a worker starts. */
@Injectable()
export class ProfileRemindersScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.PROFILES) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      PROFILE_REMINDERS_SCHEDULE.id,
      { pattern: PROFILE_REMINDERS_SCHEDULE.pattern, tz: PROFILE_REMINDERS_SCHEDULE.tz },
      { name: 'reminders-tick', data: {} },
    );
  }
}
