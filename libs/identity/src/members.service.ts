import { TransactionalConnection } from '@crowdcomms/data-access';
import { ConflictError, ForbiddenError, NotFoundError } from '@crowdcomms/errors';
import { ConnectionShape, paginate } from '@crowdcomms/pagination';
import { hasRole, RequestContext, Role } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuthService } from './auth/auth.service';
import { ChangeRolesInput, MembersArgs, UpdateMemberInput } from './dto/members.types';
import { Membership, MembershipStatus } from './entities/membership.entity';
import { Organisation } from './entities/organisation.entity';
import { User } from './entities/user.entity';

/** Members of the caller's organisation; every query is scoped by `ctx.organisationId`. */
@Injectable()
export class MembersService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly auth: AuthService,
  ) {}

  list(ctx: RequestContext, args: MembersArgs): Promise<ConnectionShape<Membership>> {
    const f = args.filter ?? {};
    // Who has left (or was removed) is the organisation's business, not every colleague's.
    if (f.status === MembershipStatus.DEACTIVATED && !hasRole(ctx, Role.ADMIN)) {
      throw new ForbiddenError('Only admins can list deactivated members');
    }
    const query = this.db
      .getRepository(Membership)
      .createQueryBuilder('m')
      .where('m.organisationId = :org', { org: ctx.organisationId })
      .andWhere('m.status = :status', { status: f.status ?? MembershipStatus.ACTIVE });
    if (f.role) query.andWhere(':role = ANY(m.roles)', { role: f.role });
    if (f.department) query.andWhere('m.department = :department', { department: f.department });
    if (f.grade) query.andWhere('m.grade = :grade', { grade: f.grade });
    if (f.location) query.andWhere('m.location = :location', { location: f.location });
    if (f.search) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM "user" u WHERE u.id = m.user_id
                 AND (u.display_name ILIKE :search OR u.email ILIKE :search))`,
        { search: `%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` },
      );
    }
    return paginate(query, args, {
      column: 'm.createdAt',
      valueOf: (m) => m.createdAt,
      direction: 'ASC',
      idColumn: 'm.id',
      idOf: (m) => m.id,
    });
  }

  /** A member of the caller's organisation, or NOT_FOUND — also for ids of other organisations. */
  async get(ctx: RequestContext, memberId: string): Promise<Membership> {
    const member = await this.db.scoped(ctx, Membership).findOneBy({ id: memberId });
    if (!member) throw new NotFoundError('Member');
    return member;
  }

  async update(ctx: RequestContext, input: UpdateMemberInput): Promise<Membership> {
    const member = await this.get(ctx, input.memberId);
    for (const key of ['department', 'grade', 'location'] as const) {
      if (input[key] !== undefined) member[key] = input[key]?.trim() || null;
    }
    return this.db.getRepository(Membership).save(member);
  }

  async changeRoles(ctx: RequestContext, input: ChangeRolesInput): Promise<Membership> {
    return this.withOrganisationLock(ctx, async () => {
      const member = await this.get(ctx, input.memberId);
      if (member.roles.includes(Role.ADMIN) && !input.roles.includes(Role.ADMIN)) {
        await this.assertAnotherAdmin(ctx, member.id);
      }
      member.roles = input.roles;
      return this.db.manager.save(member);
    });
  }

  /** Deactivation ends the member's sessions in this organisation at once. */
  async deactivate(ctx: RequestContext, memberId: string): Promise<Membership> {
    return this.withOrganisationLock(ctx, async () => {
      const member = await this.get(ctx, memberId);
      if (member.status === MembershipStatus.DEACTIVATED) return member;
      if (member.roles.includes(Role.ADMIN)) await this.assertAnotherAdmin(ctx, member.id);
      member.status = MembershipStatus.DEACTIVATED;
      await this.db.manager.save(member);
      await this.auth.revokeSessions({ organisationId: ctx.organisationId, userId: member.userId }, 'DEACTIVATED');
      return member;
    });
  }

  async reactivate(ctx: RequestContext, memberId: string): Promise<Membership> {
    const member = await this.get(ctx, memberId);
    member.status = MembershipStatus.ACTIVE;
    return this.db.getRepository(Membership).save(member);
  }

  /** Ids of every active member of the caller's organisation (for organisation-wide campaigns). */
  async activeMemberIds(ctx: RequestContext): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM membership WHERE organisation_id = $1 AND status = $2 ORDER BY created_at, id`,
      [ctx.organisationId, MembershipStatus.ACTIVE],
    );
    return rows.map((r) => r.id);
  }

  /** Members of the caller's organisation by id (others' ids are simply absent), for DataLoaders in other contexts. */
  findByIds(ctx: RequestContext, ids: readonly string[]): Promise<Membership[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.db.getRepository(Membership).findBy({ organisationId: ctx.organisationId, id: In([...ids]) });
  }

  /** Members of the caller's organisation whose account e-mail (any case) is one of `emails`, for imports. */
  findByEmails(ctx: RequestContext, emails: readonly string[]): Promise<(Membership & { email: string })[]> {
    if (!emails.length) return Promise.resolve([]);
    return this.db
      .scoped(ctx, Membership)
      .createQueryBuilder('m')
      .innerJoin(User, 'u', 'u.id = m.userId')
      .andWhere('lower(u.email) = ANY(:emails)', { emails: emails.map((e) => e.trim().toLowerCase()) })
      .addSelect('lower(u.email)', 'email')
      .getRawAndEntities()
      .then(({ entities, raw }: { entities: Membership[]; raw: { email: string; m_id: string }[] }) =>
        entities.map((m) => Object.assign(m, { email: raw.find((r) => r.m_id === m.id)!.email })),
      );
  }

  /** Active members now, and members who joined per calendar month since `since` (UTC), for community health. */
  async growth(
    ctx: RequestContext,
    since: Date,
  ): Promise<{ activeMembers: number; joinedPerMonth: { month: string; joined: number }[] }> {
    const [{ active }]: { active: number }[] = await this.db.query(
      `SELECT count(*)::int AS active FROM membership WHERE organisation_id = $1 AND status = $2`,
      [ctx.organisationId, MembershipStatus.ACTIVE],
    );
    const rows: { month: string; joined: number }[] = await this.db.query(
      `SELECT to_char(date_trunc('month', created_at AT TIME ZONE 'UTC'), 'YYYY-MM') AS month, count(*)::int AS joined
         FROM membership WHERE organisation_id = $1 AND created_at >= $2 GROUP BY 1 ORDER BY 1`,
      [ctx.organisationId, since],
    );
    return { activeMembers: active, joinedPerMonth: rows };
  }

  /** Users by id, for the per-request DataLoader. */
  /**
   * Of `ids`, the members still active in the organisation, each row held until the caller's
   * transaction ends (FOR KEY SHARE: it blocks deleting the row, not updating it). A job writing
   * about them waits for an erasure already under way, then finds them gone; an erasure that
   * starts later waits for the job's writes, then erases them too. Call inside a transaction.
   */
  async holdActive(ctx: RequestContext, ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const held = await this.db.scoped(ctx, Membership).find({
      select: { id: true },
      where: { id: In([...ids]), status: MembershipStatus.ACTIVE },
      order: { id: 'ASC' },
      lock: { mode: 'for_key_share' },
    });
    return new Set(held.map((m) => m.id));
  }

  usersByIds(ids: readonly string[]): Promise<User[]> {
    return this.db.getRepository(User).findBy({ id: In([...ids]) });
  }

  /** Serialises admin changes per organisation so two admins cannot demote each other at once. */
  private withOrganisationLock<T>(ctx: RequestContext, work: () => Promise<T>): Promise<T> {
    return this.db.transaction(ctx, async () => {
      await this.db.manager
        .createQueryBuilder(Organisation, 'o')
        .setLock('pessimistic_write')
        .where('o.id = :id', { id: ctx.organisationId })
        .getOne();
      return work();
    });
  }

  /**
   * Refuses, with reason `LAST_ADMIN`, when `memberId` is an active admin and no other active admin
   * remains: erasing them would leave the organisation without one. Call inside a transaction.
   */
  async assertNotOnlyAdmin(ctx: RequestContext, memberId: string, message: string): Promise<void> {
    const member = await this.db.scoped(ctx, Membership).findOneBy({ id: memberId });
    if (!member || member.status !== MembershipStatus.ACTIVE || !member.roles.includes(Role.ADMIN)) return;
    try {
      await this.assertAnotherAdmin(ctx, memberId);
    } catch {
      throw new ConflictError(message, { reason: 'LAST_ADMIN' });
    }
  }

  private async assertAnotherAdmin(ctx: RequestContext, exceptMemberId: string): Promise<void> {
    const others = await this.db.manager
      .createQueryBuilder(Membership, 'm')
      .where('m.organisationId = :org AND m.status = :active AND :admin = ANY(m.roles) AND m.id <> :id', {
        org: ctx.organisationId,
        active: MembershipStatus.ACTIVE,
        admin: Role.ADMIN,
        id: exceptMemberId,
      })
      .getCount();
    if (!others) throw new ConflictError('An organisation needs at least one active admin');
  }
}
