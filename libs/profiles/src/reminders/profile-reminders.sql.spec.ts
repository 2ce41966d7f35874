import { claimReminderSql } from './profile-reminders.sql';

describe('claimReminderSql', () => {
  it('claims one member’s month in one organisation, and nothing the second time', () => {
    const statement = claimReminderSql('org-1', 'm-1', '2026-12');
    expect(statement.organisationId).toBe('org-1');
    expect(statement.values).toEqual(['org-1', 'm-1', '2026-12']);
    expect(statement.text).toContain('VALUES ($1, $2, $3)');
    expect(statement.text).toContain('ON CONFLICT DO NOTHING');
  });
});
