import { MembershipStatus, MembersService } from '@crowdcomms/identity';
import { MailService, taskCalendarAttachment, taskLeftCalendarAttachment } from '@crowdcomms/notifications';
import { RequestContext } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { CommsTask, CommsTaskKind } from './entities/comms-task.entity';

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
    task: Pick<CommsTask, 'id' | 'title' | 'kind' | 'startsAt' | 'dueAt'>,
    membershipIds: readonly string[],
    reason: string | undefined,
  ): Promise<void> {
    if (!membershipIds.length || !(task.startsAt || task.dueAt)) return; // no dates: no calendar event was sent
    const members = (await this.members.findByIds(ctx, [...new Set(membershipIds)])).filter(
      (m) => m.status === MembershipStatus.ACTIVE,
    );
    const users = await this.members.usersByIds(members.map((m) => m.userId));
    const what = task.kind === CommsTaskKind.WORKSHOP ? 'workshop' : 'task';
    for (const user of users) {
      await this.mail.queueEmail({
        organisationId: ctx.organisationId,
        to: user.email,
        subject: `Cancelled: ${task.title}`,
        text: [
          `Hello ${user.displayName},`,
          '',
          `The comms team has cancelled the ${what} “${task.title}”.`,
          ...(reason ? ['', `Why: ${reason}`] : []),
          '',
          'The attached calendar update removes it from your calendar.',
        ].join('\n'),
        attachment: taskCalendarAttachment(task.id),
      });
    }
  }

  /** One person left a task with dates that goes on (gave up a workshop place, declined, withdrew). */
  async left(
    ctx: RequestContext,
    task: Pick<CommsTask, 'id' | 'title' | 'kind' | 'startsAt' | 'dueAt'>,
    membershipId: string,
  ): Promise<void> {
    if (!(task.startsAt || task.dueAt)) return;
    const [member] = await this.members.findByIds(ctx, [membershipId]);
    if (!member || member.status !== MembershipStatus.ACTIVE) return;
    const [user] = await this.members.usersByIds([member.userId]);
    if (!user) return;
    const what = task.kind === CommsTaskKind.WORKSHOP ? 'workshop' : 'task';
    await this.mail.queueEmail({
      organisationId: ctx.organisationId,
      to: user.email,
      subject: `Removed from your calendar: ${task.title}`,
      text: [
        `Hello ${user.displayName},`,
        '',
        `You are no longer on the ${what} “${task.title}”. The attached calendar update removes it from your calendar.`,
      ].join('\n'),
      attachment: taskLeftCalendarAttachment(task.id),
    });
  }
}
