import { OutboxService, QueueName } from '@crowdcomms/queue';
import { TransactionalConnection } from '@crowdcomms/data-access';
import { Injectable } from '@nestjs/common';
import { EmailAttachmentRef } from './email-attachments';
import { EmailMessage } from './email-message.entity';
import { SecretLink } from './secret-links';

export interface OutgoingEmail {
  organisationId: string | null;
  to: string;
  subject: string;
  /** The text; with `secretLink`, a template whose `{{token}}` / `{{token:url}}` are filled at send time. */
  text: string;
  secretLink?: SecretLink;
  /** An attachment the worker renders when it sends (e.g. `{ kind: 'calendar', ref: 'task:<id>' }`). */
  attachment?: EmailAttachmentRef;
}

/** Queues e-mail inside the caller's transaction; the worker sends it. */
@Injectable()
export class MailService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly outbox: OutboxService,
  ) {}

  async queueEmail(email: OutgoingEmail): Promise<EmailMessage> {
    const message = await this.db.manager.save(
      this.db.manager.create(EmailMessage, {
        organisationId: email.organisationId,
        toAddress: email.to,
        subject: email.subject,
        textBody: email.text,
        secretLink: email.secretLink ?? null,
        attachment: email.attachment ?? null,
      }),
    );
    await this.outbox.enqueue({
      queue: QueueName.MAIL,
      name: 'send-email',
      jobId: `email-${message.id}`,
      payload: { organisationId: email.organisationId, emailId: message.id },
      organisationId: email.organisationId,
    });
    return message;
  }
}
