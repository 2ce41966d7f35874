import { scopedSql, SqlStatement } from '@crowdcomms/data-access';

/** A new display name for the organisation (its own row: the organisation is `$1`); the slug stays. */
export function renameOrganisationSql(organisationId: string, name: string): SqlStatement {
  return scopedSql(organisationId, `UPDATE organisation SET name = $2 WHERE id = $1`, [name]);
}

/** Sets one key of the organisation's settings (its own row: the organisation is `$1`); returns them all. */
export function setOrganisationSettingSql(organisationId: string, key: string, value: boolean | string): SqlStatement {
  return scopedSql(
    organisationId,
    `UPDATE organisation SET settings = settings || jsonb_build_object($2::text, $3::jsonb)
      WHERE id = $1 RETURNING settings`,
    [key, JSON.stringify(value)],
  );
}

/** The organisation a public link names by its slug or its id (organisations are not organisation data). */
export function organisationBySlugOrIdSql(slugOrId: string): SqlStatement {
  return {
    text: `SELECT id, name, slug FROM organisation WHERE slug = $1 OR id::text = $1 LIMIT 1`,
    values: [slugOrId],
  };
}
