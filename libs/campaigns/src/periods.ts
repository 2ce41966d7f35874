import { CampaignCadence } from './campaigns.enums';

/** A half-open range of calendar days [from, to), as YYYY-MM-DD (UTC). */
export interface DayRange {
  from: string;
  to: string;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const parse = (s: string) => new Date(`${s}T00:00:00.000Z`);

export function addDays(s: string, n: number): string {
  const d = parse(s);
  d.setUTCDate(d.getUTCDate() + n);
  return day(d);
}

/** Adds cadence steps; a month after 31 Jan is the last day of February, never March. */
export function addSteps(s: string, cadence: CampaignCadence, n: number): string {
  if (cadence === CampaignCadence.WEEKLY) return addDays(s, 7 * n);
  const d = parse(s);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return day(target);
}

export const daysBetween = (from: string, to: string) =>
  Math.round((parse(to).getTime() - parse(from).getTime()) / 86400000);

/** The campaign's periods: cadence steps from the start, the last one cut at the (inclusive) end day. */
export function campaignPeriods(startsOn: string, endsOn: string, cadence: CampaignCadence): DayRange[] {
  const end = addDays(endsOn, 1);
  const periods: DayRange[] = [];
  for (let i = 0; ; i++) {
    const from = addSteps(startsOn, cadence, i);
    if (from >= end) return periods;
    const next = addSteps(startsOn, cadence, i + 1);
    periods.push({ from, to: next < end ? next : end });
  }
}

/**
 * The baseline of a range that starts at the campaign start: the range of equal
 * length just before it, measured in whole cadence steps (a month before a
 * month) plus any leftover days.
 */
export function baselineOf(range: DayRange, startsOn: string, cadence: CampaignCadence): DayRange {
  let steps = 0;
  while (addSteps(range.from, cadence, steps + 1) <= range.to) steps++;
  const leftover = daysBetween(addSteps(range.from, cadence, steps), range.to);
  return { from: addDays(addSteps(startsOn, cadence, -steps), -leftover), to: startsOn };
}

export const toDate = parse;
export const toDay = day;
