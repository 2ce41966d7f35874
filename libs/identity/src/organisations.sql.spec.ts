import { renameOrganisationSql, setOrganisationSettingSql } from './organisations.sql';

describe('renameOrganisationSql', () => {
  it('renames only the organisation it is given', () => {
    const statement = renameOrganisationSql('org-1', 'Harbour District Council');
    expect(statement.text).toBe('UPDATE organisation SET name = $2 WHERE id = $1');
    expect(statement.values).toEqual(['org-1', 'Harbour District Council']);
  });
});

describe('setOrganisationSettingSql', () => {
  it('merges one key into the settings of only the organisation it is given', () => {
    const statement = setOrganisationSettingSql('org-1', 'keepRepliedContentOnErasure', true);
    expect(statement.text).toContain('WHERE id = $1 RETURNING settings');
    expect(statement.text).toContain('settings || jsonb_build_object($2::text, $3::jsonb)');
    expect(statement.values).toEqual(['org-1', 'keepRepliedContentOnErasure', 'true']);
  });
});
