import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { EmailAttachmentRef } from './email-attachments';
import type { SecretLink } from './secret-links';

export enum EmailStatus {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
}

/**
 * The e-mail outbox: the message lives in Postgres, the job carries only its
 * id, so personal data never sits in Redis. A message with a secret link keeps
 * a template and a reference (`secretLink`), never the link; the body is
 * emptied once the message is delivered, and the record itself is deleted
 * after the organisation's e-mail retention period (libs/privacy, retention).
 */
@Entity()
@Index('email_message_organisation_created_idx', ['organisationId', 'createdAt'])
export class EmailMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ length: 254 })
  toAddress: string;

  @Column({ length: 250 })
  subject: string;

  /** The text, or (with `secretLink`) its template; empty once delivered. */
  @Column({ type: 'text' })
  textBody: string;

  @Column({ type: 'jsonb', nullable: true })
  secretLink: SecretLink | null;

  /** What to attach (a calendar event), rendered by the worker at send time; never the file itself. */
  @Column({ type: 'jsonb', nullable: true })
  attachment: EmailAttachmentRef | null;

  @Column({ type: 'varchar', length: 20, default: EmailStatus.QUEUED })
  status: EmailStatus;

  @Column({ type: 'varchar', length: 250, nullable: true })
  providerMessageId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
