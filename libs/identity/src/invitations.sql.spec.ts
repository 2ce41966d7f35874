import { knownDepartmentsSql } from './invitations.sql';

describe('knownDepartmentsSql', () => {
  it('reads the departments of only the organisation it is given, members and pending invitations', () => {
    const statement = knownDepartmentsSql('org-1');
    expect(statement.text).toContain('FROM membership WHERE organisation_id = $1 AND department IS NOT NULL');
    expect(statement.text).toContain('FROM invitation');
    expect(statement.text).toContain('accepted_at IS NULL AND revoked_at IS NULL');
    expect(statement.values).toEqual(['org-1']);
  });
});
