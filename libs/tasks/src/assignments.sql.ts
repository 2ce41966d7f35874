import { scopedSql, SqlStatement } from '@crowdcomms/data-access';
import { LIVE_ASSIGNMENT_STATUSES } from './entities/assignment.entity';

/** The partial unique index's predicate, repeated so ON CONFLICT can name that index. */
export const LIVE = `status IN (${LIVE_ASSIGNMENT_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/**
 * The member takes up a task directly: a new assignment, or their suggestion,
 * interest, offer or waitlist place, becomes ACCEPTED. No row comes back when
 * they are already on the task (accepted or completed). The seat is taken by
 * the caller in the same transaction (seats.sql.ts), after this row is locked,
 * in the same order as accepting an offer.
 */
export function takeUpSql(organisationId: string, taskId: string, membershipId: string): SqlStatement {
  return scopedSql(
    organisationId,
    `INSERT INTO assignment (organisation_id, task_id, membership_id, status, accepted_at)
     VALUES ($1, $2, $3, 'ACCEPTED', now())
     ON CONFLICT (organisation_id, task_id, membership_id) WHERE ${LIVE}
     DO UPDATE SET status = 'ACCEPTED', accepted_at = now(), waitlisted_at = NULL, updated_at = now()
           WHERE assignment.status IN ('SUGGESTED', 'INTERESTED', 'WAITLISTED', 'OFFERED')
     RETURNING id, offered_by_membership_id`,
    [taskId, membershipId],
  );
}
