import { AppConfig } from '@crowdcomms/config';
import { TransactionalConnection } from '@crowdcomms/data-access';
import { Injectable } from '@nestjs/common';
import { CalendarEvent } from './ics';
import { TaskEventRow, taskEventSql } from './calendars.sql';

const HOUR = 3_600_000;

/** A campaign as its calendar event needs it. */
export interface CampaignEventSource {
  id: string;
  name: string;
  aims: readonly string[];
  startsOn: string;
  endsOn: string;
  cadence: string;
  targetPerPeriod: number;
}

/**
 * Tasks, workshops and campaigns as calendar events. Each thing has one UID (`task-<id>@<host>`,
 * `campaign-<id>@<host>`, the host of APP_URL) whatever calendar it appears in, so an e-mailed event and
 * the subscription feed describe the same event, and an update replaces it. A task's SEQUENCE is kept
 * by the database (comms_task.calendar_sequence, raised by a trigger when the event's content changes);
 * campaigns cannot be edited once created, so theirs stays 0.
 */
@Injectable()
export class CalendarEventsService {
  private readonly appUrl: string;
  private readonly host: string;

  constructor(
    config: AppConfig,
    private readonly db: TransactionalConnection,
  ) {
    this.appUrl = config.get('APP_URL').replace(/\/+$/, '');
    this.host = new URL(this.appUrl).hostname;
  }

  /** A published task's event (null for a draft, an unknown id or a task without dates). */
  async task(organisationId: string, taskId: string): Promise<CalendarEvent | null> {
    const [row] = await this.db.run<TaskEventRow[]>(taskEventSql(organisationId, taskId));
    return row ? this.fromTask(row) : null;
  }

  /**
   * A task with dates: from its start to its due date; a task with only one of them is an hour at that
   * time (a due date reads "Due: …"); a workshop without an end is an hour long.
   */
  fromTask(row: TaskEventRow): CalendarEvent {
    const start = row.startsAt ?? row.dueAt!;
    const end = row.startsAt && row.dueAt && row.dueAt > row.startsAt ? row.dueAt : new Date(start.getTime() + HOUR);
    const workshop = row.kind === 'WORKSHOP';
    const where = [row.location, row.onlineLink].filter(Boolean).join(' · ');
    const url = workshop ? `${this.appUrl}/workshops?workshop=${row.id}` : `${this.appUrl}/tasks?task=${row.id}`;
    return {
      uid: `task-${row.id}@${this.host}`,
      sequence: row.sequence,
      start,
      end,
      allDay: false,
      summary: `${row.startsAt ? '' : 'Due: '}${workshop ? 'Workshop: ' : ''}${row.title}`,
      description: [
        row.description,
        row.onlineLink ? `Join online: ${row.onlineLink}` : null,
        `Open in Crowdcomms: ${url}`,
      ]
        .filter(Boolean)
        .join('\n\n'),
      location: where || (row.remote ? 'Online' : null),
      url,
      cancelled: row.status === 'CANCELLED',
    };
  }

  /** A campaign's whole period as one all-day event: its first day to its last, inclusive. */
  fromCampaign(campaign: CampaignEventSource): CalendarEvent {
    const url = `${this.appUrl}/campaigns/${campaign.id}`;
    const end = new Date(`${campaign.endsOn}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    return {
      uid: `campaign-${campaign.id}@${this.host}`,
      sequence: 0,
      start: new Date(`${campaign.startsOn}T00:00:00Z`),
      end,
      allDay: true,
      summary: `Campaign: ${campaign.name}`,
      description: [
        `Share ${campaign.targetPerPeriod} thing(s) each ${campaign.cadence === 'WEEKLY' ? 'week' : 'month'}.`,
        ...(campaign.aims.length ? [`Aims: ${campaign.aims.join('; ')}`] : []),
        `Open in Crowdcomms: ${url}`,
      ].join('\n\n'),
      location: null,
      url,
      cancelled: false,
    };
  }
}
