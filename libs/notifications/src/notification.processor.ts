import { JobPayload, QueueName } from '@crowdcomms/queue';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { NotificationsService } from './notifications.service';
import { InjectPubSub, notificationChannel } from './pubsub.provider';

type Publish = JobPayload<QueueName.NOTIFICATIONS, 'publish'>;

/** Pushes committed notifications to the recipients' live subscriptions (any API replica). */
@Processor(QueueName.NOTIFICATIONS)
export class NotificationProcessor extends WorkerHost {
  constructor(
    private readonly notifications: NotificationsService,
    @InjectPubSub() private readonly pubSub: RedisPubSub,
  ) {
    super();
  }

  async process(job: Job<Publish>): Promise<void> {
    const rows = await this.notifications.findForDelivery(job.data.organisationId, job.data.notificationIds);
    for (const notification of rows) {
      await this.pubSub.publish(notificationChannel(notification.organisationId, notification.recipientMembershipId), {
        notificationAdded: notification,
      });
    }
  }
}
