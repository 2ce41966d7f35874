import { releaseSeatSql, resizeSeatsSql, takeSeatSql } from './seats.sql';

const ORG = '11111111-1111-4111-8111-111111111111';
const TASK = '33333333-3333-4333-8333-333333333333';
const flat = (sql: string) => sql.replace(/\s+/g, ' ').trim();

describe('seat statements', () => {
  it('takes a seat of the organisation’s open task only while one is free, filling it with the last', () => {
    const { text, values } = takeSeatSql(ORG, TASK);
    expect(values).toEqual([ORG, TASK]);
    expect(flat(text)).toContain(
      "WHERE organisation_id = $1 AND id = $2 AND status = 'OPEN' AND seats_taken < seats RETURNING id, status, seats, seats_taken",
    );
    expect(flat(text)).toContain("status = CASE WHEN seats_taken + 1 >= seats THEN 'FILLED' ELSE status END");
  });

  it('gives a seat back to the organisation’s task, reopening a filled one', () => {
    const { text, values } = releaseSeatSql(ORG, TASK);
    expect(values).toEqual([ORG, TASK]);
    expect(flat(text)).toContain('SET seats_taken = seats_taken - 1');
    expect(flat(text)).toContain("status = CASE WHEN status = 'FILLED' THEN 'OPEN' ELSE status END");
    expect(flat(text)).toContain('WHERE organisation_id = $1 AND id = $2 AND seats_taken > 0');
  });

  it('resizes the organisation’s task never below the seats taken', () => {
    const { text, values } = resizeSeatsSql(ORG, TASK, 4);
    expect(values).toEqual([ORG, TASK, 4]);
    expect(flat(text)).toContain('SET seats = $3');
    expect(flat(text)).toContain('WHERE organisation_id = $1 AND id = $2 AND seats_taken <= $3');
  });
});
