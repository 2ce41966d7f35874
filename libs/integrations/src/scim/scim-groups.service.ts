import { AppConfig } from '@crowdcomms/config';
import { GroupsService } from '@crowdcomms/community';
import { TransactionalConnection } from '@crowdcomms/data-access';
import { BadInputError, ConflictError, isUniqueViolation, NotFoundError } from '@crowdcomms/errors';
import { DirectoryMember, DirectoryMembersService } from '@crowdcomms/identity';
import { forOrganisation, RequestContext, Role } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { invalidValue, notFound, ScimError } from './scim-error';
import { parseEqualityFilter } from './scim-filter';
import { ScimGroupMember } from './scim-group-member.entity';
import { ScimGroup } from './scim-group.entity';
import { stillGrantedRoleSql } from './scim-groups.sql';
import { Page } from './scim-page';
import { applyPatch, isObject, PatchOperation, readPatchRequest } from './scim-patch';
import { GROUP_ATTRIBUTES, GROUP_SCHEMA, LIST_SCHEMA } from './scim-schemas';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FILTERABLE = { displayname: 'displayName', externalid: 'externalId', id: 'id' };
/** Roles a directory group may carry; ADMIN stays an admin's own decision. */
export const DIRECTORY_ROLES: readonly Role[] = [Role.COMMS, Role.HR];

interface GroupState {
  displayName: string;
  externalId: string | null;
  memberIds: string[];
}

/** The attribute path spelt as the Group resource does, or null for an unknown attribute. */
function canonicalGroupPath(path: string): string | null {
  const rest = path.toLowerCase().startsWith(`${GROUP_SCHEMA.toLowerCase()}:`)
    ? path.slice(GROUP_SCHEMA.length + 1)
    : path;
  const [, root, tail] = /^([A-Za-z][\w-]*)(.*)$/s.exec(rest) ?? [];
  const attribute = root && GROUP_ATTRIBUTES.find((a) => a.toLowerCase() === root.toLowerCase());
  return attribute ? `${attribute}${tail}` : null;
}

/** Member references as `{ value }` only, so a remove by value matches however the directory decorated them. */
function plainMembers(value: unknown): unknown {
  return Array.isArray(value)
    ? value.map((m: unknown) => (isObject(m) && 'value' in m ? { value: m.value } : m))
    : value;
}

/**
 * `remove members[value eq "id"]` as a remove of that value: removing someone already gone is no error
 * (directories retry, and may remove twice).
 */
function memberRemoval(op: PatchOperation): PatchOperation {
  const match = op.op === 'remove' && op.path ? /^members\[\s*value\s+eq\s+"([^"]*)"\s*\]$/i.exec(op.path) : null;
  return match ? { op: 'remove', path: 'members', value: [{ value: match[1] }] } : op;
}

/**
 * Directory groups. Their members are the organisation's members; what a group does is an admin's
 * mapping: a role (its members hold it while in at least one group mapped to it) or a community group
 * (its members are joined to it, and leave it when they leave the directory group). Unmapped groups are
 * kept and listed and change nothing.
 */
@Injectable()
export class ScimGroupsService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly members: DirectoryMembersService,
    private readonly communityGroups: GroupsService,
    private readonly config: AppConfig,
  ) {}

  get baseUrl(): string {
    return `${this.config.get('APP_URL')}/scim/v2`;
  }

  async list(ctx: RequestContext, filter: string | undefined, page: Page, withMembers: boolean) {
    const equality = parseEqualityFilter(filter, FILTERABLE, GROUP_SCHEMA);
    const groups = this.db.scoped(ctx, ScimGroup);
    if (equality?.attribute === 'id' && !UUID.test(equality.value)) return this.listResponse([], 0, page);
    const where = equality ? { [equality.attribute]: equality.value } : {};
    const total = await groups.countBy(where);
    const found = page.count
      ? await groups.find({
          where,
          order: { createdAt: 'ASC', id: 'ASC' },
          skip: page.startIndex - 1,
          take: page.count,
        })
      : [];
    const members =
      withMembers && found.length
        ? await this.membersOf(
            ctx,
            found.map((g) => g.id),
          )
        : [];
    return this.listResponse(
      found.map((g) => this.resource(g, withMembers ? members.filter((m) => m.groupId === g.id) : null)),
      total,
      page,
    );
  }

  async get(ctx: RequestContext, id: string, withMembers = true) {
    const group = await this.load(ctx, id);
    return this.resource(group, withMembers ? await this.membersOf(ctx, [id]) : null);
  }

  async create(ctx: RequestContext, body: unknown) {
    const state = await this.read(ctx, this.assertBody(body));
    return this.write(ctx, async () => {
      const groups = this.db.scoped(ctx, ScimGroup);
      const group = await groups.save(
        groups.create({
          displayName: state.displayName,
          externalId: state.externalId,
          role: null,
          communityGroupId: null,
        }),
      );
      await this.setMembers(ctx, group, state.memberIds);
      return this.get(ctx, group.id);
    });
  }

  async replace(ctx: RequestContext, id: string, body: unknown) {
    const raw = this.assertBody(body);
    return this.write(ctx, async () => {
      const group = await this.load(ctx, id);
      await this.save(ctx, group, await this.read(ctx, raw));
      return this.get(ctx, id);
    });
  }

  /** PATCH: members add/remove/replace (also `members[value eq "…"]`), displayName, externalId. */
  async patch(ctx: RequestContext, id: string, body: unknown) {
    const operations = readPatchRequest(body)
      .map(memberRemoval)
      .map((op) => ({ ...op, value: plainMembers(op.value) }));
    return this.write(ctx, async () => {
      const group = await this.load(ctx, id);
      const before = this.resource(group, await this.membersOf(ctx, [id]));
      const doc = { ...before, members: before.members!.map((m) => ({ value: m.value })) };
      const after = applyPatch(doc, operations, canonicalGroupPath);
      await this.save(ctx, group, await this.read(ctx, after));
      return this.get(ctx, id);
    });
  }

  /** DELETE: the group goes, and what it granted with it. */
  async remove(ctx: RequestContext, id: string): Promise<void> {
    await this.write(ctx, async () => {
      const group = await this.load(ctx, id);
      await this.setMembers(ctx, group, []);
      await this.db.scoped(ctx, ScimGroup).delete({ id });
    });
  }

  /** The organisation's directory groups, by name, for admins. */
  listForAdmin(ctx: RequestContext): Promise<ScimGroup[]> {
    return this.db.scoped(ctx, ScimGroup).find({ order: { displayName: 'ASC', id: 'ASC' } });
  }

  /**
   * Maps a group to a role (COMMS or HR) and/or a community group, or to nothing; its current members
   * gain what the new mapping gives and lose what only the old one gave. A foreign group is NOT_FOUND.
   */
  async map(
    ctx: RequestContext,
    groupId: string,
    role: Role | null,
    communityGroupId: string | null,
  ): Promise<{ before: ScimGroup; after: ScimGroup }> {
    if (role && !DIRECTORY_ROLES.includes(role)) {
      throw new BadInputError(`A directory group can map to ${DIRECTORY_ROLES.join(' or ')}`, { field: 'role' });
    }
    return this.db.transaction(ctx, async () => {
      const group = await this.db.scoped(ctx, ScimGroup).findOneBy({ id: groupId });
      if (!group) throw new NotFoundError('Directory group');
      if (communityGroupId) {
        await this.communityGroups.get(ctx, communityGroupId).catch((error: unknown) => {
          if (error instanceof NotFoundError) {
            throw new BadInputError('There is no such community group', { field: 'communityGroupId' });
          }
          throw error;
        });
      }
      const before = { ...group };
      const memberIds = (await this.membersOf(ctx, [groupId])).map((m) => m.value);
      const members = await this.memberRecords(ctx, memberIds);
      if (group.role !== role) {
        await this.withdrawRole(ctx, group, members);
        group.role = role;
        await this.grant(ctx, { ...group, communityGroupId: null }, members);
      }
      if (group.communityGroupId !== communityGroupId) {
        await this.leaveCommunity(ctx, group, members);
        group.communityGroupId = communityGroupId;
        await this.grant(ctx, { ...group, role: null }, members);
      }
      await this.db.scoped(ctx, ScimGroup).update({ id: groupId }, { role, communityGroupId });
      return { before, after: group };
    });
  }

  private async save(ctx: RequestContext, group: ScimGroup, state: GroupState) {
    if (state.displayName !== group.displayName || state.externalId !== group.externalId) {
      await this.db
        .scoped(ctx, ScimGroup)
        .update({ id: group.id }, { displayName: state.displayName, externalId: state.externalId });
    } else {
      await this.db.scoped(ctx, ScimGroup).update({ id: group.id }, { updatedAt: new Date() });
    }
    await this.setMembers(ctx, group, state.memberIds);
  }

  /** Sets the group's members to `memberIds`; who joined gains what the group gives, who left loses it. */
  private async setMembers(ctx: RequestContext, group: ScimGroup, memberIds: string[]) {
    const current = (await this.membersOf(ctx, [group.id])).map((m) => m.value);
    const added = memberIds.filter((id) => !current.includes(id));
    const removed = current.filter((id) => !memberIds.includes(id));
    const rows = this.db.scoped(ctx, ScimGroupMember);
    if (added.length) await rows.insert(added.map((membershipId) => ({ groupId: group.id, membershipId })));
    if (removed.length) await rows.delete({ groupId: group.id, membershipId: In(removed) });
    if (added.length) await this.grant(ctx, group, await this.memberRecords(ctx, added));
    if (removed.length) {
      const leaving = await this.memberRecords(ctx, removed);
      await this.withdrawRole(ctx, group, leaving);
      await this.leaveCommunity(ctx, group, leaving);
    }
  }

  private async grant(ctx: RequestContext, group: ScimGroup, members: DirectoryMember[]) {
    for (const member of members) {
      if (group.role) await this.members.grantRole(ctx, member.id, group.role);
      if (group.communityGroupId) {
        await this.communityGroups.join(this.as(ctx, member), group.communityGroupId).catch(ignoreGone);
      }
    }
  }

  /** Members leaving the group lose its role unless another group mapped to that role still has them. */
  private async withdrawRole(ctx: RequestContext, group: ScimGroup, members: DirectoryMember[]) {
    if (!group.role || !members.length) return;
    const kept: { membershipId: string }[] = await this.db.run(
      stillGrantedRoleSql(
        ctx.organisationId,
        group.role,
        group.id,
        members.map((m) => m.id),
      ),
    );
    for (const member of members) {
      if (!kept.some((k) => k.membershipId === member.id)) await this.members.withdrawRole(ctx, member.id, group.role);
    }
  }

  private async leaveCommunity(ctx: RequestContext, group: ScimGroup, members: DirectoryMember[]) {
    if (!group.communityGroupId) return;
    for (const member of members) {
      await this.communityGroups.leave(this.as(ctx, member), group.communityGroupId).catch(ignoreGone);
    }
  }

  /** The member's own context, for the community group they are joined to or leave. */
  private as(ctx: RequestContext, member: DirectoryMember): RequestContext {
    return forOrganisation(ctx.organisationId, {
      roles: member.roles,
      actingAs: { membershipId: member.id, userId: member.userId },
    });
  }

  private async memberRecords(ctx: RequestContext, ids: string[]): Promise<DirectoryMember[]> {
    if (!ids.length) return [];
    return (await this.members.list(ctx, { ids }, 0, ids.length)).members;
  }

  private async membersOf(ctx: RequestContext, groupIds: string[]) {
    const rows = await this.db
      .scoped(ctx, ScimGroupMember)
      .find({ where: { groupId: In(groupIds) }, order: { createdAt: 'ASC', membershipId: 'ASC' } });
    return rows.map((r) => ({ groupId: r.groupId, value: r.membershipId }));
  }

  private assertBody(body: unknown): Record<string, unknown> {
    if (!isObject(body)) throw new ScimError(400, 'The body is a JSON object: a Group resource', 'invalidSyntax');
    if (!Array.isArray(body.schemas) || !body.schemas.includes(GROUP_SCHEMA)) {
      throw new ScimError(400, `A Group names its schema (schemas: ["${GROUP_SCHEMA}"])`, 'invalidSyntax');
    }
    for (const key of Object.keys(body)) if (!canonicalGroupPath(key)) throw invalidValue(`Unknown attribute: ${key}`);
    return body;
  }

  /** Reads a Group resource; every member reference must name a member of the organisation. */
  private async read(ctx: RequestContext, doc: Record<string, unknown>): Promise<GroupState> {
    const ci = (key: string) => Object.entries(doc).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1];
    const displayName = ci('displayName');
    if (typeof displayName !== 'string' || !displayName.trim()) throw invalidValue('displayName is required');
    if (displayName.trim().length > 256) throw invalidValue('displayName can be at most 256 characters');
    const externalId = ci('externalId') ?? null;
    if (externalId !== null && (typeof externalId !== 'string' || externalId.length > 255)) {
      throw invalidValue('externalId must be a string of at most 255 characters');
    }
    const members = ci('members') ?? [];
    if (!Array.isArray(members)) throw invalidValue('members must be a list');
    const ids = [
      ...new Set(
        members.map((m: unknown) => {
          const value = isObject(m) ? m.value : undefined;
          if (typeof value !== 'string') throw invalidValue('Each member is an object with a value (the User id)');
          return value;
        }),
      ),
    ];
    const known = (
      await this.memberRecords(
        ctx,
        ids.filter((id) => UUID.test(id)),
      )
    ).map((m) => m.id);
    const unknown = ids.find((id) => !known.includes(id));
    if (unknown) throw invalidValue(`No user with id ${unknown}`);
    return { displayName: displayName.trim(), externalId: externalId || null, memberIds: ids };
  }

  private async load(ctx: RequestContext, id: string): Promise<ScimGroup> {
    const group = UUID.test(id) ? await this.db.scoped(ctx, ScimGroup).findOneBy({ id }) : null;
    if (!group) throw notFound('Group');
    return group;
  }

  private resource(group: ScimGroup, members: { value: string }[] | null) {
    return {
      schemas: [GROUP_SCHEMA],
      id: group.id,
      ...(group.externalId ? { externalId: group.externalId } : {}),
      displayName: group.displayName,
      ...(members
        ? { members: members.map((m) => ({ value: m.value, $ref: `${this.baseUrl}/Users/${m.value}` })) }
        : {}),
      meta: {
        resourceType: 'Group',
        created: group.createdAt.toISOString(),
        lastModified: group.updatedAt.toISOString(),
        location: `${this.baseUrl}/Groups/${group.id}`,
      },
    };
  }

  private listResponse(resources: unknown[], total: number, page: Page) {
    return {
      schemas: [LIST_SCHEMA],
      totalResults: total,
      startIndex: page.startIndex,
      itemsPerPage: resources.length,
      Resources: resources,
    };
  }

  private async write<T>(ctx: RequestContext, work: () => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(ctx, work);
    } catch (error) {
      if (isUniqueViolation(error, 'scim_group_organisation_name_idx')) {
        throw new ScimError(409, 'Another group has this displayName', 'uniqueness');
      }
      if (isUniqueViolation(error, 'scim_group_organisation_external_idx')) {
        throw new ScimError(409, 'Another group has this externalId', 'uniqueness');
      }
      throw error;
    }
  }
}

/** A community group deleted since it was mapped, or a manager who cannot leave yet: the directory goes on. */
function ignoreGone(error: unknown): void {
  if (error instanceof NotFoundError || error instanceof ConflictError) return;
  throw error;
}
