// ical-generator 11 is an ES module package that also ships a CommonJS build (dist/index.cjs, its
// "require" export), so this CommonJS codebase and Jest on Node 20 load it with a plain import; its
// "engines" asks for Node 22, but the CommonJS build uses nothing newer than Node 20 has.
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

/** One thing in a calendar: a task, a workshop or a campaign, as a calendar app should show it. */
export interface CalendarEvent {
  /** Stable per thing (`task-<id>@<host>`): an update or a cancellation replaces the same event. */
  uid: string;
  /** Higher on every change of what the event shows, so calendar apps take the newer one. */
  sequence: number;
  start: Date;
  end: Date;
  /** Whole days (a campaign): `start` and `end` are UTC midnights, `end` exclusive. */
  allDay: boolean;
  summary: string;
  description: string;
  location: string | null;
  url: string;
  cancelled: boolean;
}

/**
 * How the calendar is meant: a feed or an e-mailed event to add is PUBLISH; an e-mailed event that
 * was cancelled is CANCEL (with STATUS:CANCELLED on the event).
 */
export type CalendarMethod = 'PUBLISH' | 'CANCEL';

/** The iCalendar text (RFC 5545) of `events`. */
export function toIcs(name: string, events: readonly CalendarEvent[], method: CalendarMethod = 'PUBLISH'): string {
  const calendar = ical({
    name,
    prodId: { company: 'Crowdcomms', product: 'Crowdcomms', language: 'EN' },
    method: method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
  });
  for (const e of events) {
    calendar.createEvent({
      id: e.uid,
      sequence: e.sequence,
      start: e.start,
      end: e.end,
      allDay: e.allDay,
      summary: e.summary,
      description: e.description,
      location: e.location,
      url: e.url,
      status: e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
