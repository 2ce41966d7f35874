import { scopedSql, SqlStatement } from '@crowdcomms/data-access';

/** The destinations of the organisation, not paused, that announce `event`. */
export function destinationsAnnouncingSql(organisationId: string, event: string): SqlStatement {
  return scopedSql(
    organisationId,
    `SELECT id FROM announcement_destination
      WHERE organisation_id = $1 AND paused_at IS NULL AND $2 = ANY(events)
      ORDER BY created_at, id`,
    [event],
  );
}

/** A delivered attempt: the failure streak ends. */
export function recordDeliverySql(organisationId: string, id: string): SqlStatement {
  return scopedSql(
    organisationId,
    `UPDATE announcement_destination
        SET last_status = 'SUCCEEDED', last_error = NULL, last_attempt_at = now(), last_success_at = now(),
            attempts = attempts + 1, consecutive_failures = 0
      WHERE organisation_id = $1 AND id = $2`,
    [id],
  );
}

/**
 * A failed attempt, counted in one statement (attempts of several announcements may fail at once);
 * the destination pauses itself when the streak reaches `pauseAfter`. Returns whether it is paused.
 */
export function recordFailureSql(organisationId: string, id: string, error: string, pauseAfter: number): SqlStatement {
  return scopedSql(
    organisationId,
    `UPDATE announcement_destination
        SET last_status = 'FAILED', last_error = $3, last_attempt_at = now(),
            attempts = attempts + 1, consecutive_failures = consecutive_failures + 1,
            paused_at = CASE WHEN consecutive_failures + 1 >= $4 THEN COALESCE(paused_at, now()) ELSE paused_at END
      WHERE organisation_id = $1 AND id = $2
      RETURNING paused_at IS NOT NULL AS paused`,
    [id, error.slice(0, 300), pauseAfter],
  );
}
