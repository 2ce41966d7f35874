import { scopedSql, SqlStatement } from '@crowdcomms/data-access';

/**
 * The calendar's read model of tasks, assignments and workshop registrations: the columns a calendar
 * event shows, read in one statement per feed rather than through the tasks context one task at a time.
 */
const TASK_COLUMNS = `t.id, t.title, t.description, t.kind, t.starts_at AS "startsAt", t.due_at AS "dueAt",
       t.location, t.online_link AS "onlineLink", t.remote, t.status, t.calendar_sequence AS "sequence"`;

export interface TaskEventRow {
  id: string;
  title: string;
  description: string;
  kind: string;
  startsAt: Date | null;
  dueAt: Date | null;
  location: string | null;
  onlineLink: string | null;
  remote: boolean;
  status: string;
  sequence: number;
  /** ASSIGNED (a volunteer on the task) or ATTENDING (a place at a workshop); in a member's feed only. */
  role?: 'ASSIGNED' | 'ATTENDING';
}

/** One published task with dates (a draft has no calendar event). */
export function taskEventSql(organisationId: string, taskId: string): SqlStatement {
  return scopedSql(
    organisationId,
    `SELECT ${TASK_COLUMNS}
       FROM comms_task t
      WHERE t.organisation_id = $1 AND t.id = $2 AND t.status <> 'DRAFT'
        AND COALESCE(t.starts_at, t.due_at) IS NOT NULL`,
    [taskId],
  );
}

/**
 * A member's dated commitments, from 180 days ago on: tasks they are on (ACCEPTED or COMPLETED) and
 * workshops where they hold a place (REGISTERED). A task cancelled by comms stays listed, as cancelled,
 * for those whose commitment it ended (an accepted assignment withdrawn, or a place released, by the
 * cancellation itself: the same transaction, so the same `now()`); a commitment the member ended
 * themselves (cancelled place, withdrawal) is no longer listed.
 */
export function memberCommitmentsSql(organisationId: string, membershipId: string): SqlStatement {
  return scopedSql(
    organisationId,
    `SELECT ${TASK_COLUMNS}, c.role
       FROM comms_task t
       JOIN LATERAL (
              SELECT 'ASSIGNED' AS role FROM assignment a
               WHERE a.organisation_id = t.organisation_id AND a.task_id = t.id AND a.membership_id = $2
                 AND (a.status IN ('ACCEPTED', 'COMPLETED')
                      OR (t.status = 'CANCELLED' AND a.status = 'WITHDRAWN' AND a.withdrawn_by = 'COMMS'
                          AND a.accepted_at IS NOT NULL AND a.withdrawn_at >= t.closed_at))
              UNION ALL
              SELECT 'ATTENDING' FROM workshop_registration r
               WHERE r.organisation_id = t.organisation_id AND r.task_id = t.id AND r.membership_id = $2
                 AND (r.status = 'REGISTERED'
                      OR (t.status = 'CANCELLED' AND r.status = 'CANCELLED'
                          AND r.registered_at IS NOT NULL AND r.cancelled_at >= t.closed_at))
              LIMIT 1) c ON true
      WHERE t.organisation_id = $1 AND t.status <> 'DRAFT'
        AND COALESCE(t.starts_at, t.due_at) IS NOT NULL
        AND COALESCE(t.due_at, t.starts_at) >= now() - interval '180 days'
      ORDER BY COALESCE(t.starts_at, t.due_at), t.id
      LIMIT 500`,
    [membershipId],
  );
}

/** The live feed with this secret's hash, and its member if still active (a deactivated member's feed stops). */
export function openFeedSql(organisationId: string, hash: string): SqlStatement {
  return scopedSql(
    organisationId,
    `SELECT f.id, m.id AS "membershipId", m.user_id AS "userId", m.roles
       FROM calendar_feed f
       JOIN membership m ON m.organisation_id = f.organisation_id AND m.id = f.membership_id
      WHERE f.organisation_id = $1 AND f.hash = $2 AND f.revoked_at IS NULL AND m.status = 'ACTIVE'`,
    [hash],
  );
}

/** Revokes the member's live feeds; returns those revoked. */
export function revokeFeedsSql(organisationId: string, membershipId: string): SqlStatement {
  return scopedSql(
    organisationId,
    `UPDATE calendar_feed SET revoked_at = now()
      WHERE organisation_id = $1 AND membership_id = $2 AND revoked_at IS NULL
      RETURNING id`,
    [membershipId],
  );
}
