import { mentionCandidatesSql, mentionSuggestionsSql } from './mentions.sql';

const ORG = '11111111-1111-4111-8111-111111111111';
const ME = '33333333-3333-4333-8333-333333333333';
const GROUP = '22222222-2222-4222-8222-222222222222';
const flat = (sql: string) => sql.replace(/\s+/g, ' ').trim();

describe('mention statements', () => {
  it('finds active members of the organisation by full or first name', () => {
    const { text, values } = mentionCandidatesSql(ORG, ['marie']);
    expect(values).toEqual([ORG, ['marie']]);
    expect(flat(text)).toContain("m.organisation_id = $1 AND m.status = 'ACTIVE'");
    expect(flat(text)).toContain("split_part(btrim(u.display_name), ' ', 1)");
  });

  it('suggests only people who may read the group written in, never the writer', () => {
    const { text, values } = mentionSuggestionsSql(ORG, ME, 'mar', GROUP, 8);
    expect(values).toEqual([ORG, ME, 'mar', GROUP, 8]);
    expect(flat(text)).toContain('m.id <> $2');
    // The shared visibility rule, with each candidate as the viewer of the group's posts.
    expect(flat(text)).toContain("gm.membership_id = m.id AND gm.status = 'ACTIVE'");
    expect(text).not.toMatch(/:me|:org/);
  });
});
