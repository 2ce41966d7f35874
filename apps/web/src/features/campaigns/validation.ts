/** The API's limits (CreateCampaignInput, LogShareInput, UpdateShareInteractionsInput), checked before sending. */

export const MAX_DAYS_BACK = 90;
export const MAX_MONTHS = 24;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isDay(value: string): boolean {
  return (
    ISO_DAY.test(value) &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value
  );
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function addMonths(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return target.toISOString().slice(0, 10);
}

export function startsOnError(startsOn: string, today: string): string | null {
  if (!isDay(startsOn)) return 'Enter the first day of the campaign';
  if (startsOn < addDays(today, -MAX_DAYS_BACK)) return `A campaign can start at most ${MAX_DAYS_BACK} days ago`;
  return null;
}

export function endsOnError(endsOn: string, startsOn: string): string | null {
  if (!isDay(endsOn)) return 'Enter the last day of the campaign';
  if (!isDay(startsOn)) return null;
  if (endsOn < startsOn) return 'The last day must not be before the first day';
  if (endsOn >= addMonths(startsOn, MAX_MONTHS)) return 'A campaign can last at most 2 years';
  return null;
}

/** Like the API's IsUrl: http or https, with a host that has a dot (or localhost). */
export function isShareUrl(value: string): boolean {
  if (value.length > 2000 || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && /\.[a-z]{2,}$/i.test(url.hostname);
  } catch {
    return false;
  }
}

export const wholeNumber = (value: number | string, min: number, max = Number.MAX_SAFE_INTEGER) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/**
 * A campaign hashtag as the API checks it: with or without #, 1–50 letters, digits or underscores, not only
 * digits. Empty is allowed (every post everyone may see counts).
 */
export function hashtagError(value: string): string | null {
  const tag = value.trim().replace(/^#/, '');
  if (!value.trim()) return null;
  if (!/^[\p{L}\p{N}_]{1,50}$/u.test(tag) || /^\d+$/.test(tag)) {
    return 'A hashtag is 1–50 letters, digits or underscores (not only digits), without spaces';
  }
  return null;
}

/** The lines of an interview guide as the API takes them: trimmed, blank lines dropped. */
export const guideQuestions = (text: string) =>
  text
    .split('\n')
    .map((q) => q.trim())
    .filter(Boolean);

export function guideError(text: string): string | null {
  const questions = guideQuestions(text);
  if (questions.length === 0) return 'Write at least one question';
  if (questions.length > 20) return 'Write at most 20 questions, one a line';
  if (questions.some((q) => q.length > 300)) return 'Each question can be at most 300 characters';
  return null;
}
