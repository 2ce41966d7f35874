import { SuggestionStatus } from '../entities/skill-suggestion.entity';
import { decideSuggestionSql, refreshSuggestionsSql } from './skill-suggestions.sql';

describe('skill suggestion statements', () => {
  it('refreshes one profile of one organisation, never touching decided suggestions', () => {
    const statement = refreshSuggestionsSql('org-1', 'p-1', [{ skillId: 's-1', sentence: 'I edit.', source: 'CV' }]);
    expect(statement.organisationId).toBe('org-1');
    expect(statement.values).toEqual(['org-1', 'p-1', ['s-1'], ['I edit.'], ['CV']]);
    expect(statement.text).toContain("s.organisation_id = $1 AND s.profile_id = $2 AND s.status = 'PENDING'");
    expect(statement.text).toContain("WHERE skill_suggestion.status = 'PENDING'");
  });

  it('decides only a pending suggestion of the member’s own profile', () => {
    const statement = decideSuggestionSql('org-1', 'sg-1', 'p-1', SuggestionStatus.DISMISSED);
    expect(statement.values).toEqual(['org-1', 'sg-1', 'p-1', 'DISMISSED']);
    expect(statement.text).toContain("organisation_id = $1 AND id = $2 AND profile_id = $3 AND status = 'PENDING'");
  });
});
