/** Every BullMQ queue Crowdcomms uses. */
export enum QueueName {
  MAIL = 'mail',
  NOTIFICATIONS = 'notifications',
  COMMUNITY = 'community',
  MATCHING = 'matching',
  CAMPAIGNS = 'campaigns',
  PRIVACY = 'privacy',
  RETENTION = 'retention',
  PROFILES = 'profiles',
  WORKSHOPS = 'workshops',
  ANNOUNCEMENTS = 'announcements',
}

/** An announcement as queued: the event, when it happened and what it says (no personal data). */
export interface AnnouncementPayload {
  organisationId: string;
  /** An `AnnouncementEvent`, or `TEST` for an admin's test message. */
  event: string;
  /** Names the event once (the call, task or digest post). */
  eventId: string;
  occurredAt: string;
  data: { title: string; link: string };
}

/** One typed payload per job; payloads carry ids, never personal data. */
export interface JobPayloads {
  [QueueName.MAIL]: { 'send-email': { organisationId: string | null; emailId: string } };
  [QueueName.NOTIFICATIONS]: {
    publish: { organisationId: string; notificationIds: string[] };
  };
  [QueueName.COMMUNITY]: {
    /** Tell live feed subscribers that a committed post is waiting. */
    'publish-post': { organisationId: string; postId: string };
    /** Scheduled: queue one `digest` job per organisation. */
    'digest-tick': { now?: string };
    /** Build and queue the due members' digest e-mails; `now` (ISO) fixes "due" and the period. */
    digest: { organisationId: string; now: string };
  };
  [QueueName.MATCHING]: {
    /** Recompute one volunteer's suggestions; runs no earlier than `notBefore` (epoch ms: the debounce window's end). */
    'recompute-volunteer': { organisationId: string; membershipId: string; notBefore: number };
    /** Recompute one task's candidates; runs no earlier than `notBefore`. */
    'recompute-task': { organisationId: string; taskId: string; notBefore: number };
    /** Run the optimiser for a PENDING match plan and store it. */
    'propose-plan': { organisationId: string; planId: string };
  };
  [QueueName.CAMPAIGNS]: {
    /** Scheduled: queue one `campaign-periods` job per organisation running campaigns. */
    'campaigns-tick': { now?: string };
    /** Publish the digests of periods ended by `now` (ISO) and send end-of-period reminders. */
    'campaign-periods': { organisationId: string; now: string };
  };
  [QueueName.PRIVACY]: {
    /** Build the archive of a "Download my data" request and e-mail its link. */
    'build-export': { organisationId: string; requestId: string };
    /** Carry out an erasure request whose cooling-off has ended (a no-op before then, or once done). */
    erase: { organisationId: string; requestId: string };
    /** Scheduled: queue `erase` for every request whose cooling-off has ended (`now`, ISO). */
    'erasure-tick': { now?: string };
  };
  [QueueName.RETENTION]: {
    /** Scheduled daily: queue one `enforce-retention` job per organisation (`now`, ISO). */
    'retention-tick': { now?: string };
    /** Delete the organisation's records past their retention period as of `now` (ISO). */
    'enforce-retention': { organisationId: string; now: string };
  };
  [QueueName.PROFILES]: {
    /** Scheduled monthly: queue one `completion-reminders` job per organisation (`now`, ISO). */
    'reminders-tick': { now?: string };
    /** E-mail the members whose profile is under half complete, at most once in `now`'s month. */
    'completion-reminders': { organisationId: string; now: string };
  };
  [QueueName.WORKSHOPS]: {
    /** Scheduled hourly: queue one `workshop-reminders` job per organisation with a workshop tomorrow (`now`, ISO). */
    'workshop-reminders-tick': { now?: string };
    /** Send the day-before reminders due at `now` (ISO) to the organisation's registered attendees. */
    'workshop-reminders': { organisationId: string; now: string };
  };
  [QueueName.ANNOUNCEMENTS]: {
    /** Queue one `deliver` per destination of the organisation that announces this event. */
    announce: AnnouncementPayload;
    /** Post the announcement to one destination (retried with backoff; pauses it after repeated failures). */
    deliver: AnnouncementPayload & { destinationId: string };
  };
}

/** Changes to one volunteer or task within this window share one recompute job. */
export const MATCHING_DEBOUNCE_MS = 250;

function debounce(now: number): { bucket: number; notBefore: number } {
  const bucket = Math.floor(now / MATCHING_DEBOUNCE_MS);
  return { bucket, notBefore: (bucket + 1) * MATCHING_DEBOUNCE_MS };
}

/**
 * The outbox job that refreshes one volunteer's matches after a change: its id
 * is stable within a debounce window, so a burst of edits queues one recompute,
 * which runs after the window (and so sees every edit of the burst).
 */
export function matchVolunteerJob(organisationId: string, membershipId: string, now = Date.now()) {
  const { bucket, notBefore } = debounce(now);
  return {
    queue: QueueName.MATCHING as const,
    name: 'recompute-volunteer' as const,
    jobId: `match-volunteer-${organisationId}-${membershipId}-${bucket}`,
    payload: { organisationId, membershipId, notBefore },
    organisationId,
  };
}

/** As {@link matchVolunteerJob}, for one task's candidates. */
export function matchTaskJob(organisationId: string, taskId: string, now = Date.now()) {
  const { bucket, notBefore } = debounce(now);
  return {
    queue: QueueName.MATCHING as const,
    name: 'recompute-task' as const,
    jobId: `match-task-${organisationId}-${taskId}-${bucket}`,
    payload: { organisationId, taskId, notBefore },
    organisationId,
  };
}

export type JobName<Q extends QueueName> = keyof JobPayloads[Q] & string;
export type JobPayload<Q extends QueueName, N extends JobName<Q>> = JobPayloads[Q][N];

/**
 * For processors whose jobs must not wait long after a worker dies mid-job (SIGKILL, a crash, a
 * lost machine): with a 5 s lock, renewed every 2.5 s while the job runs, another worker finds
 * the job stalled and runs it again within seconds (BullMQ's default lock is 30 s). The
 * processor must be idempotent, as it must anyway under at-least-once delivery.
 */
export const RECOVERABLE_WORKER_OPTIONS = { lockDuration: 5000, stalledInterval: 2500 } as const;

/** At-least-once delivery with backoff; finished jobs are kept briefly for the dashboard. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 5000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;
