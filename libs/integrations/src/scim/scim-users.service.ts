import { AppConfig } from '@crowdcomms/config';
import { TransactionalConnection } from '@crowdcomms/data-access';
import { ConflictError, isUniqueViolation } from '@crowdcomms/errors';
import { DirectoryMember, DirectoryMembersService, MembershipStatus } from '@crowdcomms/identity';
import { RequestContext } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { notFound, ScimError } from './scim-error';
import { parseEqualityFilter } from './scim-filter';
import { applyPatch, readPatchRequest } from './scim-patch';
import { LIST_SCHEMA, USER_SCHEMA } from './scim-schemas';
import { ScimUser } from './scim-user.entity';
import { assertUserBody, canonicalUserPath, readUser, userResource, UserState } from './scim-user.mapping';
import { Page } from './scim-page';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FILTERABLE = { username: 'userName', externalid: 'externalId', id: 'id', 'emails.value': 'emails.value' };

/**
 * SCIM Users are the organisation's memberships: userName is the member's e-mail, the name their
 * display name, the enterprise department their department, `active: false` a deactivation (their
 * sessions end at once). DELETE deactivates: erasing a person is the privacy flow, not the directory's.
 */
@Injectable()
export class ScimUsersService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly members: DirectoryMembersService,
    private readonly config: AppConfig,
  ) {}

  get baseUrl(): string {
    return `${this.config.get('APP_URL')}/scim/v2`;
  }

  async list(ctx: RequestContext, filter: string | undefined, page: Page) {
    const equality = parseEqualityFilter(filter, FILTERABLE, USER_SCHEMA);
    let where: { email?: string; ids?: string[] } = {};
    if (equality?.attribute === 'userName' || equality?.attribute === 'emails.value') where = { email: equality.value };
    if (equality?.attribute === 'id') where = { ids: UUID.test(equality.value) ? [equality.value] : [] };
    if (equality?.attribute === 'externalId') {
      const row = await this.db.scoped(ctx, ScimUser).findOneBy({ externalId: equality.value });
      where = { ids: row ? [row.membershipId] : [] };
    }
    const { total, members } = await this.members.list(ctx, where, page.startIndex - 1, page.count);
    const rows = members.length
      ? await this.db.scoped(ctx, ScimUser).findBy({ membershipId: In(members.map((m) => m.id)) })
      : [];
    return {
      schemas: [LIST_SCHEMA],
      totalResults: total,
      startIndex: page.startIndex,
      itemsPerPage: members.length,
      Resources: members.map((m) => this.resource(m, rows.find((r) => r.membershipId === m.id) ?? null)),
    };
  }

  async get(ctx: RequestContext, id: string) {
    const { member, row } = await this.load(ctx, id);
    return this.resource(member, row);
  }

  /** A new member from a User; CONFLICT `uniqueness` when they are already a member (active or not). */
  async create(ctx: RequestContext, body: unknown) {
    assertUserBody(body);
    const state = readUser(body);
    return this.write(ctx, async () => {
      const { member, accountCreated } = await this.members.provision(ctx, {
        email: state.userName,
        displayName: state.displayName,
        department: state.department,
      });
      const users = this.db.scoped(ctx, ScimUser);
      await users.insert({ membershipId: member.id, externalId: state.externalId, accountCreated });
      if (!state.active) await this.members.setActive(ctx, member.id, false);
      return this.get(ctx, member.id);
    });
  }

  /** PUT: the User as the directory now has it. */
  async replace(ctx: RequestContext, id: string, body: unknown) {
    assertUserBody(body);
    const state = readUser(body);
    return this.write(ctx, async () => {
      const { member, row } = await this.load(ctx, id);
      await this.apply(ctx, member, row, state);
      return this.get(ctx, id);
    });
  }

  /** PATCH with the operations Entra ID and Okta send (see `applyPatch`). */
  async patch(ctx: RequestContext, id: string, body: unknown) {
    const operations = readPatchRequest(body);
    return this.write(ctx, async () => {
      const { member, row } = await this.load(ctx, id);
      const before = this.resource(member, row);
      const after = applyPatch(before, operations, canonicalUserPath);
      const state = readUser(after, after.displayName === before.displayName ? 'name' : 'displayName');
      await this.apply(ctx, member, row, state);
      return this.get(ctx, id);
    });
  }

  /** DELETE deactivates the member (ending their sessions); it never erases them. */
  async remove(ctx: RequestContext, id: string): Promise<void> {
    await this.write(ctx, async () => {
      const { member } = await this.load(ctx, id);
      if (member.status === MembershipStatus.ACTIVE) await this.members.setActive(ctx, id, false);
    });
  }

  private async apply(ctx: RequestContext, member: DirectoryMember, row: ScimUser | null, state: UserState) {
    const accountCreated = row?.accountCreated ?? false;
    if (state.userName !== member.email && !accountCreated) {
      throw new ScimError(
        400,
        'This person’s e-mail belongs to their own account, made outside your directory',
        'mutability',
      );
    }
    if (accountCreated && (state.userName !== member.email || state.displayName !== member.displayName)) {
      await this.members.updateAccount(member.userId, state.userName, state.displayName);
    }
    if (state.department !== member.department) await this.members.setDepartment(ctx, member.id, state.department);
    const users = this.db.scoped(ctx, ScimUser);
    if (!row) await users.insert({ membershipId: member.id, externalId: state.externalId, accountCreated: false });
    // Also moves updated_at, the resource's lastModified.
    else await users.update({ membershipId: member.id }, { externalId: state.externalId, updatedAt: new Date() });
    const active = member.status === MembershipStatus.ACTIVE;
    if (state.active !== active) await this.members.setActive(ctx, member.id, state.active);
  }

  private async load(ctx: RequestContext, id: string): Promise<{ member: DirectoryMember; row: ScimUser | null }> {
    const member = UUID.test(id) ? await this.members.get(ctx, id) : null;
    if (!member) throw notFound('User');
    return { member, row: await this.db.scoped(ctx, ScimUser).findOneBy({ membershipId: id }) };
  }

  private resource(member: DirectoryMember, row: ScimUser | null) {
    return userResource(member, row?.externalId ?? null, this.baseUrl, row?.updatedAt);
  }

  /** One transaction per change; what the database refuses becomes the SCIM error a directory understands. */
  private async write<T>(ctx: RequestContext, work: () => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(ctx, work);
    } catch (error) {
      if (isUniqueViolation(error, 'scim_user_organisation_external_idx')) {
        throw new ScimError(409, 'Another user has this externalId', 'uniqueness');
      }
      if (error instanceof ConflictError) {
        const reason = (error.details as { reason?: string } | undefined)?.reason;
        if (reason === 'ALREADY_MEMBER' || reason === 'EMAIL_TAKEN')
          throw new ScimError(409, error.message, 'uniqueness');
        throw new ScimError(409, error.message);
      }
      throw error;
    }
  }
}
