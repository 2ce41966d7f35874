import { TransactionalConnection } from '@crowdcomms/data-access';
import { MembersService } from '@crowdcomms/identity';
import { ConnectionShape, paginate } from '@crowdcomms/pagination';
import { RequestContext } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { toCsv } from '@crowdcomms/csv';
import { AuditLogArgs, AuditLogFilter } from './dto/audit.types';
import { ProfileAuditAction, ProfileAuditEvent } from './entities/profile-audit-event.entity';
import { recordSearchSql } from './profile-audit.sql';
import { PageArgs } from '@crowdcomms/pagination';

/** The CSV downloads that contain people, each recorded as an EXPORT event with its kind. */
export type ExportKind = 'AUDIT_LOG' | 'SKILLS_GAP' | 'CAMPAIGN_REPORT' | 'SURVEY_RESULTS';

/** An export is a file someone downloads: bounded so one click cannot pull the whole history of a large tenant. */
export const AUDIT_EXPORT_LIMIT = 50_000;

/**
 * The privacy audit trail of profiles: every people search, every view of
 * someone else's profile, every export of the log. Append-only; members read
 * who viewed them, admins read and export everything of their organisation.
 */
@Injectable()
export class ProfileAuditService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly members: MembersService,
  ) {}

  /** Appends one event by the caller. */
  async record(
    ctx: RequestContext,
    action: ProfileAuditAction,
    subjectMembershipId: string | null,
    query: Record<string, unknown> | null,
  ): Promise<void> {
    await this.db.manager.save(
      this.db.manager.create(ProfileAuditEvent, {
        organisationId: ctx.organisationId,
        actorMembershipId: ctx.membershipId,
        action,
        subjectMembershipId,
        query,
      }),
    );
  }

  /** A CSV download that contains people: what was exported, by whom, when. */
  recordExport(ctx: RequestContext, kind: ExportKind, details: Record<string, unknown> = {}): Promise<void> {
    return this.record(ctx, ProfileAuditAction.EXPORT, null, { export: kind, ...details });
  }

  /** An admin's change to an organisation setting: which, what it was and what it became. */
  recordSettingChange(ctx: RequestContext, setting: string, from: unknown, to: unknown): Promise<void> {
    return this.record(ctx, ProfileAuditAction.SETTING, null, { setting, from, to });
  }

  /** A people search by the caller, and the members it showed them (see recordSearchSql). */
  async recordSearch(
    ctx: RequestContext,
    search: Record<string, unknown>,
    foundMembershipIds: readonly string[],
  ): Promise<void> {
    await this.db.run(recordSearchSql(ctx.organisationId, ctx.membershipId, foundMembershipIds, search));
  }

  /** Who opened the caller's profile, and whose searches found it, newest first. */
  viewers(ctx: RequestContext, args: PageArgs): Promise<ConnectionShape<ProfileAuditEvent>> {
    const query = this.db
      .getRepository(ProfileAuditEvent)
      .createQueryBuilder('e')
      .where('e.organisationId = :org AND e.subjectMembershipId = :me AND e.action IN (:...seen)', {
        org: ctx.organisationId,
        me: ctx.membershipId,
        seen: [ProfileAuditAction.VIEW, ProfileAuditAction.FOUND],
      });
    return paginate(query, args, this.newestFirst);
  }

  /** The organisation's audit log, newest first (admins). */
  log(ctx: RequestContext, args: AuditLogArgs): Promise<ConnectionShape<ProfileAuditEvent>> {
    return paginate(this.filtered(ctx, args.filter ?? {}), args, this.newestFirst);
  }

  /**
   * The log as CSV (newest first, at most AUDIT_EXPORT_LIMIT rows), with names
   * resolved; the export itself is recorded.
   */
  async exportCsv(ctx: RequestContext, filter: AuditLogFilter = {}): Promise<string> {
    const events = await this.filtered(ctx, filter)
      .orderBy('e.createdAt', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .take(AUDIT_EXPORT_LIMIT)
      .getMany();
    const names = await this.memberNames(
      ctx,
      events.flatMap((e) => [e.actorMembershipId, e.subjectMembershipId ?? '']).filter(Boolean),
    );
    const csv = toCsv(
      ['when', 'action', 'actor_member_id', 'actor_name', 'subject_member_id', 'subject_name', 'query'],
      events.map((e) => [
        e.createdAt,
        e.action,
        e.actorMembershipId,
        names.get(e.actorMembershipId) ?? '',
        e.subjectMembershipId,
        e.subjectMembershipId ? (names.get(e.subjectMembershipId) ?? '') : '',
        e.query,
      ]),
    );
    await this.recordExport(ctx, 'AUDIT_LOG', { filter: JSON.parse(JSON.stringify(filter)) as object });
    return csv;
  }

  /** Display names of members of the caller's organisation, by membership id. */
  async memberNames(ctx: RequestContext, membershipIds: readonly string[]): Promise<Map<string, string>> {
    const memberships = await this.members.findByIds(ctx, [...new Set(membershipIds)]);
    const users = await this.members.usersByIds([...new Set(memberships.map((m) => m.userId))]);
    const userName = new Map(users.map((u) => [u.id, u.displayName]));
    return new Map(memberships.map((m) => [m.id, userName.get(m.userId) ?? '']));
  }

  private readonly newestFirst = {
    column: 'e.createdAt',
    valueOf: (e: ProfileAuditEvent) => e.createdAt,
    direction: 'DESC' as const,
    idColumn: 'e.id',
    idOf: (e: ProfileAuditEvent) => e.id,
  };

  private filtered(ctx: RequestContext, f: AuditLogFilter) {
    const query = this.db
      .getRepository(ProfileAuditEvent)
      .createQueryBuilder('e')
      .where('e.organisationId = :org', { org: ctx.organisationId });
    if (f.action) query.andWhere('e.action = :action', { action: f.action });
    if (f.actorMemberId) query.andWhere('e.actorMembershipId = :actor', { actor: f.actorMemberId });
    if (f.subjectMemberId) query.andWhere('e.subjectMembershipId = :subject', { subject: f.subjectMemberId });
    if (f.from) query.andWhere('e.createdAt >= :from', { from: f.from });
    if (f.to) query.andWhere('e.createdAt < :to', { to: f.to });
    return query;
  }
}
