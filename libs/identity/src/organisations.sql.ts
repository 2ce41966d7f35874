import { scopedSql, SqlStatement } from '@crowdcomms/data-access';

/** A new display name for the organisation (its own row: the organisation is `$1`); the slug stays. */
export function renameOrganisationSql(organisationId: string, name: string): SqlStatement {
  return scopedSql(organisationId, `UPDATE organisation SET name = $2 WHERE id = $1`, [name]);
}
