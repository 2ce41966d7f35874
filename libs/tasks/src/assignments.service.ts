import { CalendarCancellationsService } from './calendar-cancellations.service';
import { TransactionalConnection } from '@crowdcomms/data-access';
import { ConflictError, NotFoundError } from '@crowdcomms/errors';
import { MembershipStatus, MembersService } from '@crowdcomms/identity';
import { MailService, NotificationsService, taskCalendarAttachment } from '@crowdcomms/notifications';
import { ConnectionShape, paginate } from '@crowdcomms/pagination';
import { matchTaskJob, matchVolunteerJob, OutboxService } from '@crowdcomms/queue';
import { RequestContext } from '@crowdcomms/request-context';
import { SkillsService } from '@crowdcomms/skills';
import { Injectable } from '@nestjs/common';
import { In, SelectQueryBuilder } from 'typeorm';
import {
  AssignmentsArgs,
  MarkAssignmentDoneInput,
  CompleteAssignmentInput,
  DecideAssignmentInput,
  OfferTaskInput,
  TaskAssignmentsArgs,
} from './dto/assignments.types';
import { Assignment, AssignmentParty, AssignmentStatus, LIVE_ASSIGNMENT_STATUSES } from './entities/assignment.entity';
import { CommsTask, CommsTaskStatus } from './entities/comms-task.entity';
import { SkillEndorsement } from './entities/skill-endorsement.entity';
import { LIVE, takeUpSql } from './assignments.sql';
import { releaseSeat, rowsOf, takeSeat } from './seats.sql';
import { managesTasks } from './tasks.service';
import { handSeatsToWaitlist } from './waitlist';

/**
 * Members on tasks: offers, interest, the waitlist, decisions and completion.
 * Seats are taken and given back by conditional UPDATEs on the task row in the
 * same transaction as the assignment's change (see seats.sql.ts); the live
 * assignment of a member on a task is unique by a partial index.
 *
 * Inside a transaction every query goes through its manager: holding one pooled
 * connection while asking for another could starve the pool under load.
 */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly members: MembersService,
    private readonly skills: SkillsService,
    private readonly notifications: NotificationsService,
    private readonly mail: MailService,
    private readonly outbox: OutboxService,
    private readonly calendarCancellations: CalendarCancellationsService,
  ) {}

  /**
   * Comms offer an OPEN task to an active member of the organisation (a
   * deactivated, foreign or unknown member is NOT_FOUND). An interested or
   * suggested member's assignment becomes the offer; anyone else already on
   * the task is a CONFLICT. The member is notified in-app and by e-mail.
   */
  async offer(ctx: RequestContext, input: OfferTaskInput): Promise<Assignment> {
    const member = await this.members.get(ctx, input.memberId);
    if (member.status !== MembershipStatus.ACTIVE) throw new NotFoundError('Member');
    const [user] = await this.members.usersByIds([member.userId]);
    return this.db.transaction(ctx, async () => {
      const task = await this.lockTaskShared(ctx, input.taskId);
      if (task.status !== CommsTaskStatus.OPEN) {
        throw new ConflictError(`The task is ${task.status}; only OPEN tasks can be offered`, { status: task.status });
      }
      const rows: { id: string }[] = await this.db.manager.query(
        `INSERT INTO assignment (organisation_id, task_id, membership_id, status, offer_message,
                                 offered_by_membership_id, offered_at)
         VALUES ($1, $2, $3, 'OFFERED', $4, $5, now())
         ON CONFLICT (organisation_id, task_id, membership_id) WHERE ${LIVE}
         DO UPDATE SET status = 'OFFERED', offer_message = EXCLUDED.offer_message,
                       offered_by_membership_id = EXCLUDED.offered_by_membership_id,
                       offered_at = now(), updated_at = now()
               WHERE assignment.status IN ('SUGGESTED', 'INTERESTED')
         RETURNING id`,
        [ctx.organisationId, task.id, member.id, input.message ?? null, ctx.membershipId],
      );
      if (!rows.length) {
        const existing = await this.liveOf(ctx, task.id, member.id);
        throw new ConflictError(`This member is already on the task (${existing?.status ?? 'changing'})`, {
          status: existing?.status,
        });
      }
      await this.notifications.notify({
        organisationId: ctx.organisationId,
        recipientMembershipIds: [member.id],
        kind: 'ASSIGNMENT_OFFERED',
        title: `You have been offered “${task.title}”`,
        body: input.message ?? `The comms team thinks you would be great for this (${task.effortHours} h).`,
        data: { taskId: task.id, assignmentId: rows[0].id },
      });
      if (user) {
        await this.mail.queueEmail({
          organisationId: ctx.organisationId,
          to: user.email,
          subject: `You have been offered a comms task: ${task.title}`,
          text: [
            `Hello ${user.displayName},`,
            '',
            `The comms team would like to offer you “${task.title}” (about ${task.effortHours} hours).`,
            ...(input.message ? ['', input.message] : []),
            '',
            'Open Crowdcomms to accept or decline the offer.',
            ...(task.startsAt || task.dueAt ? ['', 'The attached calendar event holds its dates.'] : []),
          ].join('\n'),
          ...(task.startsAt || task.dueAt ? { attachment: taskCalendarAttachment(task.id) } : {}),
        });
      }
      await this.matchingChanged(ctx.organisationId, member.id, task.id);
      return this.db.manager.findOneByOrFail(Assignment, { id: rows[0].id, organisationId: ctx.organisationId });
    });
  }

  /**
   * The caller is interested in a published task. With a free seat they are
   * INTERESTED (comms may then offer it); when it is full they join the
   * waitlist (an outstanding offer of a full task moves there too).
   */
  expressInterest(ctx: RequestContext, taskId: string): Promise<Assignment> {
    return this.db.transaction(ctx, async () => {
      // FOR SHARE: a seat cannot be freed (and the waitlist served) while we decide.
      const task = await this.lockTaskShared(ctx, taskId);
      if (task.status !== CommsTaskStatus.OPEN && task.status !== CommsTaskStatus.FILLED) {
        throw new ConflictError(`The task is ${task.status}; it takes no more volunteers`, { status: task.status });
      }
      const full = task.seatsTaken >= task.seats;
      const status = full ? AssignmentStatus.WAITLISTED : AssignmentStatus.INTERESTED;
      const rows: { id: string }[] = await this.db.manager.query(
        `INSERT INTO assignment (organisation_id, task_id, membership_id, status, waitlisted_at)
         VALUES ($1, $2, $3, $4::text, CASE WHEN $4::text = 'WAITLISTED' THEN now() END)
         ON CONFLICT (organisation_id, task_id, membership_id) WHERE ${LIVE} DO NOTHING
         RETURNING id`,
        [ctx.organisationId, task.id, ctx.membershipId, status],
      );
      let id = rows[0]?.id;
      if (!id) {
        const existing = await this.liveOf(ctx, task.id, ctx.membershipId);
        if (full && existing?.status === AssignmentStatus.OFFERED) {
          id = existing.id;
          await this.db.manager.query(
            `UPDATE assignment SET status = 'WAITLISTED', waitlisted_at = now(), updated_at = now()
              WHERE organisation_id = $1 AND id = $2`,
            [ctx.organisationId, id],
          );
        } else {
          throw new ConflictError(`You are already on this task (${existing?.status ?? 'changing'})`, {
            status: existing?.status,
          });
        }
      }
      if (!full) {
        await this.notifications.notify({
          organisationId: ctx.organisationId,
          recipientMembershipIds: [task.createdByMembershipId].filter((m) => m !== ctx.membershipId),
          kind: 'TASK_INTEREST',
          title: `Someone is interested in “${task.title}”`,
          body: 'A colleague would like to help. Offer them the task if they fit.',
          data: { taskId: task.id, assignmentId: id },
        });
      }
      await this.matchingChanged(ctx.organisationId, ctx.membershipId, task.id);
      return this.db.manager.findOneByOrFail(Assignment, { id, organisationId: ctx.organisationId });
    });
  }

  /**
   * The member accepts their offer: the assignment and a seat change together
   * or not at all. A full (or no longer open) task is a CONFLICT naming its status.
   */
  accept(ctx: RequestContext, assignmentId: string): Promise<Assignment> {
    return this.db.transaction(ctx, async () => {
      const [assignment] = rowsOf<{ task_id: string; offered_by_membership_id: string | null }>(
        await this.db.manager.query(
          `UPDATE assignment SET status = 'ACCEPTED', accepted_at = now(), updated_at = now()
            WHERE organisation_id = $1 AND id = $2 AND membership_id = $3 AND status = 'OFFERED'
            RETURNING task_id, offered_by_membership_id`,
          [ctx.organisationId, assignmentId, ctx.membershipId],
        ),
      );
      if (!assignment) throw await this.refusal(ctx, assignmentId, 'accepted', ctx.membershipId);
      const seat = await takeSeat(this.db, ctx.organisationId, assignment.task_id);
      if (!seat) {
        const task = await this.db.manager.findOneByOrFail(CommsTask, {
          id: assignment.task_id,
          organisationId: ctx.organisationId,
        });
        const full = task.status === CommsTaskStatus.FILLED;
        throw new ConflictError(`The task is ${task.status}${full ? ': every seat is taken' : ''}`, {
          status: task.status,
          reason: full ? 'TASK_FULL' : 'TASK_NOT_OPEN',
        });
      }
      await this.tellComms(ctx, assignment.task_id, assignment.offered_by_membership_id, {
        kind: 'ASSIGNMENT_ACCEPTED',
        title: 'Your offer was accepted',
        body: 'The volunteer accepted the task.',
        assignmentId,
      });
      await this.matchingChanged(ctx.organisationId, ctx.membershipId, assignment.task_id);
      return this.db.manager.findOneByOrFail(Assignment, { id: assignmentId, organisationId: ctx.organisationId });
    });
  }

  /**
   * The member takes up a task comms opened to direct take-up: the seat is
   * theirs at once, with the same guarantees as accepting an offer (the
   * assignment and the seat change together or not at all). A task without
   * direct take-up, a full one, or one they are already on is a CONFLICT
   * whose `reason` says which.
   */
  takeUp(ctx: RequestContext, taskId: string): Promise<Assignment> {
    return this.db.transaction(ctx, async () => {
      const task = await this.db.scoped(ctx, CommsTask).findOneBy({ id: taskId });
      if (!task || task.status === CommsTaskStatus.DRAFT) throw new NotFoundError('Task');
      if (!task.takeUpDirectly) {
        throw new ConflictError('Comms offer this task themselves: say you are interested and they will be in touch', {
          reason: 'TAKE_UP_NOT_ALLOWED',
        });
      }
      const [taken] = await this.db.run<{ id: string; offered_by_membership_id: string | null }[]>(
        takeUpSql(ctx.organisationId, task.id, ctx.membershipId),
      );
      if (!taken) {
        const existing = await this.liveOf(ctx, task.id, ctx.membershipId);
        throw new ConflictError(`You are already on this task (${existing?.status ?? 'changing'})`, {
          status: existing?.status,
          reason: 'ALREADY_ON_TASK',
        });
      }
      const seat = await takeSeat(this.db, ctx.organisationId, task.id);
      if (!seat) {
        const status = (await this.db.scoped(ctx, CommsTask).findOneBy({ id: task.id }))?.status ?? task.status;
        const full = status === CommsTaskStatus.FILLED;
        throw new ConflictError(full ? 'Every seat is taken: join the waitlist instead' : `The task is ${status}`, {
          status,
          reason: full ? 'TASK_FULL' : 'TASK_NOT_OPEN',
        });
      }
      await this.tellComms(ctx, task.id, taken.offered_by_membership_id, {
        kind: 'ASSIGNMENT_TAKEN_UP',
        title: `A volunteer took up “${task.title}”`,
        body: 'They took a seat directly; the task allows it.',
        assignmentId: taken.id,
      });
      await this.matchingChanged(ctx.organisationId, ctx.membershipId, task.id);
      return this.db.scoped(ctx, Assignment).findOneBy({ id: taken.id }) as Promise<Assignment>;
    });
  }

  /**
   * The member says yes to a task: a seat at once when comms let volunteers take
   * it up directly, otherwise interest (or the waitlist) for comms to act on.
   */
  async sayYes(ctx: RequestContext, taskId: string): Promise<Assignment> {
    const task = await this.db.scoped(ctx, CommsTask).findOneBy({ id: taskId });
    return task?.takeUpDirectly && task.status !== CommsTaskStatus.FILLED
      ? this.takeUp(ctx, taskId)
      : this.expressInterest(ctx, taskId);
  }

  /** The member declines their offer, optionally saying why. */
  decline(ctx: RequestContext, input: DecideAssignmentInput): Promise<Assignment> {
    return this.db.transaction(ctx, async () => {
      const [assignment] = rowsOf<{ task_id: string; offered_by_membership_id: string | null }>(
        await this.db.manager.query(
          `UPDATE assignment SET status = 'DECLINED', declined_at = now(), decline_reason = $4, updated_at = now()
            WHERE organisation_id = $1 AND id = $2 AND membership_id = $3 AND status = 'OFFERED'
            RETURNING task_id, offered_by_membership_id`,
          [ctx.organisationId, input.assignmentId, ctx.membershipId, input.reason ?? null],
        ),
      );
      if (!assignment) throw await this.refusal(ctx, input.assignmentId, 'declined', ctx.membershipId);
      await this.tellComms(ctx, assignment.task_id, assignment.offered_by_membership_id, {
        kind: 'ASSIGNMENT_DECLINED',
        title: 'Your offer was declined',
        body: input.reason ? `The volunteer said: ${input.reason}` : 'The volunteer declined the task.',
        assignmentId: input.assignmentId,
      });
      const task = await this.db.scoped(ctx, CommsTask).findOneBy({ id: assignment.task_id });
      if (task) await this.calendarCancellations.left(ctx, task, ctx.membershipId); // the offer e-mail had its event
      await this.matchingChanged(ctx.organisationId, ctx.membershipId, assignment.task_id);
      return this.db.manager.findOneByOrFail(Assignment, {
        id: input.assignmentId,
        organisationId: ctx.organisationId,
      });
    });
  }

  /**
   * Either side steps back: the member from their own assignment, comms from
   * anyone's. A seat given back goes to the first on the waitlist in the same
   * transaction.
   */
  withdraw(ctx: RequestContext, input: DecideAssignmentInput): Promise<Assignment> {
    return this.db.transaction(ctx, async () => {
      const own = await this.db.manager.findOneBy(Assignment, {
        id: input.assignmentId,
        organisationId: ctx.organisationId,
      });
      if (!own || (own.membershipId !== ctx.membershipId && !managesTasks(ctx))) throw new NotFoundError('Assignment');
      const party = own.membershipId === ctx.membershipId ? AssignmentParty.MEMBER : AssignmentParty.COMMS;
      // The old status comes from the locked row itself, so a concurrent change cannot slip between.
      const [previous] = rowsOf<{ previous: AssignmentStatus; task_id: string; membership_id: string }>(
        await this.db.manager.query(
          `UPDATE assignment a
              SET status = 'WITHDRAWN', withdrawn_at = now(), withdrawn_by = $3, withdraw_reason = $4, updated_at = now()
             FROM (SELECT id, status FROM assignment WHERE organisation_id = $1 AND id = $2 FOR UPDATE) old
            WHERE a.organisation_id = $1 AND a.id = old.id
              AND old.status IN ('SUGGESTED', 'INTERESTED', 'WAITLISTED', 'OFFERED', 'ACCEPTED')
            RETURNING old.status AS previous, a.task_id, a.membership_id`,
          [ctx.organisationId, input.assignmentId, party, input.reason ?? null],
        ),
      );
      if (!previous) throw await this.refusal(ctx, input.assignmentId, 'withdrawn');
      const task = await this.db.manager.findOneByOrFail(CommsTask, {
        id: previous.task_id,
        organisationId: ctx.organisationId,
      });
      if (previous.previous === AssignmentStatus.ACCEPTED) {
        const seat = await releaseSeat(this.db, ctx.organisationId, previous.task_id);
        if (seat?.status === CommsTaskStatus.OPEN) {
          await handSeatsToWaitlist(this.db, this.notifications, ctx.organisationId, task.id, task.title);
        }
      }
      if (party === AssignmentParty.MEMBER) {
        await this.tellComms(ctx, task.id, own.offeredByMembershipId, {
          kind: 'ASSIGNMENT_WITHDRAWN',
          title: `A volunteer stepped back from “${task.title}”`,
          body: input.reason ?? 'They withdrew.',
          assignmentId: input.assignmentId,
        });
      } else {
        await this.notifications.notify({
          organisationId: ctx.organisationId,
          recipientMembershipIds: [previous.membership_id],
          kind: 'ASSIGNMENT_WITHDRAWN',
          title: `You are no longer on “${task.title}”`,
          body: input.reason ?? 'The comms team withdrew the assignment.',
          data: { taskId: task.id, assignmentId: input.assignmentId },
        });
      }
      const wasOffered =
        previous.previous === AssignmentStatus.OFFERED || previous.previous === AssignmentStatus.ACCEPTED;
      if (wasOffered && own.offeredByMembershipId) {
        await this.calendarCancellations.left(ctx, task, previous.membership_id); // the offer e-mail had its event
      }
      await this.matchingChanged(ctx.organisationId, previous.membership_id, previous.task_id);
      return this.db.manager.findOneByOrFail(Assignment, {
        id: input.assignmentId,
        organisationId: ctx.organisationId,
      });
    });
  }

  /**
   * Comms mark accepted work completed, or endorse the volunteer's own report,
   * with feedback, the impact it had and the hours it took (default: the task's
   * effort), endorsing skills the volunteer used.
   */
  async complete(ctx: RequestContext, input: CompleteAssignmentInput): Promise<Assignment> {
    const endorsed = input.endorseSkillIds?.length ? await this.skills.resolve(ctx, input.endorseSkillIds) : new Map();
    return this.db.transaction(ctx, async () => {
      const [done] = rowsOf<{ task_id: string; membership_id: string }>(
        await this.db.manager.query(
          // Work the volunteer already marked done keeps their impact note and hours unless comms give new ones.
          `UPDATE assignment a
              SET status = 'COMPLETED', completed_at = COALESCE(a.completed_at, now()),
                  feedback = COALESCE($3, a.feedback), impact = COALESCE($4, a.impact),
                  hours_contributed = COALESCE($5, a.hours_contributed,
                                               (SELECT effort_hours FROM comms_task t
                                                 WHERE t.organisation_id = $1 AND t.id = a.task_id)),
                  endorsed_at = now(), endorsed_by_membership_id = $6,
                  updated_at = now()
            WHERE a.organisation_id = $1 AND a.id = $2 AND a.status IN ('ACCEPTED', 'COMPLETED')
            RETURNING task_id, membership_id`,
          [
            ctx.organisationId,
            input.assignmentId,
            input.feedback ?? null,
            input.impact ?? null,
            input.hoursContributed ?? null,
            ctx.membershipId,
          ],
        ),
      );
      if (!done) throw await this.refusal(ctx, input.assignmentId, 'completed');
      const skillIds = [...new Set([...endorsed.values()].map((s: { id: string }) => s.id))];
      if (skillIds.length) {
        await this.db.manager
          .createQueryBuilder()
          .insert()
          .into(SkillEndorsement)
          .values(
            skillIds.map((skillId) => ({
              organisationId: ctx.organisationId,
              assignmentId: input.assignmentId,
              membershipId: done.membership_id,
              skillId,
              endorsedByMembershipId: ctx.membershipId,
            })),
          )
          .orIgnore()
          .execute();
      }
      const task = await this.db.manager.findOneByOrFail(CommsTask, {
        id: done.task_id,
        organisationId: ctx.organisationId,
      });
      await this.notifications.notify({
        organisationId: ctx.organisationId,
        recipientMembershipIds: [done.membership_id],
        kind: 'ASSIGNMENT_COMPLETED',
        title: `Thank you for “${task.title}”`,
        body: input.feedback ?? 'The comms team marked your work as completed.',
        data: { taskId: task.id, assignmentId: input.assignmentId },
      });
      return this.db.manager.findOneByOrFail(Assignment, {
        id: input.assignmentId,
        organisationId: ctx.organisationId,
      });
    });
  }

  /**
   * The volunteer's completion report on their own accepted work: what they did,
   * what came of it and the hours; whoever offered it is told and may endorse it
   * (`complete`).
   */
  markDone(ctx: RequestContext, input: MarkAssignmentDoneInput): Promise<Assignment> {
    return this.db.transaction(ctx, async () => {
      const [done] = rowsOf<{ task_id: string; offered_by_membership_id: string | null }>(
        await this.db.manager.query(
          `UPDATE assignment a
              SET status = 'COMPLETED', completed_at = now(), impact = $4, work_done = $6,
                  hours_contributed = COALESCE($5, (SELECT effort_hours FROM comms_task t
                                                      WHERE t.organisation_id = $1 AND t.id = a.task_id)),
                  updated_at = now()
            WHERE a.organisation_id = $1 AND a.id = $2 AND a.membership_id = $3 AND a.status = 'ACCEPTED'
            RETURNING task_id, offered_by_membership_id`,
          [
            ctx.organisationId,
            input.assignmentId,
            ctx.membershipId,
            input.impact,
            input.hoursContributed ?? null,
            input.workDone || null,
          ],
        ),
      );
      if (!done) throw await this.refusal(ctx, input.assignmentId, 'marked done', ctx.membershipId);
      await this.tellComms(ctx, done.task_id, done.offered_by_membership_id, {
        kind: 'ASSIGNMENT_DONE',
        title: 'A volunteer marked their task done',
        body: `They said: ${input.impact}`,
        assignmentId: input.assignmentId,
      });
      await this.matchingChanged(ctx.organisationId, ctx.membershipId, done.task_id);
      return this.db.manager.findOneByOrFail(Assignment, {
        id: input.assignmentId,
        organisationId: ctx.organisationId,
      });
    });
  }

  /** Comms see any assignment; a member their own. */
  async get(ctx: RequestContext, id: string): Promise<Assignment> {
    const a = await this.db.getRepository(Assignment).findOneBy({ id, organisationId: ctx.organisationId });
    if (!a || (a.membershipId !== ctx.membershipId && !managesTasks(ctx))) throw new NotFoundError('Assignment');
    return a;
  }

  /** The caller's assignments, newest first. */
  mine(ctx: RequestContext, args: AssignmentsArgs): Promise<ConnectionShape<Assignment>> {
    const query = this.scoped(ctx, args).andWhere('a.membershipId = :me', { me: ctx.membershipId });
    return paginate(query, args, {
      column: 'a.createdAt',
      valueOf: (a) => a.createdAt,
      direction: 'DESC',
      idColumn: 'a.id',
      idOf: (a) => a.id,
    });
  }

  /** Comms: the assignments of one task, oldest first. */
  async forTask(ctx: RequestContext, args: TaskAssignmentsArgs): Promise<ConnectionShape<Assignment>> {
    await this.taskOrNotFound(ctx, args.taskId);
    const query = this.scoped(ctx, args).andWhere('a.taskId = :taskId', { taskId: args.taskId });
    return paginate(query, args, {
      column: 'a.createdAt',
      valueOf: (a) => a.createdAt,
      direction: 'ASC',
      idColumn: 'a.id',
      idOf: (a) => a.id,
    });
  }

  /** Comms: the waitlist of a task, in the order seats will be handed out. */
  async waitlist(ctx: RequestContext, taskId: string): Promise<Assignment[]> {
    await this.taskOrNotFound(ctx, taskId);
    return this.db.getRepository(Assignment).find({
      where: { organisationId: ctx.organisationId, taskId, status: AssignmentStatus.WAITLISTED },
      order: { waitlistedAt: 'ASC', id: 'ASC' },
    });
  }

  endorsementsOf(ctx: RequestContext, assignmentIds: readonly string[]): Promise<SkillEndorsement[]> {
    if (!assignmentIds.length) return Promise.resolve([]);
    return this.db.getRepository(SkillEndorsement).find({
      where: { organisationId: ctx.organisationId, assignmentId: In([...assignmentIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  private scoped(ctx: RequestContext, args: AssignmentsArgs): SelectQueryBuilder<Assignment> {
    const query = this.db
      .getRepository(Assignment)
      .createQueryBuilder('a')
      .where('a.organisationId = :org', { org: ctx.organisationId });
    if (args.statuses?.length) query.andWhere('a.status IN (:...statuses)', { statuses: args.statuses });
    return query;
  }

  /**
   * For matching: every assignment of the organisation's members (optionally
   * only `membershipIds`) with its task's kind and effort — declined tasks,
   * committed hours, recent asks and past work all come from here.
   */
  async matchingHistory(
    organisationId: string,
    membershipIds?: readonly string[],
  ): Promise<
    {
      membershipId: string;
      taskId: string;
      status: AssignmentStatus;
      kind: string;
      effortHours: number;
      offeredAt: Date | null;
      createdAt: Date;
    }[]
  > {
    const rows: {
      membership_id: string;
      task_id: string;
      status: AssignmentStatus;
      kind: string;
      effort_hours: string;
      offered_at: Date | null;
      created_at: Date;
    }[] = await this.db.query(
      `SELECT a.membership_id, a.task_id, a.status, t.kind, t.effort_hours, a.offered_at, a.created_at
         FROM assignment a
         JOIN comms_task t ON t.organisation_id = a.organisation_id AND t.id = a.task_id
        WHERE a.organisation_id = $1 AND ($2::uuid[] IS NULL OR a.membership_id = ANY($2::uuid[]))`,
      [organisationId, membershipIds ? [...membershipIds] : null],
    );
    return rows.map((r) => ({
      membershipId: r.membership_id,
      taskId: r.task_id,
      status: r.status,
      kind: r.kind,
      effortHours: Number(r.effort_hours),
      offeredAt: r.offered_at,
      createdAt: r.created_at,
    }));
  }

  /** Records matching's score and explanation on a live assignment of the caller's organisation. */
  async recordMatch(ctx: RequestContext, assignmentId: string, score: number, explanation: string): Promise<void> {
    await this.db.query(`UPDATE assignment SET score = $3, explanation = $4 WHERE organisation_id = $1 AND id = $2`, [
      ctx.organisationId,
      assignmentId,
      score,
      explanation,
    ]);
  }

  /** Offers, interest and decisions change the volunteer's load and the task's seats: both are re-matched. */
  private async matchingChanged(organisationId: string, membershipId: string, taskId: string): Promise<void> {
    await this.outbox.enqueue(matchVolunteerJob(organisationId, membershipId));
    await this.outbox.enqueue(matchTaskJob(organisationId, taskId));
  }

  private async taskOrNotFound(ctx: RequestContext, taskId: string): Promise<void> {
    const exists = await this.db.getRepository(CommsTask).existsBy({ id: taskId, organisationId: ctx.organisationId });
    if (!exists) throw new NotFoundError('Task');
  }

  /** A published task, share-locked for the rest of the transaction; drafts read as missing to members. */
  private async lockTaskShared(ctx: RequestContext, taskId: string): Promise<CommsTask> {
    const task = await this.db.manager
      .createQueryBuilder(CommsTask, 't')
      .setLock('pessimistic_read')
      .where('t.id = :id AND t.organisationId = :org', { id: taskId, org: ctx.organisationId })
      .getOne();
    if (!task || (task.status === CommsTaskStatus.DRAFT && !managesTasks(ctx))) throw new NotFoundError('Task');
    return task;
  }

  private liveOf(ctx: RequestContext, taskId: string, membershipId: string) {
    return this.db.manager
      .createQueryBuilder(Assignment, 'a')
      .where('a.organisationId = :org AND a.taskId = :taskId AND a.membershipId = :membershipId', {
        org: ctx.organisationId,
        taskId,
        membershipId,
      })
      .andWhere('a.status IN (:...live)', { live: LIVE_ASSIGNMENT_STATUSES })
      .getOne();
  }

  /** Why a conditional update matched nothing: NOT_FOUND, or a CONFLICT naming the status found. */
  private async refusal(ctx: RequestContext, id: string, verb: string, ownerId?: string): Promise<Error> {
    const found = await this.db.manager.findOneBy(Assignment, { id, organisationId: ctx.organisationId });
    if (!found || (ownerId && found.membershipId !== ownerId)) return new NotFoundError('Assignment');
    return new ConflictError(`The assignment is ${found.status}; it cannot be ${verb}`, { status: found.status });
  }

  /** Tells whoever made the offer (or, failing that, whoever created the task). */
  private async tellComms(
    ctx: RequestContext,
    taskId: string,
    offeredBy: string | null,
    message: { kind: string; title: string; body: string; assignmentId: string },
  ): Promise<void> {
    let recipient = offeredBy;
    if (!recipient) {
      const task = await this.db.manager.findOneBy(CommsTask, { id: taskId, organisationId: ctx.organisationId });
      recipient = task?.createdByMembershipId ?? null;
    }
    if (!recipient || recipient === ctx.membershipId) return;
    await this.notifications.notify({
      organisationId: ctx.organisationId,
      recipientMembershipIds: [recipient],
      kind: message.kind,
      title: message.title,
      body: message.body,
      data: { taskId, assignmentId: message.assignmentId },
    });
  }
}
