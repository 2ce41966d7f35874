import { jobNow, JobPayload, QueueName, OrganisationWorkerHost } from '@crowdcomms/queue';
import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { NotificationsService } from './notifications.service';
import { InjectPubSub, notificationChannel } from './pubsub.provider';
import { NotificationsRetention } from './retention.service';

type NotificationsJob =
  | Job<JobPayload<QueueName.NOTIFICATIONS, 'publish'>, unknown, 'publish'>
  | Job<JobPayload<QueueName.NOTIFICATIONS, 'purge-expired'>, unknown, 'purge-expired'>;

/**
 * Every worker upserts the job scheduler `notifications-retention` on start
 * (idempotent across workers): at 03:30 UTC daily it adds a `purge-expired`
 * job, which deletes e-mail and notification records past their retention.
 */
export const RETENTION_SCHEDULE = { id: 'notifications-retention', pattern: '30 3 * * *', tz: 'UTC' } as const;

/**
 * Pushes committed notifications to the recipients' live subscriptions (any API replica), and purges
 * expired records.
 */
@Processor(QueueName.NOTIFICATIONS)
export class NotificationProcessor extends OrganisationWorkerHost {
  private readonly logger = new Logger(NotificationProcessor.name);

  constructor(
    private readonly notifications: NotificationsService,
    private readonly retention: NotificationsRetention,
    @InjectPubSub() private readonly pubSub: RedisPubSub,
  ) {
    super();
  }

  async handle(job: NotificationsJob): Promise<unknown> {
    switch (job.name) {
      case 'publish': {
        const rows = await this.notifications.findForDelivery(job.data.organisationId, job.data.notificationIds);
        for (const notification of rows) {
          await this.pubSub.publish(
            notificationChannel(notification.organisationId, notification.recipientMembershipId),
            { notificationAdded: notification },
          );
        }
        return rows.length;
      }
      case 'purge-expired': {
        const purged = await this.retention.purge(jobNow(job.data.now));
        this.logger.log(`retention: ${purged.emails} e-mails, ${purged.notifications} notifications deleted`);
        return purged;
      }
    }
  }
}

/** Registers the daily retention job in Redis when a worker starts (idempotent across workers). */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.NOTIFICATIONS) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      RETENTION_SCHEDULE.id,
      { pattern: RETENTION_SCHEDULE.pattern, tz: RETENTION_SCHEDULE.tz },
      { name: 'purge-expired', data: {} },
    );
  }
}
