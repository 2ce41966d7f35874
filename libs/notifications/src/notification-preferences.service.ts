import { TransactionalConnection } from '@crowdcomms/data-access';
import { RequestContext } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { NotificationPreference } from './notification-preference.entity';

/** The kinds of e-mail a member can turn off, each a column of {@link NotificationPreference}. */
export type EmailKind = 'emailAmbassadorCalls';

/** Each member's choices about e-mail; a member without a row has the defaults (every kind on). */
@Injectable()
export class NotificationPreferencesService {
  constructor(private readonly db: TransactionalConnection) {}

  /** The caller's settings (the defaults until they change one). */
  async mine(ctx: RequestContext): Promise<NotificationPreference> {
    const repo = this.db.scoped(ctx, NotificationPreference);
    return (
      (await repo.findOneBy({ membershipId: ctx.membershipId })) ??
      repo.create({ membershipId: ctx.membershipId, emailAmbassadorCalls: true, updatedAt: new Date() })
    );
  }

  /** Changes the caller's settings; fields left out keep their value. */
  async update(ctx: RequestContext, changes: Partial<Record<EmailKind, boolean>>): Promise<NotificationPreference> {
    const current = await this.mine(ctx);
    return this.db.scoped(ctx, NotificationPreference).save({ ...current, ...changes });
  }

  /** Of `membershipIds`, those who allow e-mail of `kind` (no row: the default, yes). */
  async allowingEmail(ctx: RequestContext, membershipIds: readonly string[], kind: EmailKind): Promise<string[]> {
    if (!membershipIds.length) return [];
    const declined = await this.db
      .scoped(ctx, NotificationPreference)
      .findBy({ membershipId: In([...membershipIds]), [kind]: false });
    const no = new Set(declined.map((p) => p.membershipId));
    return membershipIds.filter((id) => !no.has(id));
  }
}
