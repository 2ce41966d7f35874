import { memberActivitySql, postReadersSql } from './posts.sql';

const ORG = '11111111-1111-4111-8111-111111111111';
const POST = '22222222-2222-4222-8222-222222222222';
const A = '33333333-3333-4333-8333-333333333333';
const flat = (sql: string) => sql.replace(/\s+/g, ' ').trim();

describe('post statements', () => {
  it('keeps the candidates who may see the post, each judged by the shared visibility rule', () => {
    const { text, values } = postReadersSql(ORG, POST, [A]);
    expect(values).toEqual([ORG, POST, [A]]);
    expect(flat(text)).toContain('FROM unnest($3::uuid[]) AS c(id)');
    expect(flat(text)).toContain('p.organisation_id = $1 AND p.id = $2');
    // Each candidate is the viewer of the private-group check.
    expect(flat(text)).toContain("gm.membership_id = c.id AND gm.status = 'ACTIVE'");
    expect(text).not.toMatch(/:me|:org/);
  });

  it('counts only activity every member may see: posts outside groups or in open groups, and replies and reactions on them', () => {
    const from = new Date('2026-01-01T00:00:00Z');
    const to = new Date('2026-02-01T00:00:00Z');
    const { text, values } = memberActivitySql(ORG, from, to, [A]);
    expect(values).toEqual([ORG, from, to, [A]]);
    for (const alias of ['p', 'cp', 'rp']) {
      expect(flat(text)).toContain(`(${alias}.group_id IS NULL OR EXISTS ( SELECT 1 FROM community_group og`);
    }
    expect(flat(text)).toContain("og.privacy = 'OPEN'");
    expect(text).not.toMatch(/:me|:org|PRIVATE/);
  });
});
