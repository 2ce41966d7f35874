import { registerEnumType } from '@nestjs/graphql';

/** The kinds of record an organisation keeps for a period of its choosing, then the worker deletes. */
export enum RetentionKind {
  /** Who opened whose profile, who was found in a search, CSV downloads, setting changes (not the searches' own record). */
  AUDIT_EVENTS = 'AUDIT_EVENTS',
  /** The people searches themselves: the words and filters HR, comms and admins searched for. */
  SEARCH_HISTORY = 'SEARCH_HISTORY',
  /** In-app notifications, read or not. */
  NOTIFICATIONS = 'NOTIFICATIONS',
  /** E-mail records (recipient, subject, status; bodies are emptied once sent). */
  EMAILS = 'EMAILS',
  /** Match suggestions that are no longer current (the task closed or filled, or the volunteer left). */
  MATCH_SUGGESTIONS = 'MATCH_SUGGESTIONS',
  /** Sign-ups that ended (withdrawn or declined), with their intake notes. */
  ENDED_SIGN_UPS = 'ENDED_SIGN_UPS',
}
registerEnumType(RetentionKind, {
  name: 'RetentionKind',
  valuesMap: {
    AUDIT_EVENTS: {
      description: 'Profile views, appearances in searches, CSV downloads and setting changes (the audit log).',
    },
    SEARCH_HISTORY: { description: 'The people searches themselves: their words and filters.' },
    NOTIFICATIONS: { description: 'In-app notifications, read or not, counted from when they were sent.' },
    EMAILS: { description: 'E-mail records, counted from when they were sent.' },
    MATCH_SUGGESTIONS: { description: 'Match suggestions, counted from when they stopped being current.' },
    ENDED_SIGN_UPS: {
      description: 'Withdrawn and declined sign-ups with their intake notes, counted from when they ended.',
    },
  },
});

export interface RetentionRule {
  /** Days kept unless the organisation chooses otherwise. */
  readonly defaultDays: number;
  /** The shortest period an organisation may choose, and why it is not shorter. */
  readonly minDays: number;
  readonly maxDays: number;
}

/**
 * Defaults and limits, in days (docs/privacy.md gives the reasons). The floor of
 * the audit log keeps a person's "who looked at my profile" and the
 * accountability of HR searches for at least a year, whatever an admin chooses.
 */
export const RETENTION_RULES: Readonly<Record<RetentionKind, RetentionRule>> = {
  [RetentionKind.AUDIT_EVENTS]: { defaultDays: 730, minDays: 365, maxDays: 2555 },
  [RetentionKind.SEARCH_HISTORY]: { defaultDays: 365, minDays: 30, maxDays: 730 },
  [RetentionKind.NOTIFICATIONS]: { defaultDays: 90, minDays: 7, maxDays: 730 },
  [RetentionKind.EMAILS]: { defaultDays: 30, minDays: 7, maxDays: 365 },
  [RetentionKind.MATCH_SUGGESTIONS]: { defaultDays: 180, minDays: 7, maxDays: 730 },
  [RetentionKind.ENDED_SIGN_UPS]: { defaultDays: 365, minDays: 30, maxDays: 1095 },
};

/** In the order admins read them and the job runs them. */
export const RETENTION_KINDS: readonly RetentionKind[] = Object.values(RetentionKind);

export const DAY_MS = 24 * 3600_000;
