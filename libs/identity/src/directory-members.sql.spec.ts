import { directoryMembersSql, grantRoleSql, insertDirectoryMembershipSql } from './directory-members.sql';

const ORG = '00000000-0000-4000-8000-000000000001';

describe('directory member statements', () => {
  it('bind the organisation first and filter by lower-cased e-mail or ids', () => {
    const page = directoryMembersSql(ORG, { email: 'Ann@Example.org' }, 10, 5);
    expect(page.values).toEqual([ORG, 'ann@example.org', null, 10, 5]);
    expect(page.text).toMatch(/m\.organisation_id = \$1/);
    expect(insertDirectoryMembershipSql(ORG, 'u', null).text).toMatch(
      /ON CONFLICT ON CONSTRAINT membership_organisation_user_key DO NOTHING/,
    );
    expect(grantRoleSql(ORG, 'm', 'HR').text).toMatch(/NOT \(\$3::text = ANY\(roles\)\)/);
  });
});
