import { scopedSql, SqlStatement } from '@crowdcomms/data-access';

/**
 * Hands over an export once: only to the member it was built for, only while its link is
 * live. One conditional update, so two clicks at once download it once; the archive goes with it.
 */
export function claimDownloadSql(organisationId: string, membershipId: string, tokenHash: string): SqlStatement {
  return scopedSql(
    organisationId,
    `UPDATE privacy_request r
        SET status = 'COMPLETED', completed_at = now(), archive = NULL, token_hash = NULL
       FROM (SELECT id, archive FROM privacy_request
              WHERE organisation_id = $1 AND token_hash = $3 AND membership_id = $2
                AND kind = 'EXPORT' AND status = 'READY' AND expires_at > now()
              FOR UPDATE) old
      WHERE r.organisation_id = $1 AND r.id = old.id
      RETURNING old.archive AS archive`,
    [membershipId, tokenHash],
  );
}

/** The member's accepted and offered assignments (erasing them frees their seats first). */
export function liveAssignmentsSql(organisationId: string, membershipId: string): SqlStatement {
  return scopedSql(
    organisationId,
    `SELECT id FROM assignment
      WHERE organisation_id = $1 AND membership_id = $2 AND status IN ('OFFERED', 'ACCEPTED')`,
    [membershipId],
  );
}

/** The workshops the member holds a place at or waits for (erasing them hands their places on first). */
export function liveWorkshopRegistrationsSql(organisationId: string, membershipId: string): SqlStatement {
  return scopedSql(
    organisationId,
    `SELECT task_id FROM workshop_registration
      WHERE organisation_id = $1 AND membership_id = $2 AND status IN ('REGISTERED', 'WAITLISTED')`,
    [membershipId],
  );
}

/** Erasures of every organisation whose cooling-off has ended by `now` (the scheduled tick's cross-organisation read). */
export function dueErasuresSql(now: Date): SqlStatement {
  return {
    text: `SELECT id, organisation_id AS "organisationId" FROM privacy_request
            WHERE kind = 'ERASURE' AND status = 'PENDING' AND not_before <= $1
            ORDER BY not_before LIMIT 500`,
    values: [now],
  };
}
