import { Module } from '@nestjs/common';
import { EmailAttachments } from './email-attachments';
import { MailProcessor } from './mail.processor';
import { MailService } from './mail.service';
import { MailTransport } from './mail-transport';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationProcessor } from './notification.processor';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { PubSubCloser, pubSubProvider, PUB_SUB } from './pubsub.provider';
import { SecretLinks } from './secret-links';

/** The API's side: queue e-mail and in-app notifications; list them; subscribe to them live. */
@Module({
  providers: [
    MailService,
    SecretLinks,
    NotificationsService,
    NotificationPreferencesService,
    NotificationsResolver,
    pubSubProvider,
    PubSubCloser,
  ],
  exports: [MailService, SecretLinks, NotificationsService, NotificationPreferencesService, PUB_SUB],
})
export class NotificationsModule {}

/**
 * The worker's side: deliver e-mail, publish notifications to live subscribers. It builds on the API's
 * side rather than repeating its providers, so a worker process that also imports NotificationsModule
 * (through the contexts whose jobs notify) has one PubSub and its two Redis connections, not two.
 */
@Module({
  imports: [NotificationsModule],
  providers: [MailTransport, MailProcessor, EmailAttachments, NotificationProcessor],
  exports: [NotificationsModule, EmailAttachments],
})
export class NotificationsWorkerModule {}
