import { TransactionalConnection } from '@crowdcomms/data-access';
import { BadInputError, ConflictError, NotFoundError } from '@crowdcomms/errors';
import { MembershipStatus, MembersService } from '@crowdcomms/identity';
import { AppConfig } from '@crowdcomms/config';
import { MailService, NotificationPreferencesService, NotificationsService } from '@crowdcomms/notifications';
import { ConnectionShape, paginate } from '@crowdcomms/pagination';
import { ProfilesService } from '@crowdcomms/profiles';
import { AnnouncementEvent, announcementJob, OutboxService } from '@crowdcomms/queue';
import { hasRole, RequestContext, Role } from '@crowdcomms/request-context';
import { SkillsService } from '@crowdcomms/skills';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { AmbassadorCallsArgs, CreateAmbassadorCallInput, UpdateAmbassadorCallInput } from './dto/calls.types';
import { AmbassadorCall, AmbassadorCallStatus } from './entities/ambassador-call.entity';

const { DRAFT, OPEN, CLOSED } = AmbassadorCallStatus;

/** Comms and admins run the programme; everyone else sees open calls only. */
export const runsProgramme = (ctx: RequestContext) => hasRole(ctx, Role.COMMS, Role.ADMIN);

/** The e-mail a targeted member receives when a call is published (the pitch, and the link to answer it). */
function callEmailText(call: AmbassadorCall, link: string): string {
  const pitch = call.pitch.length > 1200 ? `${call.pitch.slice(0, 1200).trimEnd()}…` : call.pitch;
  return [
    `Hello,`,
    ``,
    `The comms team has published a call for digital ambassadors that is looking for skills you have told us about:`,
    ``,
    call.title,
    ``,
    pitch,
    ``,
    `Read it and sign up here (sign in with your work account):`,
    link,
    ``,
    `You receive this because your notification settings allow e-mail about new calls; you can turn it off under Notifications in Crowdcomms.`,
  ].join('\n');
}

function assertDateOrder(opensAt: Date | null | undefined, closesAt: Date | null | undefined): void {
  if (opensAt && closesAt && opensAt.getTime() >= closesAt.getTime()) {
    throw new BadInputError('closesAt must be after opensAt', { argument: 'closesAt' });
  }
}

/**
 * Ambassador calls: comms draft, open and close them; opening one tells the
 * members whose declared skills (or, with their consent, interests) match.
 */
@Injectable()
export class CallsService implements OnModuleInit {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly skills: SkillsService,
    private readonly profiles: ProfilesService,
    private readonly members: MembersService,
    private readonly notifications: NotificationsService,
    private readonly preferences: NotificationPreferencesService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly outbox: OutboxService,
  ) {}

  onModuleInit(): void {
    // A merged duplicate skill is replaced by the survivor in every call seeking it.
    this.skills.onMerge(async (ctx, { sourceId, targetId }) => {
      await this.db.manager.query(
        `UPDATE ambassador_call
            SET skill_ids = ARRAY(SELECT DISTINCT unnest(array_replace(skill_ids, $2::uuid, $3::uuid)))
          WHERE organisation_id = $1 AND $2::uuid = ANY(skill_ids)`,
        [ctx.organisationId, sourceId, targetId],
      );
    });
  }

  async create(ctx: RequestContext, input: CreateAmbassadorCallInput): Promise<AmbassadorCall> {
    assertDateOrder(input.opensAt, input.closesAt);
    const skillIds = await this.liveSkillIds(ctx, input.skillIds ?? []);
    const repo = this.db.getRepository(AmbassadorCall);
    return repo.save(
      repo.create({
        organisationId: ctx.organisationId,
        title: input.title,
        pitch: input.pitch,
        skillIds,
        opensAt: input.opensAt ?? null,
        closesAt: input.closesAt ?? null,
        status: DRAFT,
        createdByMembershipId: ctx.membershipId,
      }),
    );
  }

  async update(ctx: RequestContext, input: UpdateAmbassadorCallInput): Promise<AmbassadorCall> {
    const skillIds = input.skillIds ? await this.liveSkillIds(ctx, input.skillIds) : undefined;
    return this.db.transaction(ctx, async () => {
      const call = await this.db.manager
        .createQueryBuilder(AmbassadorCall, 'c')
        .setLock('pessimistic_write')
        .where('c.id = :id AND c.organisationId = :org', { id: input.id, org: ctx.organisationId })
        .getOne();
      if (!call) throw new NotFoundError('Ambassador call');
      if (call.status === CLOSED) throw new ConflictError('The call is CLOSED and can no longer be edited');
      if (input.title !== undefined) call.title = input.title;
      if (input.pitch !== undefined) call.pitch = input.pitch;
      if (skillIds) call.skillIds = skillIds;
      if (input.opensAt !== undefined) call.opensAt = input.opensAt;
      if (input.closesAt !== undefined) call.closesAt = input.closesAt;
      assertDateOrder(call.opensAt, call.closesAt);
      return this.db.manager.save(call);
    });
  }

  /**
   * DRAFT → OPEN; tells matching members (never the author) in the same transaction, and queues
   * the announcement for the organisation's channels.
   * With `emailMembers`, those of them who allow it are also e-mailed the call's link:
   * the e-mails go through the outbox in the same transaction, so they leave once the
   * call is open and never for a publish that failed; a call opens once (the conditional
   * UPDATE), so no member is e-mailed twice about it, and each message's delivery job
   * is idempotent (MailProcessor).
   */
  async open(ctx: RequestContext, id: string, options: { emailMembers?: boolean } = {}): Promise<AmbassadorCall> {
    const call = await this.get(ctx, id);
    const recipients = (await this.matchingMembers(ctx, call)).filter((r) => r !== ctx.membershipId);
    const emailed = options.emailMembers
      ? await this.preferences.allowingEmail(ctx, recipients, 'emailAmbassadorCalls')
      : [];
    const users = new Map(
      (await this.members.findByIds(ctx, emailed)).map((m) => [m.id, m.userId] as const).filter(([, u]) => !!u),
    );
    const addresses = new Map(
      users.size ? (await this.members.usersByIds([...users.values()])).map((u) => [u.id, u.email] as const) : [],
    );
    return this.db.transaction(ctx, async () => {
      const opened = await this.transition(ctx, id, [DRAFT], OPEN, {
        publishedAt: () => 'now()',
        ...(options.emailMembers ? { emailedAt: () => 'now()' } : {}),
      });
      await this.notifications.notify({
        organisationId: ctx.organisationId,
        recipientMembershipIds: recipients,
        kind: 'AMBASSADOR_CALL_OPENED',
        title: `New call for ambassadors: ${opened.title}`,
        body: 'It is looking for skills you have told us about. Have a look and sign up if it is for you.',
        data: { callId: opened.id },
      });
      // The organisation's channels (Teams, Slack, webhooks) that announce new calls hear of it once it commits.
      await this.outbox.enqueue(
        announcementJob(ctx.organisationId, AnnouncementEvent.NEW_AMBASSADOR_CALL, opened.id, {
          title: opened.title,
          link: this.link(opened.id),
        }),
      );
      if (!options.emailMembers) return opened;
      let sent = 0;
      for (const membershipId of emailed) {
        const to = addresses.get(users.get(membershipId) ?? '');
        if (!to) continue;
        await this.mail.queueEmail({
          organisationId: ctx.organisationId,
          to,
          subject: `New call for ambassadors: ${opened.title}`.slice(0, 250),
          text: callEmailText(opened, this.link(opened.id)),
        });
        sent += 1;
      }
      await this.db.scoped(ctx, AmbassadorCall).update({ id: opened.id }, { emailedCount: sent });
      opened.emailedCount = sent;
      return opened;
    });
  }

  /** The call's address in the web app: members of the organisation open it there, signed in. */
  link(id: string): string {
    return `${this.config.get('APP_URL')}/calls/${id}`;
  }

  /** OPEN → CLOSED: no more sign-ups. */
  close(ctx: RequestContext, id: string): Promise<AmbassadorCall> {
    return this.db.transaction(ctx, () => this.transition(ctx, id, [OPEN], CLOSED));
  }

  /** A call the caller may see: comms see every call; others only non-draft ones. */
  async get(ctx: RequestContext, id: string): Promise<AmbassadorCall> {
    const call = await this.db.manager.findOneBy(AmbassadorCall, { id, organisationId: ctx.organisationId });
    if (!call || (call.status === DRAFT && !runsProgramme(ctx))) throw new NotFoundError('Ambassador call');
    return call;
  }

  /** Comms: every call (optionally by status). Members: calls open now, soonest closing first is not promised — newest first. */
  list(ctx: RequestContext, args: AmbassadorCallsArgs): Promise<ConnectionShape<AmbassadorCall>> {
    const query = this.db
      .getRepository(AmbassadorCall)
      .createQueryBuilder('c')
      .where('c.organisationId = :org', { org: ctx.organisationId });
    if (runsProgramme(ctx)) {
      if (args.status) query.andWhere('c.status = :status', { status: args.status });
    } else {
      if (args.status && args.status !== OPEN) query.andWhere('false');
      query
        .andWhere('c.status = :open', { open: OPEN })
        .andWhere('(c.opensAt IS NULL OR c.opensAt <= now())')
        .andWhere('(c.closesAt IS NULL OR c.closesAt > now())');
    }
    return paginate(query, args, {
      column: 'c.createdAt',
      valueOf: (c) => c.createdAt,
      direction: 'DESC',
      idColumn: 'c.id',
      idOf: (c) => c.id,
    });
  }

  byIds(ctx: RequestContext, ids: readonly string[]): Promise<AmbassadorCall[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.db.getRepository(AmbassadorCall).findBy({ organisationId: ctx.organisationId, id: In([...ids]) });
  }

  /**
   * Moves a call from one of `from` to `to` with one conditional UPDATE; a call
   * in any other status is a CONFLICT naming it.
   */
  private async transition(
    ctx: RequestContext,
    id: string,
    from: AmbassadorCallStatus[],
    to: AmbassadorCallStatus,
    extra: Record<string, () => string> = {},
  ): Promise<AmbassadorCall> {
    const result = await this.db.manager
      .createQueryBuilder()
      .update(AmbassadorCall)
      .set({ status: to, ...extra })
      .where('id = :id AND organisation_id = :org AND status IN (:...from)', { id, org: ctx.organisationId, from })
      .execute();
    const call = await this.db.manager.findOneBy(AmbassadorCall, { id, organisationId: ctx.organisationId });
    if (!call) throw new NotFoundError('Ambassador call');
    if (!result.affected) {
      // Publishing (or closing) twice says so: the web app words ALREADY_OPEN as "already published".
      throw new ConflictError(`The call is ${call.status}; it cannot become ${to}`, {
        status: call.status,
        ...(call.status === to ? { reason: `ALREADY_${to}` } : {}),
      });
    }
    return call;
  }

  private async liveSkillIds(ctx: RequestContext, ids: readonly string[]): Promise<string[]> {
    const resolved = await this.skills.resolve(ctx, ids);
    return [...new Set(ids.map((id) => resolved.get(id)!.id))];
  }

  /** Active members whose declared skills — or, with consent, interests — match what the call seeks. */
  private async matchingMembers(ctx: RequestContext, call: AmbassadorCall): Promise<string[]> {
    if (!call.skillIds.length) return [];
    const skills = await this.skills.byIds(ctx, call.skillIds);
    const terms = skills.flatMap((s) => [s.name, ...s.aliases]);
    const ids = await this.profiles.membersToTarget(ctx, call.skillIds, terms);
    const members = await this.members.findByIds(ctx, ids);
    return members.filter((m) => m.status === MembershipStatus.ACTIVE).map((m) => m.id);
  }
}
