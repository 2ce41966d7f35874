import type { RetentionKind } from '../../gql/graphql';

/** How each kind of record reads to an admin. */
export const RETENTION_KIND: Record<RetentionKind, { label: string; description: string }> = {
  AUDIT_EVENTS: {
    label: 'Audit events',
    description:
      'Profile views, appearances in searches (what people see under “Who looked at my profile”), downloads of people’s data and changes to settings.',
  },
  SEARCH_HISTORY: { label: 'Search history', description: 'The words and filters of people searches.' },
  NOTIFICATIONS: { label: 'Notifications', description: 'In-app notifications, read or not.' },
  EMAILS: {
    label: 'E-mails',
    description: 'Records of e-mails sent (recipient and subject); the text is not kept once an e-mail is sent.',
  },
  MATCH_SUGGESTIONS: {
    label: 'Match suggestions',
    description:
      'Counted from when a task closes or fills. Suggestions for open tasks and active volunteers are always kept.',
  },
  ENDED_SIGN_UPS: {
    label: 'Ended sign-ups',
    description:
      'Withdrawn and declined sign-ups with their intake notes, counted from when they ended. Live sign-ups are always kept.',
  },
};

const number = new Intl.NumberFormat('en-GB');

/** "730 days (about 2 years)", "90 days (about 3 months)", "7 days". */
export function describeDays(days: number): string {
  const base = `${number.format(days)} ${days === 1 ? 'day' : 'days'}`;
  if (days >= 360 && days % 365 <= 5) {
    const years = Math.round(days / 365);
    return `${base} (about ${years} ${years === 1 ? 'year' : 'years'})`;
  }
  if (days >= 28) {
    const months = Math.round(days / 30.4);
    return `${base} (about ${months} ${months === 1 ? 'month' : 'months'})`;
  }
  return base;
}

/** A setting change in the audit log: "Data retention of e-mails: 30 → 7 days". */
export function describeSettingChange(query: Record<string, unknown> | null): string {
  const setting = typeof query?.setting === 'string' ? query.setting : '';
  const kind = setting.startsWith('retention.') ? (setting.slice('retention.'.length) as RetentionKind) : null;
  const what = kind && RETENTION_KIND[kind] ? `Data retention of ${RETENTION_KIND[kind].label.toLowerCase()}` : setting;
  return `${what}: ${String(query?.from)} → ${String(query?.to)} days`;
}

export { number as retentionNumber };
