import { crossOrganisation, DataScope, TransactionalConnection } from '@crowdcomms/data-access';
import { JobPayload, OrganisationWorkerHost, QueueName, RECOVERABLE_WORKER_OPTIONS } from '@crowdcomms/queue';
import { Processor } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { IsNull } from 'typeorm';
import { EmailAttachments } from './email-attachments';
import { EmailMessage, EmailStatus } from './email-message.entity';
import { MailTransport } from './mail-transport';
import { SecretLinks } from './secret-links';

type SendEmail = JobPayload<QueueName.MAIL, 'send-email'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Sends queued e-mail and empties its stored body. Each message is sent under its
 * row's lock, inside one transaction that also marks it sent: a second delivery of
 * the job (BullMQ delivers at least once, and hands a stalled job to another worker
 * while the first may still be sending) waits for the first and finds it sent; a
 * worker that dies mid-send leaves it unsent, and the next delivery sends it.
 */
@Processor(QueueName.MAIL, RECOVERABLE_WORKER_OPTIONS)
export class MailProcessor extends OrganisationWorkerHost {
  private readonly logger = new Logger(MailProcessor.name);

  constructor(
    private readonly db: TransactionalConnection,
    private readonly transport: MailTransport,
    private readonly links: SecretLinks,
    private readonly attachments: EmailAttachments,
  ) {
    super();
  }

  /** System e-mail (a password reset) belongs to no organisation. */
  protected override scopeOf(job: Job<SendEmail>): DataScope | null {
    return job.data.organisationId === null
      ? crossOrganisation('system e-mail belongs to no organisation')
      : super.scopeOf(job);
  }

  async handle(job: Job<SendEmail>): Promise<void> {
    // The payload is not trusted: the message must belong to the organisation the job names.
    const { organisationId, emailId } = job.data;
    if (!UUID.test(String(emailId)) || (organisationId !== null && !UUID.test(String(organisationId)))) return;
    const scope = organisationId
      ? { organisationId }
      : crossOrganisation('an account e-mail (password reset) belongs to no organisation');
    await this.db.transaction(scope, async () => {
      const repo = this.db.getRepository(EmailMessage);
      const message = await repo.findOne({
        where: { id: emailId, organisationId: organisationId ?? IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!message || message.status === EmailStatus.SENT) return;
      // Rendered now, inside this transaction, from the data as it is when the message leaves.
      const attachment = message.attachment
        ? await this.attachments.render(message.organisationId, message.attachment)
        : null;
      const providerMessageId = await this.transport.send({
        id: message.id,
        to: message.toAddress,
        subject: message.subject,
        // A secret link is rendered only now, into the message that leaves; it is never stored.
        text: message.secretLink ? this.links.render(message.textBody, message.secretLink) : message.textBody,
        attachments: attachment ? [attachment] : [],
      });
      await repo.update(
        { id: message.id, organisationId: message.organisationId ?? IsNull() },
        // Delivered: the body is no longer needed here (the recipient has it).
        { status: EmailStatus.SENT, sentAt: new Date(), providerMessageId, textBody: '', secretLink: null },
      );
    });
    this.logger.log(`sent e-mail ${emailId}`);
  }
}
