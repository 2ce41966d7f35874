import { describe, expect, it } from 'vitest';
import { parseFollowerCsv } from './follower-csv';

describe('follower figures from CSV, judged line by line', () => {
  it('keeps good lines and names what is wrong with the others', () => {
    const { header, rows } = parseFollowerCsv(
      'channel,takenOn,followers\nLINKEDIN,2026-11-01,1200\nmyspace,2026-11-01,3\nBLOG,2026-13-01,5\nBLOG,2026-11-01,many\nlinkedin,2026-11-01,1300\n',
    );
    expect(header).not.toBeNull();
    expect(rows.map((r) => [r.line, r.snapshot?.followers ?? r.problem])).toEqual([
      [2, 1200],
      [3, '“myspace” is not a channel'],
      [4, 'The day must be YYYY-MM-DD'],
      [5, 'Followers must be a whole number'],
      [6, 'Line 2 already gives this channel’s figure for that day'],
    ]);
  });

  it('needs the header line', () => {
    expect(parseFollowerCsv('LINKEDIN,2026-11-01,1200').header).toBeNull();
  });
});
