import { TransactionalConnection } from '@crowdcomms/data-access';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '@crowdcomms/errors';
import { NotificationsService } from '@crowdcomms/notifications';
import { ConnectionShape, paginate } from '@crowdcomms/pagination';
import { ProfilesService, ProfileSkillKind } from '@crowdcomms/profiles';
import { RequestContext } from '@crowdcomms/request-context';
import { matchVolunteerJob, OutboxService } from '@crowdcomms/queue';
import { SkillsService } from '@crowdcomms/skills';
import { Injectable } from '@nestjs/common';
import { SelectQueryBuilder } from 'typeorm';
import { runsProgramme } from './calls.service';
import {
  AddIntakeNoteInput,
  CallScopedArgs,
  MoveSignUpInput,
  AmbassadorSignUpInput,
  SignUpsArgs,
} from './dto/sign-ups.types';
import { AmbassadorCall, AmbassadorCallStatus } from './entities/ambassador-call.entity';
import { IntakeNote } from './entities/intake-note.entity';
import { OnlineChannel, SignUp, SignUpStatus } from './entities/sign-up.entity';
import { isLive, signUpStatusesLeadingTo } from './pipeline';
import { CopyIntakeToProfileInput, RecordIntakeInput } from './dto/intake.types';

/** What the member hears when comms move their sign-up. */
const MEMBER_MESSAGES: Partial<Record<SignUpStatus, { title: string; body: string }>> = {
  [SignUpStatus.ACTIVE]: {
    title: 'Welcome aboard: you are a digital ambassador',
    body: 'The comms team will be in touch with tasks that suit what you know.',
  },
  [SignUpStatus.PAUSED]: {
    title: 'Your ambassador role is paused',
    body: 'Comms will not offer you tasks until it resumes.',
  },
  [SignUpStatus.DECLINED]: {
    title: 'About your ambassador sign-up',
    body: 'The comms team has decided not to go ahead this time. Thank you for offering.',
  },
};

export interface MemberAmbassadorData {
  signUps: (SignUp & { intakeNotes: IntakeNote[] })[];
}

/**
 * Sign-ups to ambassador calls and the intake pipeline. One sign-up per person
 * per call is the database's to enforce (unique key + ON CONFLICT DO NOTHING);
 * every status change is one conditional UPDATE.
 */
@Injectable()
export class SignUpsService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly profiles: ProfilesService,
    private readonly skills: SkillsService,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * The caller signs up to an open call. A second sign-up to the same call is a
   * CONFLICT. Skills given are merged into the caller's profile afterwards (new
   * ones added, levels of existing ones replaced, others kept).
   */
  async signUp(ctx: RequestContext, input: AmbassadorSignUpInput): Promise<SignUp> {
    // Unknown skills fail before anything is written.
    if (input.skills?.length)
      await this.skills.resolve(
        ctx,
        input.skills.map((s) => s.skillId),
      );
    const signUp = await this.db.transaction(ctx, async () => {
      const call = await this.db.manager
        .createQueryBuilder(AmbassadorCall, 'c')
        .setLock('pessimistic_read')
        .where('c.id = :id AND c.organisationId = :org', { id: input.callId, org: ctx.organisationId })
        .getOne();
      if (!call || call.status === AmbassadorCallStatus.DRAFT) throw new NotFoundError('Ambassador call');
      const now = Date.now();
      if (call.status !== AmbassadorCallStatus.OPEN) {
        throw new ConflictError(`The call is ${call.status}; it takes no sign-ups`, { status: call.status });
      }
      if (call.opensAt && call.opensAt.getTime() > now)
        throw new ConflictError('The call is not open for sign-ups yet');
      if (call.closesAt && call.closesAt.getTime() <= now) throw new ConflictError('The call has closed for sign-ups');
      const inserted = await this.db.manager
        .createQueryBuilder()
        .insert()
        .into(SignUp)
        .values({
          organisationId: ctx.organisationId,
          callId: call.id,
          membershipId: ctx.membershipId,
          motivation: input.motivation,
          ideas: input.ideas ?? '',
          availability: input.availability ?? '',
          availableHoursPerMonth: input.availableHoursPerMonth ?? null,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;
      if (!id) throw new ConflictError('You have already signed up to this call', { reason: 'ALREADY_SIGNED_UP' });
      return this.db.manager.findOneByOrFail(SignUp, { id, organisationId: ctx.organisationId });
    });
    if (input.skills?.length) await this.mergeProfileSkills(ctx, input.skills);
    return signUp;
  }

  /** The member withdraws their own sign-up (from any status but WITHDRAWN and DECLINED). */
  withdraw(ctx: RequestContext, signUpId: string): Promise<SignUp> {
    return this.db.transaction(ctx, () => this.transition(ctx, signUpId, SignUpStatus.WITHDRAWN, ctx.membershipId));
  }

  /** Comms move a sign-up along the pipeline, optionally adding an intake note; the member is told. */
  move(ctx: RequestContext, input: MoveSignUpInput): Promise<SignUp> {
    return this.db.transaction(ctx, async () => {
      const signUp = await this.transition(ctx, input.signUpId, input.status);
      if (input.note) await this.insertNote(ctx, signUp.id, input.note);
      const message = MEMBER_MESSAGES[input.status];
      if (message) {
        await this.notifications.notify({
          organisationId: ctx.organisationId,
          recipientMembershipIds: [signUp.membershipId],
          kind: `AMBASSADOR_${input.status}`,
          ...message,
          data: { signUpId: signUp.id, callId: signUp.callId },
        });
      }
      return signUp;
    });
  }

  async addNote(ctx: RequestContext, input: AddIntakeNoteInput): Promise<IntakeNote> {
    await this.get(ctx, input.signUpId);
    return this.db.transaction(ctx, () => this.insertNote(ctx, input.signUpId, input.body));
  }

  /**
   * Comms record the structured intake (channels, confidence per skill, what they want to do,
   * hours a month), replacing the one before; the volunteer decides whether it reaches their
   * profile (copyIntakeToProfile), so a new recording asks them again. Only a live sign-up.
   */
  async recordIntake(ctx: RequestContext, input: RecordIntakeInput): Promise<SignUp> {
    if (input.channels.includes(OnlineChannel.OTHER) && !input.channelsOther) {
      throw new BadInputError('channelsOther must say which other channels', { field: 'channelsOther' });
    }
    // Unknown skills fail before anything is written; merged ones are stored as the survivor.
    const resolved = await this.skills.resolve(
      ctx,
      input.confidence.map((c) => c.skillId),
    );
    const confidence = new Map<string, number>();
    for (const c of input.confidence) confidence.set(resolved.get(c.skillId)!.id, c.level);
    return this.db.transaction(ctx, async () => {
      const signUps = this.db.scoped(ctx, SignUp);
      const signUp = await signUps.findOne({ where: { id: input.signUpId }, lock: { mode: 'pessimistic_write' } });
      if (!signUp) throw new NotFoundError('Sign-up');
      if (!isLive(signUp.status)) {
        throw new ConflictError(`The sign-up is ${signUp.status}; its intake is closed`, {
          status: signUp.status,
          reason: 'SIGN_UP_ENDED',
        });
      }
      await signUps.update(
        { id: signUp.id },
        {
          intakeChannels: input.channels,
          intakeChannelsOther: input.channels.includes(OnlineChannel.OTHER) ? (input.channelsOther ?? '') : '',
          intakeConfidence: [...confidence].map(([skillId, level]) => ({ skillId, level })),
          intakeWantsToDo: input.wantsToDo ?? '',
          intakeHoursPerMonth: input.hoursPerMonth ?? null,
          intakeRecordedAt: () => 'now()',
          intakeCopiedAt: null,
        },
      );
      if (input.note) await this.insertNote(ctx, signUp.id, input.note);
      return (await signUps.findOneBy({ id: signUp.id }))!;
    });
  }

  /**
   * The volunteer agrees to copy their intake to their own profile: the skills at the
   * confidence recorded (others kept) and the hours a month — the profile's, which
   * matching reads; there is no second availability. Nobody else may: comms see the
   * sign-up but are FORBIDDEN, anyone else finds no such sign-up.
   */
  async copyIntakeToProfile(ctx: RequestContext, input: CopyIntakeToProfileInput): Promise<SignUp> {
    const signUp = await this.get(ctx, input.signUpId);
    if (signUp.membershipId !== ctx.membershipId) {
      throw new ForbiddenError('Only the volunteer can copy their intake to their profile');
    }
    if (!signUp.intakeRecordedAt) {
      throw new ConflictError('The comms team has not recorded an intake for this sign-up yet', {
        reason: 'NO_INTAKE',
      });
    }
    if (input.skills && signUp.intakeConfidence.length) {
      await this.mergeProfileSkills(
        ctx,
        signUp.intakeConfidence.map((c) => ({ skillId: c.skillId, level: c.level })),
      );
    }
    if (input.availability && signUp.intakeHoursPerMonth !== null) {
      await this.profiles.update(ctx, { availableHoursPerMonth: signUp.intakeHoursPerMonth });
    }
    const signUps = this.db.scoped(ctx, SignUp);
    await signUps.update({ id: signUp.id }, { intakeCopiedAt: () => 'now()' });
    return (await signUps.findOneBy({ id: signUp.id }))!;
  }

  /** Intake notes of one sign-up, oldest first (comms only: the resolver checks). */
  async notes(ctx: RequestContext, signUpId: string): Promise<IntakeNote[]> {
    await this.get(ctx, signUpId);
    return this.notesOf(ctx, [signUpId]);
  }

  notesOf(ctx: RequestContext, signUpIds: readonly string[]): Promise<IntakeNote[]> {
    if (!signUpIds.length) return Promise.resolve([]);
    return this.db
      .getRepository(IntakeNote)
      .createQueryBuilder('n')
      .where('n.organisationId = :org AND n.signUpId IN (:...ids)', { org: ctx.organisationId, ids: [...signUpIds] })
      .orderBy('n.createdAt', 'ASC')
      .addOrderBy('n.id', 'ASC')
      .getMany();
  }

  /** Comms see every sign-up; a member only their own. */
  async get(ctx: RequestContext, id: string): Promise<SignUp> {
    const signUp = await this.db.getRepository(SignUp).findOneBy({ id, organisationId: ctx.organisationId });
    if (!signUp || (!runsProgramme(ctx) && signUp.membershipId !== ctx.membershipId)) {
      throw new NotFoundError('Sign-up');
    }
    return signUp;
  }

  /** Comms: sign-ups, by call and statuses, oldest first (the order they came in). */
  list(ctx: RequestContext, args: SignUpsArgs): Promise<ConnectionShape<SignUp>> {
    const query = this.scoped(ctx, args.callId);
    if (args.statuses?.length) query.andWhere('s.status IN (:...statuses)', { statuses: args.statuses });
    return this.page(query, args, 'ASC');
  }

  /** The caller's own sign-ups, newest first. */
  mine(ctx: RequestContext, args: CallScopedArgs): Promise<ConnectionShape<SignUp>> {
    const query = this.scoped(ctx, args.callId).andWhere('s.membershipId = :me', { me: ctx.membershipId });
    return this.page(query, args, 'DESC');
  }

  /** The ambassador pool: active sign-ups, longest-serving first. */
  pool(ctx: RequestContext, args: CallScopedArgs): Promise<ConnectionShape<SignUp>> {
    const query = this.scoped(ctx, args.callId).andWhere('s.status = :active', { active: SignUpStatus.ACTIVE });
    return this.page(query, args, 'ASC');
  }

  /** The ideas board: every sign-up that shared ideas, newest first, whatever its status. */
  ideas(ctx: RequestContext, args: CallScopedArgs): Promise<ConnectionShape<SignUp>> {
    const query = this.scoped(ctx, args.callId).andWhere(`s.ideas <> ''`);
    return this.page(query, args, 'DESC');
  }

  /** Sign-ups by status, for the programme dashboard. */
  async countByStatus(ctx: RequestContext): Promise<{ status: SignUpStatus; count: number }[]> {
    const rows: { status: SignUpStatus; count: number }[] = await this.db.query(
      `SELECT status, count(*)::int AS count FROM sign_up WHERE organisation_id = $1 GROUP BY status`,
      [ctx.organisationId],
    );
    return Object.values(SignUpStatus).map((status) => ({
      status,
      count: rows.find((r) => r.status === status)?.count ?? 0,
    }));
  }

  /** Sign-ups and new active ambassadors per UTC month ('YYYY-MM') since `since`. */
  monthly(ctx: RequestContext, since: Date): Promise<{ month: string; signUps: number; activated: number }[]> {
    return this.db.query(
      `SELECT month, sum(s)::int AS "signUps", sum(a)::int AS activated FROM (
         SELECT to_char(date_trunc('month', created_at AT TIME ZONE 'UTC'), 'YYYY-MM') AS month, 1 AS s, 0 AS a
           FROM sign_up WHERE organisation_id = $1 AND created_at >= $2
         UNION ALL
         SELECT to_char(date_trunc('month', activated_at AT TIME ZONE 'UTC'), 'YYYY-MM'), 0, 1
           FROM sign_up WHERE organisation_id = $1 AND activated_at >= $2) x
       GROUP BY month ORDER BY month`,
      [ctx.organisationId, since],
    );
  }

  /** Everything the programme holds about one member, intake notes included: for their data export. */
  async exportForMember(ctx: RequestContext, membershipId: string): Promise<MemberAmbassadorData> {
    const signUps = await this.db.getRepository(SignUp).find({
      where: { organisationId: ctx.organisationId, membershipId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const notes = await this.notesOf(
      ctx,
      signUps.map((s) => s.id),
    );
    return {
      signUps: signUps.map((s) => Object.assign(s, { intakeNotes: notes.filter((n) => n.signUpId === s.id) })),
    };
  }

  /**
   * Moves a sign-up to `to` with one conditional UPDATE from the statuses that
   * may lead there (see pipeline.ts); anything else is a CONFLICT naming the
   * current status. `ownerId` limits it to that member's own sign-up.
   */
  private async transition(ctx: RequestContext, id: string, to: SignUpStatus, ownerId?: string): Promise<SignUp> {
    const from = signUpStatusesLeadingTo(to);
    const owner = ownerId ? 'AND membership_id = :owner' : '';
    const result = from.length
      ? await this.db.manager
          .createQueryBuilder()
          .update(SignUp)
          .set({
            status: to,
            statusChangedAt: () => 'now()',
            ...(to === SignUpStatus.ACTIVE ? { activatedAt: () => 'COALESCE(activated_at, now())' } : {}),
          })
          .where(`id = :id AND organisation_id = :org AND status IN (:...from) ${owner}`, {
            id,
            org: ctx.organisationId,
            from,
            owner: ownerId,
          })
          .execute()
      : { affected: 0 };
    const signUp = await this.db.manager.findOneBy(SignUp, { id, organisationId: ctx.organisationId });
    if (!signUp || (ownerId && signUp.membershipId !== ownerId)) throw new NotFoundError('Sign-up');
    if (!result.affected) {
      throw new ConflictError(`The sign-up is ${signUp.status}; it cannot become ${to}`, { status: signUp.status });
    }
    // Whether someone is an active ambassador decides whether matching suggests them.
    await this.outbox.enqueue(matchVolunteerJob(ctx.organisationId, signUp.membershipId));
    return signUp;
  }

  private insertNote(ctx: RequestContext, signUpId: string, body: string): Promise<IntakeNote> {
    return this.db.manager.save(
      this.db.manager.create(IntakeNote, {
        organisationId: ctx.organisationId,
        signUpId,
        authorMembershipId: ctx.membershipId,
        body,
      }),
    );
  }

  /**
   * For matching: each member of the organisation with an ACTIVE sign-up
   * (ACTIVE) or, failing that, a PAUSED one (PAUSED) — the volunteer pool.
   */
  async ambassadorStatuses(organisationId: string): Promise<Map<string, SignUpStatus.ACTIVE | SignUpStatus.PAUSED>> {
    const rows: { membership_id: string; active: boolean }[] = await this.db.query(
      `SELECT membership_id, bool_or(status = 'ACTIVE') AS active FROM sign_up
        WHERE organisation_id = $1 AND status IN ('ACTIVE', 'PAUSED') GROUP BY membership_id`,
      [organisationId],
    );
    return new Map(rows.map((r) => [r.membership_id, r.active ? SignUpStatus.ACTIVE : SignUpStatus.PAUSED]));
  }

  /** Adds the form's skills to the caller's profile, keeping the ones not mentioned. */
  private async mergeProfileSkills(
    ctx: RequestContext,
    skills: { skillId: string; level: number; years?: number | null }[],
  ): Promise<void> {
    const profile = await this.profiles.mine(ctx);
    const current = (await this.profiles.skillsOfProfiles(ctx, [profile.id])).filter(
      (s) => s.kind === ProfileSkillKind.HAS,
    );
    const merged = new Map(
      current.map((s) => [s.skillId, { skillId: s.skillId, level: s.level ?? 1, years: s.years }]),
    );
    for (const s of skills) merged.set(s.skillId, { skillId: s.skillId, level: s.level, years: s.years ?? null });
    await this.profiles.update(ctx, { skills: [...merged.values()] });
  }

  private scoped(ctx: RequestContext, callId?: string): SelectQueryBuilder<SignUp> {
    const query = this.db
      .getRepository(SignUp)
      .createQueryBuilder('s')
      .where('s.organisationId = :org', { org: ctx.organisationId });
    if (callId) query.andWhere('s.callId = :callId', { callId });
    return query;
  }

  private page(query: SelectQueryBuilder<SignUp>, args: CallScopedArgs, direction: 'ASC' | 'DESC') {
    return paginate(query, args, {
      column: 's.createdAt',
      valueOf: (s) => s.createdAt,
      direction,
      idColumn: 's.id',
      idOf: (s) => s.id,
    });
  }
}
