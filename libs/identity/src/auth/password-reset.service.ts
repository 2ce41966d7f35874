import { AppConfig } from '@crowdcomms/config';
import { crossOrganisation, TransactionalConnection } from '@crowdcomms/data-access';
import { BadInputError } from '@crowdcomms/errors';
import { hashSecret, MailService, SecretLink, SecretLinks } from '@crowdcomms/notifications';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { IsNull } from 'typeorm';
import { PasswordReset } from '../entities/password-reset.entity';
import { User } from '../entities/user.entity';
import { AuthService } from './auth.service';
import { PasswordService } from './password.service';

/**
 * "Forgotten your password?": an e-mailed, single-use, expiring link. Only the
 * hash of its secret is stored; asking for a link answers the same whether or
 * not the account exists; using it ends every session of the account.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly passwords: PasswordService,
    private readonly auth: AuthService,
    private readonly mail: MailService,
    private readonly links: SecretLinks,
    private readonly config: AppConfig,
  ) {}

  /** E-mails a reset link when the account exists; says nothing either way. */
  async request(email: string): Promise<void> {
    const user = await this.db.getRepository(User).findOneBy({ email });
    if (!user) return;
    const minutes = this.config.get('PASSWORD_RESET_TTL_MINUTES');
    // The secret is derived from the reset's id when the e-mail is sent (SecretLinks); only its hash is stored.
    const id = randomUUID();
    const secretLink: SecretLink = { purpose: 'password-reset', ref: id };
    // People are global: their reset links and e-mail belong to no organisation.
    await this.db.transaction(
      crossOrganisation('a password reset belongs to a person, not an organisation'),
      async () => {
        // One live link per account: asking again replaces the previous one.
        await this.db.manager.update(PasswordReset, { userId: user.id, usedAt: IsNull() }, { usedAt: () => 'now()' });
        await this.db.manager.insert(PasswordReset, {
          id,
          userId: user.id,
          tokenHash: this.links.hash(secretLink),
          expiresAt: new Date(Date.now() + minutes * 60_000),
        });
        // The secret rides in the fragment: browsers never send it to a server, so it stays out of logs.
        const link = `${this.config.get('APP_URL')}/reset-password#token={{token:url}}`;
        await this.mail.queueEmail({
          organisationId: null,
          to: user.email,
          subject: 'Reset your Crowdcomms password',
          text: [
            // A name is people's text: it must not carry placeholders of its own into the template.
            `Hello ${user.displayName.replaceAll('{{', '{ {')},`,
            ``,
            `Someone (we hope you) asked to reset the password of your Crowdcomms account.`,
            `Choose a new password here (the link works once, for ${minutes} minutes):`,
            link,
            ``,
            `If you did not ask, ignore this e-mail: your password stays as it is.`,
          ].join('\n'),
          secretLink,
        });
      },
    );
  }

  /** Sets a new password from a reset link; the link stops working and every session ends. */
  async reset(token: string, newPassword: string): Promise<void> {
    const invalid = new BadInputError('This reset link is not valid any more; ask for a new one', { field: 'token' });
    const reset = await this.db.getRepository(PasswordReset).findOneBy({ tokenHash: hashSecret(token) });
    if (!reset || reset.usedAt || reset.expiresAt <= new Date()) throw invalid;
    const user = await this.db.getRepository(User).findOneByOrFail({ id: reset.userId });
    this.passwords.assertStrong(newPassword, user.email);
    const passwordHash = await this.passwords.hash(newPassword);
    const everywhere = crossOrganisation('a password reset ends the person’s sessions in every organisation');
    await this.db.transaction(everywhere, async () => {
      // Single use, even when the link is opened twice at once: only one use can set used_at.
      const claimed = await this.db.manager.update(
        PasswordReset,
        { id: reset.id, usedAt: IsNull() },
        { usedAt: () => 'now()' },
      );
      if (!claimed.affected) throw invalid;
      await this.db.manager.update(User, { id: user.id }, { passwordHash, passwordChangedAt: () => 'now()' });
      await this.auth.endEverySession(user.id, 'PASSWORD_CHANGED');
    });
  }
}
