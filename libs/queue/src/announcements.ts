import { QueueName } from './queues';

/** What an organisation can announce in its own channels (Teams, Slack, a generic webhook). */
export enum AnnouncementEvent {
  /** An ambassador call was opened. */
  NEW_AMBASSADOR_CALL = 'NEW_AMBASSADOR_CALL',
  /** A task was opened and is looking for volunteers. */
  TASK_NEEDS_VOLUNTEERS = 'TASK_NEEDS_VOLUNTEERS',
  /** A campaign period's digest was published. */
  CAMPAIGN_DIGEST = 'CAMPAIGN_DIGEST',
}

/**
 * What an announcement says: only what the whole organisation may read anyway — a title and the
 * link to it in the web app. Never names, e-mail addresses or private-group content.
 */
export interface AnnouncementData {
  title: string;
  link: string;
}

/**
 * The outbox job that announces an event, recorded in the transaction of the event itself (so a
 * rolled-back change announces nothing). The worker fans it out to the organisation's destinations
 * that chose this event. `subjectId` names the event once: the same event is announced once.
 */
export function announcementJob(
  organisationId: string,
  event: AnnouncementEvent,
  subjectId: string,
  data: AnnouncementData,
  occurredAt = new Date(),
) {
  return {
    queue: QueueName.ANNOUNCEMENTS as const,
    name: 'announce' as const,
    jobId: `announce-${event}-${organisationId}-${subjectId}`,
    payload: { organisationId, event, eventId: subjectId, occurredAt: occurredAt.toISOString(), data },
    organisationId,
  };
}
