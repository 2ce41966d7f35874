import { renameOrganisationSql } from './organisations.sql';

describe('renameOrganisationSql', () => {
  it('renames only the organisation it is given', () => {
    const statement = renameOrganisationSql('org-1', 'Harbour District Council');
    expect(statement.text).toBe('UPDATE organisation SET name = $2 WHERE id = $1');
    expect(statement.values).toEqual(['org-1', 'Harbour District Council']);
  });
});
