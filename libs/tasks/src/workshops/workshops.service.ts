import { CalendarCancellationsService } from '../calendar-cancellations.service';
import { crossOrganisation, TransactionalConnection } from '@crowdcomms/data-access';
import { BadInputError, ConflictError, NotFoundError } from '@crowdcomms/errors';
import { MembersService, MembershipStatus } from '@crowdcomms/identity';
import { MailService, NotificationsService, taskCalendarAttachment } from '@crowdcomms/notifications';
import { forOrganisation, hasRole, RequestContext, Role } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { In, IsNull, MoreThan, Not } from 'typeorm';
import { CommsTask, CommsTaskKind, CommsTaskStatus } from '../entities/comms-task.entity';
import { WorkshopRegistration, WorkshopRegistrationStatus } from '../entities/workshop-registration.entity';
import {
  cancelAllRegistrationsSql,
  cancelRegistrationSql,
  claimDueRemindersSql,
  insertRegistrationSql,
  markRegisteredSql,
  nextWaitingSql,
  PlaceState,
  releasePlaceSql,
  resizePlacesSql,
  takePlaceSql,
  updated,
  waitlistPositionsSql,
} from './workshops.sql';

const { REGISTERED, WAITLISTED } = WorkshopRegistrationStatus;

/** Comms and admins see drafts (as in tasks.service; not imported from there, which imports this). */
const managesTasks = (ctx: RequestContext) => hasRole(ctx, Role.COMMS, Role.ADMIN);

/** How a workshop's date reads in notifications and e-mails (en-GB, UK time). */
export function workshopWhen(startsAt: Date): string {
  return startsAt.toLocaleString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/London',
  });
}

/** Where a workshop is held, in words. */
export function workshopWhere(task: Pick<CommsTask, 'onlineLink' | 'location' | 'remote'>): string {
  const parts = [task.location, task.onlineLink ? `online: ${task.onlineLink}` : null].filter(Boolean);
  return parts.length
    ? parts.join(' · ')
    : task.remote
      ? 'online (the link follows from the comms team)'
      : 'to be confirmed';
}

/**
 * Attendees of workshops (comms tasks of kind WORKSHOP): registration against
 * the attendee capacity, a first-come waitlist served the moment a place frees,
 * cancellation, and the day-before reminder. Facilitators keep the task's seats
 * and assignments; attendees never take a seat.
 */
@Injectable()
export class WorkshopsService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly members: MembersService,
    private readonly notifications: NotificationsService,
    private readonly mail: MailService,
    private readonly calendarCancellations: CalendarCancellationsService,
  ) {}

  /**
   * The caller registers for a workshop: a free place is theirs at once
   * (REGISTERED); when every place is taken they join the waitlist (WAITLISTED,
   * with their position). Refused: a task that is not a workshop, takes no
   * attendees, is not open or has started (CONFLICT with a reason), and
   * registering twice (CONFLICT, ALREADY_REGISTERED). A draft, foreign or
   * missing task is NOT_FOUND.
   */
  register(ctx: RequestContext, taskId: string): Promise<WorkshopRegistration> {
    return this.db.transaction(ctx, async () => {
      const task = await this.visibleTask(ctx, taskId);
      assertTakesAttendees(task);
      const [row] = await this.db.run<{ id: string }[]>(
        insertRegistrationSql(ctx.organisationId, task.id, ctx.membershipId),
      );
      if (!row) {
        const existing = await this.liveOf(ctx, task.id, ctx.membershipId);
        throw new ConflictError(
          existing?.status === WAITLISTED
            ? 'You are already on the waitlist for this workshop'
            : 'You are already registered for this workshop',
          { reason: 'ALREADY_REGISTERED', status: existing?.status },
        );
      }
      // Nobody waits while a place is free (a freed place is handed on in the same transaction),
      // so a newcomer may take a free place without jumping the queue.
      const [place] = await updated<PlaceState>(this.db, takePlaceSql(ctx.organisationId, task.id));
      if (place) {
        await updated(this.db, markRegisteredSql(ctx.organisationId, row.id));
        await this.confirmPlace(ctx, task);
      }
      return this.withPosition(ctx, (await this.db.scoped(ctx, WorkshopRegistration).findOneBy({ id: row.id }))!);
    });
  }

  /** Confirms a place by e-mail, with the workshop's calendar event attached when it has a date. */
  private async confirmPlace(ctx: RequestContext, task: CommsTask): Promise<void> {
    const [member] = await this.members.findByIds(ctx, [ctx.membershipId]);
    const [user] = member ? await this.members.usersByIds([member.userId]) : [];
    if (!user || member.status !== MembershipStatus.ACTIVE) return;
    await this.mail.queueEmail({
      organisationId: ctx.organisationId,
      to: user.email,
      subject: `You have a place at ${task.title}`,
      text: [
        `Hello ${user.displayName},`,
        '',
        `You have a place at “${task.title}”${task.startsAt ? ` on ${workshopWhen(task.startsAt)}` : ''}.`,
        ...(task.startsAt
          ? [`Where: ${workshopWhere(task)}`, '', 'The attached calendar event adds it to yours.']
          : []),
        '',
        'If you can no longer come, cancel your place in Crowdcomms so someone on the waitlist can have it.',
      ].join('\n'),
      ...(task.startsAt ? { attachment: taskCalendarAttachment(task.id) } : {}),
    });
  }

  /**
   * The caller gives up their place (or leaves the waitlist). A freed place
   * goes at once, in the same transaction, to the first person waiting, who is
   * told in-app and by e-mail. Nothing to cancel is NOT_FOUND.
   */
  cancel(ctx: RequestContext, taskId: string): Promise<WorkshopRegistration> {
    return this.db.transaction(ctx, async () => {
      const task = await this.visibleTask(ctx, taskId);
      const [cancelled] = await updated<{ id: string; previous: WorkshopRegistrationStatus }>(
        this.db,
        cancelRegistrationSql(ctx.organisationId, task.id, ctx.membershipId),
      );
      if (!cancelled) throw new NotFoundError('Registration');
      if (cancelled.previous === REGISTERED) {
        await updated(this.db, releasePlaceSql(ctx.organisationId, task.id));
        await this.handPlacesToWaitlist(ctx, task);
        await this.calendarCancellations.left(ctx, task, ctx.membershipId);
      }
      return (await this.db.scoped(ctx, WorkshopRegistration).findOneBy({ id: cancelled.id }))!;
    });
  }

  /**
   * Sets a workshop's attendee capacity inside the caller's transaction (task
   * edits): never below the places taken (BAD_USER_INPUT on attendeeCapacity);
   * extra places go to the waitlist at once.
   */
  async resize(ctx: RequestContext, task: CommsTask, capacity: number | null): Promise<void> {
    if (capacity !== null && task.kind !== CommsTaskKind.WORKSHOP) {
      throw new BadInputError('attendeeCapacity is only for workshops', { field: 'attendeeCapacity' });
    }
    if (capacity === task.attendeeCapacity) return;
    const [resized] = await updated<PlaceState>(this.db, resizePlacesSql(ctx.organisationId, task.id, capacity));
    if (!resized) {
      throw new BadInputError(
        `attendeeCapacity must be at least ${task.attendeesRegistered}: that many people already hold a place`,
        { field: 'attendeeCapacity', attendeesRegistered: task.attendeesRegistered },
      );
    }
    await this.handPlacesToWaitlist(ctx, task);
  }

  /** A cancelled workshop cancels its registrations and tells those who had one. */
  /** Cancels every place and waitlist entry of a cancelled workshop; resolves with who held a place. */
  async cancelAll(ctx: RequestContext, task: CommsTask, reason?: string): Promise<string[]> {
    const rows = await this.db.run<{ membership_id: string; previous: WorkshopRegistrationStatus }[]>(
      cancelAllRegistrationsSql(ctx.organisationId, task.id),
    );
    await this.notifications.notify({
      organisationId: ctx.organisationId,
      recipientMembershipIds: rows.map((r) => r.membership_id),
      kind: 'WORKSHOP_CANCELLED',
      title: `The workshop “${task.title}” has been cancelled`,
      body: reason ?? 'The comms team cancelled this workshop. Your place is released.',
      data: { taskId: task.id },
    });
    return rows.filter((r) => r.previous === REGISTERED).map((r) => r.membership_id);
  }

  /** The caller's live registration for each workshop (for the per-request loader). */
  async mineFor(ctx: RequestContext, taskIds: readonly string[]): Promise<WorkshopRegistration[]> {
    if (!taskIds.length) return [];
    const rows = await this.db.scoped(ctx, WorkshopRegistration).find({
      where: { taskId: In([...taskIds]), membershipId: ctx.membershipId, status: In([REGISTERED, WAITLISTED]) },
    });
    return this.withPositions(ctx, rows);
  }

  /** Published workshops taking registrations that have not started (undated ones too), soonest first. */
  openForRegistration(ctx: RequestContext): Promise<CommsTask[]> {
    const taking = {
      kind: CommsTaskKind.WORKSHOP,
      status: In([CommsTaskStatus.OPEN, CommsTaskStatus.FILLED]),
      attendeeCapacity: Not(IsNull()),
    };
    return this.db.scoped(ctx, CommsTask).find({
      where: [
        { ...taking, startsAt: MoreThan(new Date()) },
        { ...taking, startsAt: IsNull() },
      ],
      order: { startsAt: 'ASC', id: 'ASC' },
      take: 200,
    });
  }

  /** Comms: who holds a place (in the order they got it) and the waitlist (in the order places will go). */
  async attendance(
    ctx: RequestContext,
    taskId: string,
  ): Promise<{ task: CommsTask; registered: WorkshopRegistration[]; waitlist: WorkshopRegistration[] }> {
    const task = await this.db.scoped(ctx, CommsTask).findOneBy({ id: taskId });
    if (!task) throw new NotFoundError('Task');
    const rows = await this.db.scoped(ctx, WorkshopRegistration).find({
      where: { taskId, status: In([REGISTERED, WAITLISTED]) },
      order: { registeredAt: 'ASC', waitlistedAt: 'ASC', id: 'ASC' },
    });
    const positioned = await this.withPositions(ctx, rows);
    return {
      task,
      registered: positioned.filter((r) => r.status === REGISTERED),
      waitlist: positioned
        .filter((r) => r.status === WAITLISTED)
        .sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0)),
    };
  }

  /** Organisations with a registered attendee of a workshop starting within a day of `now` (the tick's fan-out). */
  async organisationsWithDueReminders(now: Date): Promise<string[]> {
    const rows: { organisation_id: string }[] = await this.db.within(
      crossOrganisation('the workshop reminder tick fans out to every organisation with a workshop tomorrow'),
      () =>
        this.db.run({
          text: `SELECT DISTINCT r.organisation_id
                   FROM workshop_registration r
                   JOIN comms_task t ON t.organisation_id = r.organisation_id AND t.id = r.task_id
                  WHERE r.status = 'REGISTERED' AND r.reminded_at IS NULL
                    AND t.starts_at > $1 AND t.starts_at <= $1::timestamptz + interval '24 hours'`,
          values: [now],
        }),
    );
    return rows.map((r) => r.organisation_id);
  }

  /**
   * Sends the day-before reminders due at `now` in one organisation: in-app,
   * and by e-mail to active members. Each attendee's reminder is claimed and
   * queued in one transaction, so it goes once whatever runs twice.
   */
  sendDueReminders(organisationId: string, now: Date): Promise<number> {
    const ctx = forOrganisation(organisationId);
    return this.db.transaction(ctx, async () => {
      const due = await updated<{ id: string; membership_id: string; task_id: string }>(
        this.db,
        claimDueRemindersSql(organisationId, now),
      );
      if (!due.length) return 0;
      const tasks = await this.db.scoped(ctx, CommsTask).findBy({ id: In([...new Set(due.map((d) => d.task_id))]) });
      const members = await this.members.findByIds(ctx, [...new Set(due.map((d) => d.membership_id))]);
      const users = await this.members.usersByIds(members.map((m) => m.userId));
      for (const reminder of due) {
        const task = tasks.find((t) => t.id === reminder.task_id)!;
        const when = workshopWhen(task.startsAt!);
        const where = workshopWhere(task);
        await this.notifications.notify({
          organisationId,
          recipientMembershipIds: [reminder.membership_id],
          kind: 'WORKSHOP_REMINDER',
          title: `Tomorrow: “${task.title}”`,
          body: `${when}, ${where}. Can no longer come? Cancel your place so someone on the waitlist can have it.`,
          data: { taskId: task.id, registrationId: reminder.id },
        });
        const member = members.find((m) => m.id === reminder.membership_id);
        const user = member && member.status === MembershipStatus.ACTIVE && users.find((u) => u.id === member.userId);
        if (user) {
          await this.mail.queueEmail({
            organisationId,
            to: user.email,
            subject: `Reminder: ${task.title} is tomorrow`,
            text: [
              `Hello ${user.displayName},`,
              '',
              `This is a reminder that you have a place at “${task.title}”.`,
              '',
              `When: ${when}`,
              `Where: ${where}`,
              '',
              'If you can no longer come, please cancel your place in Crowdcomms so someone on the waitlist can have it.',
            ].join('\n'),
          });
        }
      }
      return due.length;
    });
  }

  /**
   * Hands free places to the waitlist, first come first served, inside the
   * caller's transaction; each promoted member is told in-app and by e-mail.
   */
  private async handPlacesToWaitlist(ctx: RequestContext, task: CommsTask): Promise<void> {
    for (;;) {
      const [next] = await this.db.run<{ id: string; membership_id: string }[]>(
        nextWaitingSql(ctx.organisationId, task.id),
      );
      if (!next) return;
      const [place] = await updated<PlaceState>(this.db, takePlaceSql(ctx.organisationId, task.id));
      if (!place) return;
      const [promoted] = await updated(this.db, markRegisteredSql(ctx.organisationId, next.id));
      if (!promoted) throw new Error('waitlisted registration changed under its row lock');
      const when = task.startsAt ? ` on ${workshopWhen(task.startsAt)}` : '';
      await this.notifications.notify({
        organisationId: ctx.organisationId,
        recipientMembershipIds: [next.membership_id],
        kind: 'WORKSHOP_PLACE',
        title: `A place freed up: you are registered for “${task.title}”`,
        body: `You were first on the waitlist, so the place${when} is yours. Cancel it if you can no longer come.`,
        data: { taskId: task.id, registrationId: next.id },
      });
      const [member] = await this.members.findByIds(ctx, [next.membership_id]);
      const [user] = member ? await this.members.usersByIds([member.userId]) : [];
      if (user && member.status === MembershipStatus.ACTIVE) {
        await this.mail.queueEmail({
          organisationId: ctx.organisationId,
          to: user.email,
          subject: `You have a place at ${task.title}`,
          text: [
            `Hello ${user.displayName},`,
            '',
            `A place at “${task.title}”${when} freed up and you were first on the waitlist, so it is yours.`,
            ...(task.startsAt ? [`Where: ${workshopWhere(task)}`] : []),
            '',
            'If you can no longer come, cancel your place in Crowdcomms so the next person can have it.',
          ].join('\n'),
          ...(task.startsAt ? { attachment: taskCalendarAttachment(task.id) } : {}),
        });
      }
    }
  }

  /**
   * A task the caller may see, its row locked for the rest of the transaction: registrations
   * and cancellations of one workshop take turns, so a newcomer is never waitlisted while a
   * place freed by a cancellation still in flight goes unclaimed. The place statements
   * re-check the count on the row all the same.
   */
  private async visibleTask(ctx: RequestContext, taskId: string): Promise<CommsTask> {
    const task = await this.db
      .scoped(ctx, CommsTask)
      .findOne({ where: { id: taskId }, lock: { mode: 'pessimistic_write' } });
    if (!task || (task.status === CommsTaskStatus.DRAFT && !managesTasks(ctx))) throw new NotFoundError('Task');
    return task;
  }

  private liveOf(ctx: RequestContext, taskId: string, membershipId: string): Promise<WorkshopRegistration | null> {
    return this.db
      .scoped(ctx, WorkshopRegistration)
      .findOneBy({ taskId, membershipId, status: In([REGISTERED, WAITLISTED]) });
  }

  private async withPosition(ctx: RequestContext, row: WorkshopRegistration): Promise<WorkshopRegistration> {
    return (await this.withPositions(ctx, [row]))[0];
  }

  private async withPositions(ctx: RequestContext, rows: WorkshopRegistration[]): Promise<WorkshopRegistration[]> {
    const waiting = rows.filter((r) => r.status === WAITLISTED);
    if (!waiting.length) return rows;
    const positions = await this.db.run<{ id: string; position: number }[]>(
      waitlistPositionsSql(ctx.organisationId, [...new Set(waiting.map((r) => r.taskId))]),
    );
    const byId = new Map(positions.map((p) => [p.id, p.position]));
    for (const r of waiting) r.waitlistPosition = byId.get(r.id) ?? null;
    return rows;
  }
}

/** Registration is open for a published workshop with a capacity that has not started yet. */
function assertTakesAttendees(task: CommsTask): void {
  if (task.kind !== CommsTaskKind.WORKSHOP) {
    throw new ConflictError('This task is not a workshop: volunteers take it up or are offered it', {
      reason: 'NOT_A_WORKSHOP',
    });
  }
  if (task.status !== CommsTaskStatus.OPEN && task.status !== CommsTaskStatus.FILLED) {
    throw new ConflictError(`The workshop is ${task.status}; it takes no registrations`, {
      reason: 'WORKSHOP_CLOSED',
      status: task.status,
    });
  }
  if (task.startsAt && task.startsAt.getTime() <= Date.now()) {
    throw new ConflictError('This workshop has already started', { reason: 'WORKSHOP_PAST' });
  }
  if (task.attendeeCapacity === null) {
    throw new ConflictError('This workshop takes no attendees', { reason: 'NO_ATTENDEE_PLACES' });
  }
}
