import { AppConfig } from '@crowdcomms/config';
import { Injectable, Logger } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { Transporter } from 'nodemailer';
import { RenderedAttachment } from './email-attachments';

export interface MailEnvelope {
  id: string;
  to: string;
  subject: string;
  text: string;
  attachments?: RenderedAttachment[];
}

/**
 * SMTP when SMTP_URL is set; otherwise each message is written as an .eml file
 * under MAIL_DIR, so development and tests can read what was sent.
 */
@Injectable()
export class MailTransport {
  private readonly logger = new Logger(MailTransport.name);
  private readonly transporter: Transporter;
  private readonly toFiles: boolean;

  constructor(private readonly config: AppConfig) {
    const smtp = config.get('SMTP_URL');
    this.toFiles = !smtp;
    this.transporter = smtp
      ? // Bounded: a message is sent inside a database transaction (MailProcessor), which PostgreSQL
        // ends after DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS; a stuck mail server fails the attempt first.
        nodemailer.createTransport({
          url: smtp,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 10_000,
        })
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  /** Sends one message and returns the provider's id for it. */
  async send(mail: MailEnvelope): Promise<string> {
    const info = (await this.transporter.sendMail({
      from: this.config.get('MAIL_FROM'),
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      attachments: mail.attachments?.map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: a.content,
      })),
      messageId: `<${mail.id}@crowdcomms>`,
    })) as { messageId: string; message?: Buffer };
    if (this.toFiles) {
      const dir = path.resolve(this.config.get('MAIL_DIR'));
      await mkdir(dir, { recursive: true });
      const file = path.join(dir, `${mail.id}.eml`);
      await writeFile(file, info.message ?? '');
      this.logger.log(`mail to file ${file}`);
    }
    return info.messageId;
  }
}
