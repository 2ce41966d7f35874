import type { CampaignCadence, ShareChannel, ShareForm, SurveyQuestionKind } from '../../gql/graphql';

export const CHANNELS: Record<ShareChannel, string> = {
  INTERNAL: 'Community posts',
  BLOG: 'Blog',
  LINKEDIN: 'LinkedIn',
  X_TWITTER: 'X (Twitter)',
  INSTAGRAM: 'Instagram',
  YOUTUBE: 'YouTube',
  PODCAST: 'Podcast',
  OTHER: 'Other',
};

export const FORMS: Record<ShareForm, string> = {
  TEXT: 'Text',
  IMAGE: 'Image',
  VIDEO: 'Video',
  AUDIO: 'Audio',
  BLOG_POST: 'Blog post',
  LINK: 'Link',
};

export const CADENCES: Record<CampaignCadence, string> = { WEEKLY: 'Weekly', MONTHLY: 'Monthly' };

export const QUESTION_KINDS: Record<SurveyQuestionKind, string> = {
  FREE_TEXT: 'Free text',
  SINGLE_CHOICE: 'One choice',
  MULTIPLE_CHOICE: 'Several choices',
  SCALE: 'Scale of 1 to 5',
};

export const channelLabel = (key: string) => CHANNELS[key as ShareChannel] ?? key;
export const formLabel = (key: string) => FORMS[key as ShareForm] ?? key;

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "3 Dec 2026" from YYYY-MM-DD. */
export const dayLabel = (iso: string) => DAY.format(new Date(`${iso}T00:00:00Z`));

/** The day before an exclusive end (the API's ranges are [from, to)). */
export function lastDay(exclusiveTo: string): string {
  const d = new Date(`${exclusiveTo}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** "3 Dec to 9 Dec 2026" for a range [from, to). */
export const rangeLabel = (from: string, to: string) => `${dayLabel(from)} to ${dayLabel(lastDay(to))}`;

export const today = () => new Date().toISOString().slice(0, 10);

export const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/** A member as lists show them: their name, and their department when known. */
export const memberLabel = (m: { department?: string | null; user: { displayName: string } } | null | undefined) =>
  !m ? 'A former member' : m.department ? `${m.user.displayName} (${m.department})` : m.user.displayName;
