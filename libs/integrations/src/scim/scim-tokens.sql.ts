import { scopedSql, SqlStatement } from '@crowdcomms/data-access';

/**
 * The live SCIM token with this hash, if any; marks it used, at most once a minute (a directory
 * syncing thousands of people does not write on every request).
 */
export function acceptScimTokenSql(organisationId: string, hash: string): SqlStatement {
  return scopedSql(
    organisationId,
    `WITH token AS (
       SELECT id, created_by_membership_id, last_used_at FROM scim_token
        WHERE organisation_id = $1 AND hash = $2 AND revoked_at IS NULL),
     used AS (
       UPDATE scim_token t SET last_used_at = date_trunc('minute', now())
         FROM token
        WHERE t.organisation_id = $1 AND t.id = token.id
          AND (token.last_used_at IS NULL OR token.last_used_at < date_trunc('minute', now())))
     SELECT id, created_by_membership_id AS "createdByMembershipId" FROM token`,
    [hash],
  );
}

/** Revokes every live SCIM token of the organisation (rotation, before the new one is stored). */
export function revokeScimTokensSql(organisationId: string): SqlStatement {
  return scopedSql(
    organisationId,
    `UPDATE scim_token SET revoked_at = now() WHERE organisation_id = $1 AND revoked_at IS NULL RETURNING id`,
  );
}
