import { recordSearchSql } from './profile-audit.sql';

describe('recordSearchSql', () => {
  const search = { query: 'social media', name: null, filter: {}, page: 'first' };
  const statement = recordSearchSql('org-1', 'hr-1', ['m-1', 'm-2'], search);

  it('binds the organisation first, then the searcher, the people found and the search', () => {
    expect(statement.organisationId).toBe('org-1');
    expect(statement.values).toEqual(['org-1', 'hr-1', ['m-1', 'm-2'], JSON.stringify(search)]);
  });

  it('writes the SEARCH event and a FOUND event per person, never for the searcher or twice within the hour', () => {
    expect(statement.text).toContain("VALUES ($1, $2, 'SEARCH', $4::jsonb)");
    expect(statement.text).toContain("SELECT $1, $2, 'FOUND', subject, $4::jsonb FROM unnest($3::uuid[]) AS subject");
    expect(statement.text).toContain('subject <> $2');
    expect(statement.text).toContain("e.created_at > now() - interval '1 hour'");
    expect(statement.text).toMatch(/e\.organisation_id = \$1/);
  });
});
