import { scopedSql, SqlStatement } from '@crowdcomms/data-access';

/**
 * Ends the organisation's open sessions that began with a password, except `exceptUserId`'s, with the reason
 * `SSO_REQUIRED`; returns the ended sessions' ids.
 */
export function endPasswordSessionsSql(organisationId: string, exceptUserId: string | null): SqlStatement {
  return scopedSql(
    organisationId,
    `WITH ended AS (
       UPDATE auth_session SET revoked_at = now(), revoked_reason = 'SSO_REQUIRED'
        WHERE organisation_id = $1 AND signed_in_with = 'PASSWORD' AND revoked_at IS NULL
          AND ($2::uuid IS NULL OR user_id <> $2::uuid)
       RETURNING id)
     SELECT id FROM ended`,
    [exceptUserId],
  );
}
