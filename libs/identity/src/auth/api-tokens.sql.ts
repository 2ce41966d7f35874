import { scopedSql, SqlStatement } from '@crowdcomms/data-access';

/**
 * The live token with this hash and the membership it acts as, if both still stand: not revoked, not
 * expired, its admin an active member. Marks it used, at most once a minute (so a busy script does not
 * write on every request).
 */
export function acceptApiTokenSql(organisationId: string, hash: string): SqlStatement {
  return scopedSql(
    organisationId,
    `WITH token AS (
       SELECT t.id, t.access, t.last_used_at, m.id AS membership_id, m.user_id, m.roles
         FROM api_token t
         JOIN membership m ON m.organisation_id = t.organisation_id AND m.id = t.created_by_membership_id
        WHERE t.organisation_id = $1 AND t.hash = $2 AND t.revoked_at IS NULL AND t.expires_at > now()
          AND m.status = 'ACTIVE'),
     used AS (
       UPDATE api_token t SET last_used_at = date_trunc('minute', now())
         FROM token
        WHERE t.organisation_id = $1 AND t.id = token.id
          AND (token.last_used_at IS NULL OR token.last_used_at < date_trunc('minute', now())))
     SELECT id, access, membership_id AS "membershipId", user_id AS "userId", roles FROM token`,
    [hash],
  );
}
