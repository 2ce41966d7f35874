import { Module } from '@nestjs/common';
import { MailProcessor } from './mail.processor';
import { MailService } from './mail.service';
import { MailTransport } from './mail-transport';
import { NotificationProcessor } from './notification.processor';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { PubSubCloser, pubSubProvider, PUB_SUB } from './pubsub.provider';

/** The API's side: queue e-mail and in-app notifications; list them; subscribe to them live. */
@Module({
  providers: [MailService, NotificationsService, NotificationsResolver, pubSubProvider, PubSubCloser],
  exports: [MailService, NotificationsService, PUB_SUB],
})
export class NotificationsModule {}

/** The worker's side: deliver e-mail and publish notifications to live subscribers. */
@Module({
  providers: [
    MailService,
    MailTransport,
    MailProcessor,
    NotificationsService,
    NotificationProcessor,
    pubSubProvider,
    PubSubCloser,
  ],
  exports: [MailService, NotificationsService],
})
export class NotificationsWorkerModule {}
