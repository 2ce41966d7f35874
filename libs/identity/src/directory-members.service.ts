import { TransactionalConnection } from '@crowdcomms/data-access';
import { ConflictError } from '@crowdcomms/errors';
import { RequestContext, Role } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { PasswordService } from './auth/password.service';
import { MembershipStatus } from './entities/membership.entity';
import { MembersService } from './members.service';
import {
  accountByEmailSql,
  countDirectoryMembersSql,
  DirectoryMemberFilter,
  directoryMembersSql,
  grantRoleSql,
  insertAccountSql,
  insertDirectoryMembershipSql,
  setDepartmentSql,
  updateAccountSql,
  withdrawRoleSql,
} from './directory-members.sql';

/** A member as an organisation's directory (SCIM) sees and changes them. */
export interface DirectoryMember {
  id: string;
  userId: string;
  email: string;
  displayName: string;
  status: MembershipStatus;
  department: string | null;
  roles: Role[];
  createdAt: Date;
}

export type { DirectoryMemberFilter };

/**
 * Members as the organisation's own directory provisions them: listed with their account's e-mail and
 * name, created without a password, their department and directory-granted roles set, deactivated and
 * reactivated the way an admin does it (deactivation ends their sessions at once).
 */
@Injectable()
export class DirectoryMembersService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly members: MembersService,
    private readonly passwords: PasswordService,
  ) {}

  async list(
    ctx: Pick<RequestContext, 'organisationId'>,
    filter: DirectoryMemberFilter,
    offset: number,
    limit: number,
  ): Promise<{ total: number; members: DirectoryMember[] }> {
    const [{ n }]: { n: number }[] = await this.db.run(countDirectoryMembersSql(ctx.organisationId, filter));
    const members: DirectoryMember[] = limit
      ? await this.db.run(directoryMembersSql(ctx.organisationId, filter, offset, limit))
      : [];
    return { total: n, members };
  }

  /** A member of the organisation, or null (also for another organisation's id). */
  async get(ctx: Pick<RequestContext, 'organisationId'>, id: string): Promise<DirectoryMember | null> {
    const [member]: DirectoryMember[] = await this.db.run(directoryMembersSql(ctx.organisationId, { ids: [id] }, 0, 1));
    return member ?? null;
  }

  /**
   * A new member (role MEMBER) for `email`: an existing account joins; otherwise an account is made with
   * no password anyone knows (`accountCreated`). CONFLICT (reason ALREADY_MEMBER) when they already have
   * a membership here, active or not. Call inside the organisation's transaction.
   */
  async provision(
    ctx: Pick<RequestContext, 'organisationId'>,
    input: { email: string; displayName: string; department: string | null },
  ): Promise<{ member: DirectoryMember; accountCreated: boolean }> {
    const email = input.email.trim().toLowerCase();
    let [account]: { id: string }[] = await this.db.run(accountByEmailSql(email));
    let accountCreated = false;
    if (!account) {
      const unusable = await this.passwords.hash(randomBytes(32).toString('base64url'));
      [account] = await this.db.run(insertAccountSql(email, input.displayName, unusable));
      accountCreated = Boolean(account);
      // Someone else made the account a moment ago: join that one.
      if (!account) [account] = await this.db.run(accountByEmailSql(email));
    }
    const [created]: { id: string }[] = await this.db.run(
      insertDirectoryMembershipSql(ctx.organisationId, account.id, input.department),
    );
    if (!created) throw new ConflictError('This person is already a member', { reason: 'ALREADY_MEMBER' });
    return { member: (await this.get(ctx, created.id))!, accountCreated };
  }

  /** Sets the department (free text, as an admin would). */
  async setDepartment(ctx: Pick<RequestContext, 'organisationId'>, id: string, department: string | null) {
    await this.db.run(setDepartmentSql(ctx.organisationId, id, department));
  }

  /**
   * Renames the account and changes its e-mail: only for an account the directory made.
   * CONFLICT (reason EMAIL_TAKEN) when another account has the e-mail.
   */
  async updateAccount(userId: string, email: string, displayName: string): Promise<void> {
    const [other]: { id: string }[] = await this.db.run(accountByEmailSql(email.toLowerCase()));
    if (other && other.id !== userId)
      throw new ConflictError('Another account has this e-mail', { reason: 'EMAIL_TAKEN' });
    await this.db.run(updateAccountSql(userId, email.toLowerCase(), displayName));
  }

  /** Active or deactivated, as the directory says; deactivating ends their sessions at once. */
  async setActive(ctx: RequestContext, id: string, active: boolean): Promise<void> {
    if (active) await this.members.reactivate(ctx, id);
    else await this.members.deactivate(ctx, id);
  }

  /** Gives a role (never ADMIN: that stays an admin's decision) the member lacks. */
  async grantRole(ctx: Pick<RequestContext, 'organisationId'>, id: string, role: Role): Promise<void> {
    if (role === Role.ADMIN) throw new Error('ADMIN is never granted by a directory');
    await this.db.run(grantRoleSql(ctx.organisationId, id, role));
  }

  /** Takes a role (never ADMIN) the member holds. */
  async withdrawRole(ctx: Pick<RequestContext, 'organisationId'>, id: string, role: Role): Promise<void> {
    if (role === Role.ADMIN) throw new Error('ADMIN is never withdrawn by a directory');
    await this.db.run(withdrawRoleSql(ctx.organisationId, id, role));
  }
}
