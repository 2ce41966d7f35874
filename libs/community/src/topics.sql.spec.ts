import { popularTopicsSql } from './topics.sql';

const ORG = '11111111-1111-4111-8111-111111111111';
const ME = '22222222-2222-4222-8222-222222222222';
const flat = (sql: string) => sql.replace(/\s+/g, ' ').trim();

describe('topic statements', () => {
  it('counts the viewer’s visible recent posts per topic of the organisation, busiest first', () => {
    const { text, values } = popularTopicsSql(ORG, ME, 10);
    expect(values).toEqual([ORG, ME, 10, 30]);
    expect(flat(text)).toContain('JOIN topic t ON t.organisation_id = $1 AND t.id = pt.topic_id');
    expect(flat(text)).toContain('WHERE p.organisation_id = $1 AND p.created_at > now() - make_interval(days => $4)');
    // Private groups' posts count only for their active members (the viewer is $2).
    expect(flat(text)).toContain("gm.membership_id = $2 AND gm.status = 'ACTIVE'");
    expect(flat(text)).toContain('ORDER BY count(*) DESC, t.tag LIMIT $3');
    expect(text).not.toMatch(/:me|:org/);
  });
});
