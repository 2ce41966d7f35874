/** Every BullMQ queue Crowdcomms uses. */
export enum QueueName {
  MAIL = 'mail',
  NOTIFICATIONS = 'notifications',
  COMMUNITY = 'community',
}

/** One typed payload per job; payloads carry ids, never personal data. */
export interface JobPayloads {
  [QueueName.MAIL]: { 'send-email': { organisationId: string | null; emailId: string } };
  [QueueName.NOTIFICATIONS]: { publish: { organisationId: string; notificationIds: string[] } };
  [QueueName.COMMUNITY]: {
    /** Tell live feed subscribers that a committed post is waiting. */
    'publish-post': { organisationId: string; postId: string };
    /** Scheduled: queue one `digest` job per organisation. */
    'digest-tick': { now?: string };
    /** Build and queue the due members' digest e-mails; `now` (ISO) fixes "due" and the period. */
    digest: { organisationId: string; now: string };
  };
}

export type JobName<Q extends QueueName> = keyof JobPayloads[Q] & string;
export type JobPayload<Q extends QueueName, N extends JobName<Q>> = JobPayloads[Q][N];

/** At-least-once delivery with backoff; finished jobs are kept briefly for the dashboard. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 5000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;
