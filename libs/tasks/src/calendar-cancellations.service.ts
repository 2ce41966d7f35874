import { MembershipStatus, MembersService } from '@crowdcomms/identity';
import { MailService, taskCalendarAttachment, taskLeftCalendarAttachment } from '@crowdcomms/notifications';
import { RequestContext } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { CommsTask, CommsTaskKind } from './entities/comms-task.entity';

type CalendarTask = Pick<CommsTask, 'id' | 'title' | 'kind' | 'startsAt' | 'dueAt'>;

const hasEvent = (task: CalendarTask) => !!(task.startsAt || task.dueAt); // no dates: no calendar event was sent
const kindOf = (task: CalendarTask) => (task.kind === CommsTaskKind.WORKSHOP ? 'workshop' : 'task');

/**
 * People who were e-mailed a task's calendar event (an offer, a workshop place) have it in their own
 * calendars, which the subscription feed does not reach. When the task is cancelled they are e-mailed
 * again: its attachment is rendered when the e-mail leaves, from the cancelled task, so it is
 * METHOD:CANCEL with the same UID and a higher SEQUENCE, and calendar apps remove the event.
 */
@Injectable()
export class CalendarCancellationsService {
  constructor(
    private readonly members: MembersService,
    private readonly mail: MailService,
  ) {}

  async taskCancelled(
    ctx: RequestContext,
    task: CalendarTask,
    membershipIds: readonly string[],
    reason: string | undefined,
  ): Promise<void> {
    if (!hasEvent(task)) return;
    for (const user of await this.activeUsers(ctx, membershipIds)) {
      await this.mail.queueEmail({
        organisationId: ctx.organisationId,
        to: user.email,
        subject: `Cancelled: ${task.title}`,
        text: [
          `Hello ${user.displayName},`,
          '',
          `The comms team has cancelled the ${kindOf(task)} “${task.title}”.`,
          ...(reason ? ['', `Why: ${reason}`] : []),
          '',
          'The attached calendar update removes it from your calendar.',
        ].join('\n'),
        attachment: taskCalendarAttachment(task.id),
      });
    }
  }

  /** One person left a task with dates that goes on (gave up a workshop place, declined, withdrew). */
  async left(ctx: RequestContext, task: CalendarTask, membershipId: string): Promise<void> {
    if (!hasEvent(task)) return;
    for (const user of await this.activeUsers(ctx, [membershipId])) {
      await this.mail.queueEmail({
        organisationId: ctx.organisationId,
        to: user.email,
        subject: `Removed from your calendar: ${task.title}`,
        text: [
          `Hello ${user.displayName},`,
          '',
          `You are no longer on the ${kindOf(task)} “${task.title}”. The attached calendar update removes it from your calendar.`,
        ].join('\n'),
        attachment: taskLeftCalendarAttachment(task.id),
      });
    }
  }

  /** The accounts of those still active in the organisation (a deactivated member is not e-mailed). */
  private async activeUsers(ctx: RequestContext, membershipIds: readonly string[]) {
    if (!membershipIds.length) return [];
    const members = await this.members.findByIds(ctx, [...new Set(membershipIds)]);
    const active = members.filter((m) => m.status === MembershipStatus.ACTIVE);
    return active.length ? this.members.usersByIds(active.map((m) => m.userId)) : [];
  }
}
