import { JobPayload, QueueName, OrganisationWorkerHost } from '@crowdcomms/queue';
import { Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { NotificationsService } from './notifications.service';
import { InjectPubSub, notificationChannel } from './pubsub.provider';

type NotificationsJob = Job<JobPayload<QueueName.NOTIFICATIONS, 'publish'>, unknown, 'publish'>;

/**
 * Pushes committed notifications to the recipients' live subscriptions (any API replica). Their
 * retention is the organisation's (libs/privacy, retention).
 */
@Processor(QueueName.NOTIFICATIONS)
export class NotificationProcessor extends OrganisationWorkerHost {
  constructor(
    private readonly notifications: NotificationsService,
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
    }
  }
}
