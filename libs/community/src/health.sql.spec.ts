import { topicActivitySql } from './health.sql';

const ORG = '11111111-1111-4111-8111-111111111111';
const flat = (sql: string) => sql.replace(/\s+/g, ' ').trim();

describe('community health statements', () => {
  it('names topics only from posts every member may see, busiest first', () => {
    const since = new Date('2026-01-01T00:00:00Z');
    const { text, values } = topicActivitySql(ORG, since);
    expect(values).toEqual([ORG, since]);
    expect(flat(text)).toContain(
      'WHERE p.organisation_id = $1 AND p.created_at >= $2 AND (p.group_id IS NULL OR EXISTS',
    );
    expect(flat(text)).toContain("og.privacy = 'OPEN'");
    expect(flat(text)).toContain('ORDER BY posts DESC, replies DESC, t.tag LIMIT 20');
  });
});
