import { TransactionalConnection } from '@crowdcomms/data-access';
import { ConflictError, ForbiddenError, isUniqueViolation, NotFoundError } from '@crowdcomms/errors';
import { MembersService } from '@crowdcomms/identity';
import { NotificationsService } from '@crowdcomms/notifications';
import { ConnectionShape, PageArgs, paginate } from '@crowdcomms/pagination';
import { hasRole, RequestContext, Role } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { CommunityMembersService } from './community-members.service';
import { GroupMemberStatus, GroupPrivacy, GroupRole } from './community.enums';
import { CreateGroupInput, GroupMembersArgs } from './dto/topics-groups.types';
import { CommunityGroup } from './entities/community-group.entity';
import { GroupMember } from './entities/group-member.entity';

/** Groups: open ones anyone joins, private ones joined on request and approved by a group this.db.manager. */
@Injectable()
export class GroupsService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly members: MembersService,
    private readonly communityMembers: CommunityMembersService,
    private readonly notifications: NotificationsService,
  ) {}

  async create(ctx: RequestContext, input: CreateGroupInput): Promise<CommunityGroup> {
    try {
      return await this.db.transaction(ctx, async () => {
        await this.communityMembers.ensure(ctx);
        const group = await this.db.manager.save(
          this.db.manager.create(CommunityGroup, {
            organisationId: ctx.organisationId,
            name: input.name.trim(),
            description: input.description?.trim() || null,
            privacy: input.privacy,
            createdByMembershipId: ctx.membershipId,
          }),
        );
        await this.db.manager.insert(GroupMember, {
          organisationId: ctx.organisationId,
          groupId: group.id,
          membershipId: ctx.membershipId,
          role: GroupRole.MANAGER,
          status: GroupMemberStatus.ACTIVE,
        });
        return group;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'community_group_organisation_name_key')) {
        throw new ConflictError('A group with this name already exists');
      }
      throw error;
    }
  }

  /** Any group of the organisation: private ones are listed (so people can ask to join), their posts are not. */
  async get(ctx: RequestContext, groupId: string): Promise<CommunityGroup> {
    const group = await this.db.manager.findOneBy(CommunityGroup, { organisationId: ctx.organisationId, id: groupId });
    if (!group) throw new NotFoundError('Group');
    return group;
  }

  list(ctx: RequestContext, args: PageArgs): Promise<ConnectionShape<CommunityGroup>> {
    const query = this.db
      .getRepository(CommunityGroup)
      .createQueryBuilder('g')
      .where('g.organisationId = :org', { org: ctx.organisationId });
    return paginate(query, args, {
      column: 'g.createdAt',
      valueOf: (g) => g.createdAt,
      direction: 'ASC',
      idColumn: 'g.id',
      idOf: (g) => g.id,
    });
  }

  /** The caller's membership (or request) of each group, for the DataLoader. */
  async myMemberships(ctx: RequestContext, groupIds: readonly string[]): Promise<(GroupMember | null)[]> {
    const rows = await this.db.getRepository(GroupMember).findBy({
      organisationId: ctx.organisationId,
      membershipId: ctx.membershipId,
      groupId: In([...groupIds]),
    });
    return groupIds.map((id) => rows.find((r) => r.groupId === id) ?? null);
  }

  async memberCounts(ctx: RequestContext, groupIds: readonly string[]): Promise<number[]> {
    const rows: { group_id: string; count: number }[] = await this.db.query(
      `SELECT group_id, count(*)::int AS count FROM group_member
        WHERE organisation_id = $1 AND group_id = ANY($2::uuid[]) AND status = $3 GROUP BY group_id`,
      [ctx.organisationId, groupIds, GroupMemberStatus.ACTIVE],
    );
    return groupIds.map((id) => rows.find((r) => r.group_id === id)?.count ?? 0);
  }

  /** Joins an open group at once, or asks to join a private one; asking twice changes nothing. */
  async join(ctx: RequestContext, groupId: string): Promise<GroupMember> {
    return this.db.transaction(ctx, async () => {
      const group = await this.get(ctx, groupId);
      await this.communityMembers.ensure(ctx);
      const where = { organisationId: ctx.organisationId, groupId, membershipId: ctx.membershipId };
      const existing = await this.db.manager.findOneBy(GroupMember, where);
      if (existing) return existing;
      const status = group.privacy === GroupPrivacy.OPEN ? GroupMemberStatus.ACTIVE : GroupMemberStatus.PENDING;
      await this.db.manager
        .createQueryBuilder()
        .insert()
        .into(GroupMember)
        .values({ ...where, status })
        .orIgnore()
        .execute();
      const row = await this.db.manager.findOneByOrFail(GroupMember, where);
      if (status === GroupMemberStatus.PENDING) {
        const managers = await this.db.manager.findBy(GroupMember, {
          organisationId: ctx.organisationId,
          groupId,
          role: GroupRole.MANAGER,
          status: GroupMemberStatus.ACTIVE,
        });
        const [user] = await this.members.usersByIds([ctx.userId]);
        await this.notifications.notify({
          organisationId: ctx.organisationId,
          recipientMembershipIds: managers.map((m) => m.membershipId),
          kind: 'COMMUNITY_GROUP_REQUEST',
          title: `${user?.displayName ?? 'Someone'} asks to join ${group.name}`,
          body: 'Approve or decline the request on the group page.',
          data: { groupId },
          groupKey: `community-group-requests:${groupId}`,
        });
      }
      return row;
    });
  }

  async leave(ctx: RequestContext, groupId: string): Promise<boolean> {
    return this.db.transaction(ctx, async () => {
      await this.get(ctx, groupId);
      const mine = await this.db.manager.findOneBy(GroupMember, {
        organisationId: ctx.organisationId,
        groupId,
        membershipId: ctx.membershipId,
      });
      if (!mine) return false;
      if (mine.role === GroupRole.MANAGER && mine.status === GroupMemberStatus.ACTIVE) {
        const others = await this.db.manager.countBy(GroupMember, {
          organisationId: ctx.organisationId,
          groupId,
          role: GroupRole.MANAGER,
          status: GroupMemberStatus.ACTIVE,
        });
        const members = await this.db.manager.countBy(GroupMember, { organisationId: ctx.organisationId, groupId });
        if (others === 1 && members > 1) throw new ConflictError('Appoint another manager before you leave the group');
      }
      await this.db.manager.delete(GroupMember, { organisationId: ctx.organisationId, id: mine.id });
      return true;
    });
  }

  /** Group managers (and admins) approve a request to join. */
  async approve(ctx: RequestContext, groupId: string, memberId: string): Promise<GroupMember> {
    return this.db.transaction(ctx, async () => {
      const group = await this.assertGroupManager(ctx, groupId);
      const request = await this.db.manager.findOneBy(GroupMember, {
        organisationId: ctx.organisationId,
        groupId,
        membershipId: memberId,
      });
      if (!request) throw new NotFoundError('Join request');
      if (request.status === GroupMemberStatus.ACTIVE) return request;
      request.status = GroupMemberStatus.ACTIVE;
      await this.db.manager.save(request);
      await this.notifications.notify({
        organisationId: ctx.organisationId,
        recipientMembershipIds: [memberId],
        kind: 'COMMUNITY_GROUP_APPROVED',
        title: `You joined ${group.name}`,
        body: 'Your request to join was approved.',
        data: { groupId },
      });
      return request;
    });
  }

  async decline(ctx: RequestContext, groupId: string, memberId: string): Promise<boolean> {
    return this.db.transaction(ctx, async () => {
      await this.assertGroupManager(ctx, groupId);
      const result = await this.db.manager.delete(GroupMember, {
        organisationId: ctx.organisationId,
        groupId,
        membershipId: memberId,
        status: GroupMemberStatus.PENDING,
      });
      if (!result.affected) throw new NotFoundError('Join request');
      return true;
    });
  }

  async setRole(ctx: RequestContext, groupId: string, memberId: string, role: GroupRole): Promise<GroupMember> {
    return this.db.transaction(ctx, async () => {
      await this.assertGroupManager(ctx, groupId);
      const row = await this.db.manager.findOneBy(GroupMember, {
        organisationId: ctx.organisationId,
        groupId,
        membershipId: memberId,
        status: GroupMemberStatus.ACTIVE,
      });
      if (!row) throw new NotFoundError('Group member');
      if (row.role === GroupRole.MANAGER && role !== GroupRole.MANAGER) {
        // The managers' rows are locked so two managers stepping down at once cannot leave none.
        const managers = await this.db
          .scoped(ctx, GroupMember)
          .createQueryBuilder('gm')
          .setLock('pessimistic_write')
          .andWhere('gm.groupId = :groupId AND gm.role = :manager AND gm.status = :active', {
            groupId,
            manager: GroupRole.MANAGER,
            active: GroupMemberStatus.ACTIVE,
          })
          .getMany();
        if (managers.length <= 1) {
          throw new ConflictError('A group needs a manager: make someone else a manager first', {
            reason: 'LAST_MANAGER',
          });
        }
      }
      row.role = role;
      return this.db.manager.save(row);
    });
  }

  /**
   * Members of a group. Private groups show them to members only; join
   * requests are for the group's managers.
   */
  async listMembers(ctx: RequestContext, args: GroupMembersArgs): Promise<ConnectionShape<GroupMember>> {
    const group = await this.get(ctx, args.groupId);
    if (args.status === GroupMemberStatus.PENDING) {
      await this.assertGroupManager(ctx, group.id);
    } else if (group.privacy === GroupPrivacy.PRIVATE && !(await this.isActiveMember(ctx, group.id))) {
      if (!hasRole(ctx, Role.ADMIN)) throw new ForbiddenError('Only members see who is in a private group');
    }
    const query = this.db
      .getRepository(GroupMember)
      .createQueryBuilder('gm')
      .where('gm.organisationId = :org AND gm.groupId = :groupId AND gm.status = :status', {
        org: ctx.organisationId,
        groupId: group.id,
        status: args.status,
      });
    return paginate(query, args, {
      column: 'gm.createdAt',
      valueOf: (m) => m.createdAt,
      direction: 'ASC',
      idColumn: 'gm.id',
      idOf: (m) => m.id,
    });
  }

  /**
   * The active members of each of `groupIds` that exists in the caller's organisation (missing and foreign
   * ids are simply absent). A read model for other contexts, e.g. campaigns run for chosen groups.
   */
  async activeMemberIdsByGroup(
    ctx: RequestContext,
    groupIds: readonly string[],
  ): Promise<{ groupId: string; memberIds: string[] }[]> {
    if (!groupIds.length) return [];
    return this.db.query(
      `SELECT g.id AS "groupId",
              COALESCE(array_agg(gm.membership_id::text ORDER BY gm.membership_id)
                       FILTER (WHERE gm.membership_id IS NOT NULL), '{}'::text[]) AS "memberIds"
         FROM community_group g
         LEFT JOIN group_member gm ON gm.organisation_id = g.organisation_id AND gm.group_id = g.id AND gm.status = $3
        WHERE g.organisation_id = $1 AND g.id = ANY($2::uuid[])
        GROUP BY g.id`,
      [ctx.organisationId, [...groupIds], GroupMemberStatus.ACTIVE],
    );
  }

  isActiveMember(ctx: RequestContext, groupId: string): Promise<boolean> {
    return this.db.getRepository(GroupMember).existsBy({
      organisationId: ctx.organisationId,
      groupId,
      membershipId: ctx.membershipId,
      status: GroupMemberStatus.ACTIVE,
    });
  }

  private async assertGroupManager(ctx: RequestContext, groupId: string): Promise<CommunityGroup> {
    const group = await this.get(ctx, groupId);
    if (hasRole(ctx, Role.ADMIN)) return group;
    const isManager = await this.db.manager.existsBy(GroupMember, {
      organisationId: ctx.organisationId,
      groupId,
      membershipId: ctx.membershipId,
      role: GroupRole.MANAGER,
      status: GroupMemberStatus.ACTIVE,
    });
    if (!isManager) throw new ForbiddenError('Only the group’s managers can do this');
    return group;
  }
}
