import { Module } from '@nestjs/common';
import { MailProcessor } from './mail.processor';
import { MailService } from './mail.service';
import { MailTransport } from './mail-transport';

/** Producers (API and worker alike): queue e-mail through the outbox. */
@Module({ providers: [MailService], exports: [MailService] })
export class NotificationsModule {}

/** The worker's side: the processors that deliver. */
@Module({ providers: [MailTransport, MailProcessor] })
export class NotificationsWorkerModule {}
