import { TransactionalConnection } from '@crowdcomms/data-access';
import { BadInputError, ConflictError, NotFoundError } from '@crowdcomms/errors';
import { NotificationsService } from '@crowdcomms/notifications';
import { ConnectionShape, paginate } from '@crowdcomms/pagination';
import { hasRole, RequestContext, Role } from '@crowdcomms/request-context';
import { SkillDemandSource, SkillsGapService } from '@crowdcomms/profiles';
import { AppConfig } from '@crowdcomms/config';
import { AnnouncementEvent, announcementJob, matchTaskJob, OutboxService } from '@crowdcomms/queue';
import { SkillsService } from '@crowdcomms/skills';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { CommsTasksArgs, CreateCommsTaskInput, TaskSkillInput, UpdateCommsTaskInput } from './dto/tasks.types';
import { AssignmentParty } from './entities/assignment.entity';
import { CommsTask, CommsTaskKind, CommsTaskStatus } from './entities/comms-task.entity';
import { CommsTaskSkill } from './entities/comms-task-skill.entity';
import { resizeSeats, rowsOf } from './seats.sql';
import { handSeatsToWaitlist } from './waitlist';
import { WorkshopsService } from './workshops/workshops.service';
import { CalendarCancellationsService } from './calendar-cancellations.service';

const { DRAFT, OPEN, FILLED, DONE, CANCELLED } = CommsTaskStatus;

/** Comms and admins manage tasks; everyone else browses the published ones. */
export const managesTasks = (ctx: RequestContext) => hasRole(ctx, Role.COMMS, Role.ADMIN);

function assertDateOrder(startsAt: Date | null | undefined, dueAt: Date | null | undefined): void {
  if (startsAt && dueAt && startsAt.getTime() > dueAt.getTime()) {
    throw new BadInputError('dueAt must not be before startsAt', { argument: 'dueAt' });
  }
}

/** Attendee places belong to workshops. */
function assertWorkshopOnly(kind: CommsTaskKind, attendeeCapacity: number | null | undefined): void {
  if (attendeeCapacity != null && kind !== CommsTaskKind.WORKSHOP) {
    throw new BadInputError('attendeeCapacity is only for workshops', { field: 'attendeeCapacity' });
  }
}

/**
 * Comms tasks. Status moves are conditional UPDATEs (a CONFLICT names the
 * status found); OPEN ⇄ FILLED is never set by hand: it follows the seats.
 */
@Injectable()
export class TasksService implements OnModuleInit {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly skills: SkillsService,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
    private readonly gap: SkillsGapService,
    private readonly workshops: WorkshopsService,
    private readonly config: AppConfig,
    private readonly calendarCancellations: CalendarCancellationsService,
  ) {}

  onModuleInit(): void {
    // A merged duplicate skill gives way to the survivor; where a task needed both, the stricter need wins.
    this.skills.onMerge(async (ctx, { sourceId, targetId }) => {
      const org = ctx.organisationId;
      await this.db.manager.query(
        `UPDATE comms_task_skill t SET min_level = GREATEST(t.min_level, s.min_level), weight = GREATEST(t.weight, s.weight)
           FROM comms_task_skill s
          WHERE s.organisation_id = $1 AND t.organisation_id = $1 AND s.task_id = t.task_id
            AND s.skill_id = $2 AND t.skill_id = $3`,
        [org, sourceId, targetId],
      );
      await this.db.manager.query(
        `DELETE FROM comms_task_skill s USING comms_task_skill t
          WHERE s.organisation_id = $1 AND t.organisation_id = $1 AND s.task_id = t.task_id
            AND s.skill_id = $2 AND t.skill_id = $3`,
        [org, sourceId, targetId],
      );
      await this.db.manager.query(
        `UPDATE comms_task_skill SET skill_id = $3 WHERE organisation_id = $1 AND skill_id = $2`,
        [org, sourceId, targetId],
      );
      await this.db.manager.query(
        `UPDATE skill_endorsement SET skill_id = $3
          WHERE organisation_id = $1 AND skill_id = $2
            AND NOT EXISTS (SELECT 1 FROM skill_endorsement e WHERE e.organisation_id = $1
                             AND e.assignment_id = skill_endorsement.assignment_id AND e.skill_id = $3)`,
        [org, sourceId, targetId],
      );
      await this.db.manager.query(`DELETE FROM skill_endorsement WHERE organisation_id = $1 AND skill_id = $2`, [
        org,
        sourceId,
      ]);
    });
  }

  async create(ctx: RequestContext, input: CreateCommsTaskInput): Promise<CommsTask> {
    assertDateOrder(input.startsAt, input.dueAt);
    assertWorkshopOnly(input.kind, input.attendeeCapacity);
    const requirements = await this.resolveRequirements(ctx, input.requiredSkills ?? []);
    return this.db.transaction(ctx, async () => {
      const task = await this.db.manager.save(
        this.db.manager.create(CommsTask, {
          organisationId: ctx.organisationId,
          title: input.title,
          kind: input.kind,
          description: input.description ?? '',
          effortHours: input.effortHours,
          seats: input.seats,
          startsAt: input.startsAt ?? null,
          dueAt: input.dueAt ?? null,
          remote: input.remote ?? true,
          location: input.location || null,
          onlineLink: input.onlineLink || null,
          attendeeCapacity: input.attendeeCapacity ?? null,
          takeUpDirectly: input.takeUpDirectly ?? false,
          status: DRAFT,
          createdByMembershipId: ctx.membershipId,
        }),
      );
      await this.replaceRequirements(ctx, task.id, requirements);
      return task;
    });
  }

  /**
   * Edits a task that is not DONE or CANCELLED. Seats never drop below those
   * already taken (CONFLICT); extra seats go to the waitlist at once.
   */
  async update(ctx: RequestContext, input: UpdateCommsTaskInput): Promise<CommsTask> {
    const requirements = input.requiredSkills ? await this.resolveRequirements(ctx, input.requiredSkills) : null;
    return this.db.transaction(ctx, async () => {
      const task = await this.db.manager
        .createQueryBuilder(CommsTask, 't')
        .setLock('pessimistic_write')
        .where('t.id = :id AND t.organisationId = :org', { id: input.id, org: ctx.organisationId })
        .getOne();
      if (!task) throw new NotFoundError('Task');
      if (task.status === DONE || task.status === CANCELLED) {
        throw new ConflictError(`The task is ${task.status} and can no longer be edited`, { status: task.status });
      }
      const changes: Partial<CommsTask> = {};
      for (const key of ['title', 'kind', 'description', 'effortHours', 'remote', 'takeUpDirectly'] as const) {
        if (input[key] !== undefined && input[key] !== null) Object.assign(changes, { [key]: input[key] });
      }
      if (input.location !== undefined) changes.location = input.location || null;
      if (input.onlineLink !== undefined) changes.onlineLink = input.onlineLink || null;
      const kind = changes.kind ?? task.kind;
      if (kind !== CommsTaskKind.WORKSHOP && task.attendeesRegistered > 0) {
        throw new BadInputError('kind must stay WORKSHOP while attendees hold places', { field: 'kind' });
      }
      if (input.startsAt !== undefined) changes.startsAt = input.startsAt;
      if (input.dueAt !== undefined) changes.dueAt = input.dueAt;
      assertDateOrder(
        changes.startsAt !== undefined ? changes.startsAt : task.startsAt,
        changes.dueAt !== undefined ? changes.dueAt : task.dueAt,
      );
      if (Object.keys(changes).length) {
        await this.db.manager.update(CommsTask, { id: task.id, organisationId: ctx.organisationId }, changes);
      }
      if (requirements) await this.replaceRequirements(ctx, task.id, requirements);
      if (input.attendeeCapacity !== undefined) {
        await this.workshops.resize(ctx, { ...task, ...changes } as CommsTask, input.attendeeCapacity);
      } else if (kind !== CommsTaskKind.WORKSHOP && task.attendeeCapacity !== null) {
        await this.workshops.resize(ctx, { ...task, ...changes } as CommsTask, null);
      }
      if (input.seats !== undefined && input.seats !== null && input.seats !== task.seats) {
        const resized = await resizeSeats(this.db, ctx.organisationId, task.id, input.seats);
        if (!resized) {
          throw new ConflictError(
            `${task.seatsTaken} seat(s) are already taken; the task cannot have fewer than ${task.seatsTaken}`,
            { seatsTaken: task.seatsTaken },
          );
        }
        if (resized.status === OPEN) {
          await handSeatsToWaitlist(
            this.db,
            this.notifications,
            ctx.organisationId,
            task.id,
            changes.title ?? task.title,
          );
        }
      }
      await this.outbox.enqueue(matchTaskJob(ctx.organisationId, task.id));
      const updated = await this.db.manager.findOneByOrFail(CommsTask, {
        id: task.id,
        organisationId: ctx.organisationId,
      });
      await this.recordDemand(updated);
      return updated;
    });
  }

  /**
   * DRAFT → OPEN: members can see it, express interest and be offered it; the organisation's channels
   * that announce tasks looking for volunteers hear of it once it commits (linking to For you, where
   * members find the tasks matched to them).
   */
  open(ctx: RequestContext, id: string): Promise<CommsTask> {
    return this.db.transaction(ctx, async () => {
      const task = await this.transition(ctx, id, [DRAFT], OPEN, `opened_at = COALESCE(opened_at, now())`);
      await this.outbox.enqueue(
        announcementJob(ctx.organisationId, AnnouncementEvent.TASK_NEEDS_VOLUNTEERS, task.id, {
          title: task.title,
          link: `${this.config.get('APP_URL')}/`,
        }),
      );
      return task;
    });
  }

  /** OPEN | FILLED → DONE. */
  complete(ctx: RequestContext, id: string): Promise<CommsTask> {
    return this.db.transaction(ctx, () => this.transition(ctx, id, [OPEN, FILLED], DONE, `closed_at = now()`));
  }

  /**
   * DRAFT | OPEN | FILLED → CANCELLED. Everyone still on it (but completed
   * work) is withdrawn by comms and told; those who were e-mailed its calendar
   * event (an offer, a workshop place) get its cancellation for their calendars.
   */
  cancel(ctx: RequestContext, id: string, reason?: string): Promise<CommsTask> {
    return this.db.transaction(ctx, async () => {
      const task = await this.transition(ctx, id, [DRAFT, OPEN, FILLED], CANCELLED, `closed_at = now()`);
      const attendees = task.kind === CommsTaskKind.WORKSHOP ? await this.workshops.cancelAll(ctx, task, reason) : [];
      const affected = rowsOf<{ membership_id: string; previous: string }>(
        await this.db.manager.query(
          `UPDATE assignment a SET status = 'WITHDRAWN', withdrawn_at = now(), withdrawn_by = $3,
                  withdraw_reason = $4, updated_at = now()
             FROM (SELECT id, status FROM assignment
                    WHERE organisation_id = $1 AND task_id = $2
                      AND status IN ('SUGGESTED', 'INTERESTED', 'WAITLISTED', 'OFFERED', 'ACCEPTED')
                    FOR UPDATE) old
            WHERE a.organisation_id = $1 AND a.id = old.id
            RETURNING a.membership_id, old.status AS previous`,
          [ctx.organisationId, id, AssignmentParty.COMMS, reason ?? 'The task was cancelled'],
        ),
      );
      await this.db.manager.query(
        `UPDATE comms_task SET seats_taken = (SELECT count(*) FROM assignment
                                               WHERE organisation_id = $1 AND task_id = $2 AND status = 'COMPLETED')
          WHERE organisation_id = $1 AND id = $2`,
        [ctx.organisationId, id],
      );
      await this.notifications.notify({
        organisationId: ctx.organisationId,
        recipientMembershipIds: affected.map((a) => a.membership_id),
        kind: 'TASK_CANCELLED',
        title: `“${task.title}” has been cancelled`,
        body: reason ?? 'The comms team cancelled this task. Thank you for your interest.',
        data: { taskId: task.id },
      });
      const offered = affected.filter((a) => a.previous === 'OFFERED' || a.previous === 'ACCEPTED');
      await this.calendarCancellations.taskCancelled(
        ctx,
        task,
        [...offered.map((a) => a.membership_id), ...attendees],
        reason,
      );
      return this.db.manager.findOneByOrFail(CommsTask, { id, organisationId: ctx.organisationId });
    });
  }

  /** A task the caller may see: drafts are for comms only. */
  async get(ctx: RequestContext, id: string): Promise<CommsTask> {
    const task = await this.db.manager.findOneBy(CommsTask, { id, organisationId: ctx.organisationId });
    if (!task || (task.status === DRAFT && !managesTasks(ctx))) throw new NotFoundError('Task');
    return task;
  }

  /** Tasks, newest first, filtered; members never see drafts. */
  list(ctx: RequestContext, args: CommsTasksArgs): Promise<ConnectionShape<CommsTask>> {
    const f = args.filter ?? {};
    const query = this.db
      .getRepository(CommsTask)
      .createQueryBuilder('t')
      .where('t.organisationId = :org', { org: ctx.organisationId });
    if (!managesTasks(ctx)) query.andWhere('t.status <> :draft', { draft: DRAFT });
    if (f.statuses?.length) query.andWhere('t.status IN (:...statuses)', { statuses: f.statuses });
    if (f.kinds?.length) query.andWhere('t.kind IN (:...kinds)', { kinds: f.kinds });
    if (f.remote !== undefined && f.remote !== null) query.andWhere('t.remote = :remote', { remote: f.remote });
    if (f.hasFreeSeats) query.andWhere('t.seatsTaken < t.seats');
    if (f.skillId) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM comms_task_skill s
                  WHERE s.organisation_id = t.organisation_id AND s.task_id = t.id AND s.skill_id = :skillId)`,
        { skillId: f.skillId },
      );
    }
    if (f.search) {
      query.andWhere('(t.title ILIKE :search OR t.description ILIKE :search)', {
        search: `%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    return paginate(query, args, {
      column: 't.createdAt',
      valueOf: (t) => t.createdAt,
      direction: 'DESC',
      idColumn: 't.id',
      idOf: (t) => t.id,
    });
  }

  byIds(ctx: RequestContext, ids: readonly string[]): Promise<CommsTask[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.db.getRepository(CommsTask).findBy({ organisationId: ctx.organisationId, id: In([...ids]) });
  }

  /** For matching: every OPEN task of the organisation (optionally only `ids`), oldest first. */
  openTasks(ctx: RequestContext, ids?: readonly string[]): Promise<CommsTask[]> {
    return this.db.getRepository(CommsTask).find({
      where: { organisationId: ctx.organisationId, status: OPEN, ...(ids ? { id: In([...ids]) } : {}) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Required skills of tasks, heaviest first, for the per-request loader. */
  requirementsOf(ctx: RequestContext, taskIds: readonly string[]): Promise<CommsTaskSkill[]> {
    if (!taskIds.length) return Promise.resolve([]);
    return this.db.getRepository(CommsTaskSkill).find({
      where: { organisationId: ctx.organisationId, taskId: In([...taskIds]) },
      order: { weight: 'DESC', minLevel: 'DESC', id: 'ASC' },
    });
  }

  private async transition(
    ctx: RequestContext,
    id: string,
    from: CommsTaskStatus[],
    to: CommsTaskStatus,
    extraSet: string,
  ): Promise<CommsTask> {
    const updated = rowsOf(
      await this.db.manager.query(
        `UPDATE comms_task SET status = $3, ${extraSet}, updated_at = now()
          WHERE organisation_id = $1 AND id = $2 AND status = ANY($4::text[]) RETURNING id`,
        [ctx.organisationId, id, to, from],
      ),
    );
    const task = await this.db.manager.findOneBy(CommsTask, { id, organisationId: ctx.organisationId });
    if (!task) throw new NotFoundError('Task');
    if (!updated.length) {
      throw new ConflictError(`The task is ${task.status}; it cannot become ${to}`, { status: task.status });
    }
    // Opened tasks get candidates; closed ones lose their suggestions.
    await this.outbox.enqueue(matchTaskJob(ctx.organisationId, task.id));
    await this.recordDemand(task);
    return task;
  }

  /**
   * What an open (or done) task asks for feeds the skills-gap report: each
   * required skill at its level, for every seat and its hours. A cancelled or
   * draft task asks for nothing.
   */
  private async recordDemand(task: CommsTask): Promise<void> {
    const live = task.status === OPEN || task.status === FILLED || task.status === DONE;
    const requirements = live
      ? await this.db.manager.findBy(CommsTaskSkill, { organisationId: task.organisationId, taskId: task.id })
      : [];
    await this.gap.replaceSourceDemand(
      task.organisationId,
      { kind: SkillDemandSource.COMMS_TASK, id: task.id, period: task.startsAt ?? task.openedAt ?? task.createdAt },
      requirements.map((r) => ({
        skillId: r.skillId,
        minLevel: r.minLevel,
        people: task.seats,
        hours: Math.round(task.effortHours * task.seats),
      })),
    );
  }

  private async resolveRequirements(
    ctx: RequestContext,
    input: TaskSkillInput[],
  ): Promise<{ skillId: string; minLevel: number; weight: number }[]> {
    const resolved = await this.skills.resolve(
      ctx,
      input.map((s) => s.skillId),
    );
    const bySkill = new Map<string, { skillId: string; minLevel: number; weight: number }>();
    for (const s of input) {
      const skillId = resolved.get(s.skillId)!.id;
      const next = { skillId, minLevel: s.minLevel ?? 1, weight: s.weight ?? 1 };
      const prev = bySkill.get(skillId);
      bySkill.set(skillId, prev && prev.minLevel >= next.minLevel ? prev : next);
    }
    return [...bySkill.values()];
  }

  private async replaceRequirements(
    ctx: RequestContext,
    taskId: string,
    requirements: { skillId: string; minLevel: number; weight: number }[],
  ): Promise<void> {
    await this.db.manager.delete(CommsTaskSkill, { organisationId: ctx.organisationId, taskId });
    if (!requirements.length) return;
    await this.db.manager.insert(
      CommsTaskSkill,
      requirements.map((r) => ({ organisationId: ctx.organisationId, taskId, ...r })),
    );
  }
}
