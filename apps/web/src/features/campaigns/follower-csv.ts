import type { ShareChannel } from '../../gql/graphql';
import { CHANNELS } from './labels';
import { isDay } from './validation';

export interface CsvRow {
  line: number;
  text: string;
  /** The figure to record, when the line is good. */
  snapshot?: { channel: ShareChannel; takenOn: string; followers: number };
  /** Why the line cannot be recorded. */
  problem?: string;
}

/**
 * Reads `channel,takenOn,followers` lines (a header first, as the API's import
 * takes them) and judges each line on its own, so one bad line does not hide the rest.
 */
export function parseFollowerCsv(csv: string): { header: string | null; rows: CsvRow[] } {
  const lines = csv.split(/\r?\n/).map((text, i) => ({ text, line: i + 1 }));
  const nonEmpty = lines.filter((l) => l.text.trim());
  const first = nonEmpty.shift();
  const header = first ? first.text.toLowerCase().replace(/\s|"/g, '') : null;
  if (header !== 'channel,takenon,followers') return { header: null, rows: [] };
  const seen = new Map<string, number>();
  const rows = nonEmpty.map(({ text, line }): CsvRow => {
    const [channel = '', takenOn = '', followers = ''] = text.split(',').map((f) => f.trim().replace(/^"|"$/g, ''));
    const upper = channel.toUpperCase();
    if (!(upper in CHANNELS)) return { line, text, problem: `“${channel}” is not a channel` };
    if (!isDay(takenOn)) return { line, text, problem: 'The day must be YYYY-MM-DD' };
    if (!/^\d{1,9}$/.test(followers)) return { line, text, problem: 'Followers must be a whole number' };
    const key = `${upper}/${takenOn}`;
    const earlier = seen.get(key);
    if (earlier) return { line, text, problem: `Line ${earlier} already gives this channel’s figure for that day` };
    seen.set(key, line);
    return { line, text, snapshot: { channel: upper as ShareChannel, takenOn, followers: Number(followers) } };
  });
  return { header, rows };
}
