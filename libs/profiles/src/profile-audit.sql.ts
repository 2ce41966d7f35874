import { scopedSql, SqlStatement } from '@crowdcomms/data-access';
import { ProfileAuditAction } from './entities/profile-audit-event.entity';

/**
 * A people search in one statement (one commit on the search's path): its
 * SEARCH event, and one FOUND event per member it showed. $1 organisation,
 * $2 searcher, $3 the members found (empty unless HR, comms or an admin
 * searched), $4 the search (jsonb). The same searcher finding the same person
 * with the same words within an hour (paging, narrowing by facets) is one
 * FOUND event, so the person reads one line per search, not per click.
 * Also run by bench/search.bench.ts.
 */
export function recordSearchSql(
  organisationId: string,
  actorMembershipId: string,
  foundMembershipIds: readonly string[],
  search: Record<string, unknown>,
): SqlStatement {
  return scopedSql(
    organisationId,
    `WITH search AS (
  INSERT INTO profile_audit_event (organisation_id, actor_membership_id, action, query)
  VALUES ($1, $2, '${ProfileAuditAction.SEARCH}', $4::jsonb)
)
INSERT INTO profile_audit_event (organisation_id, actor_membership_id, action, subject_membership_id, query)
SELECT $1, $2, '${ProfileAuditAction.FOUND}', subject, $4::jsonb FROM unnest($3::uuid[]) AS subject
 WHERE subject <> $2 AND NOT EXISTS (
   SELECT 1 FROM profile_audit_event e
    WHERE e.organisation_id = $1 AND e.subject_membership_id = subject AND e.actor_membership_id = $2
      AND e.action = '${ProfileAuditAction.FOUND}' AND e.created_at > now() - interval '1 hour'
      AND e.query->'query' IS NOT DISTINCT FROM $4::jsonb->'query'
      AND e.query->'name' IS NOT DISTINCT FROM $4::jsonb->'name')`,
    [actorMembershipId, foundMembershipIds, JSON.stringify(search)],
  );
}
