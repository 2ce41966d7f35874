import { returnedRows, scopedSql, SqlStatement, TransactionalConnection } from '@crowdcomms/data-access';

/**
 * Attendee places of a workshop, guarded like seats (seats.sql.ts): the count
 * on the task row changes only through conditional UPDATEs, so concurrent
 * registrations queue on the row lock and each re-checks the count as it then
 * is — two people taking the last place at once: one gets it, the other is
 * waitlisted. A CHECK on the table is the last line.
 */

/** The live registrations' predicate, repeated so ON CONFLICT can name the partial unique index. */
const LIVE_REGISTRATION = `status IN ('REGISTERED', 'WAITLISTED')`;

/** Takes one attendee place of an open (or facilitator-full) workshop if one is free; null: none. */
export function takePlaceSql(organisationId: string, taskId: string): SqlStatement {
  return scopedSql(
    organisationId,
    `UPDATE comms_task
        SET attendees_registered = attendees_registered + 1, updated_at = now()
      WHERE organisation_id = $1 AND id = $2 AND kind = 'WORKSHOP' AND status IN ('OPEN', 'FILLED')
        AND attendee_capacity IS NOT NULL AND attendees_registered < attendee_capacity
      RETURNING id, attendee_capacity, attendees_registered`,
    [taskId],
  );
}

/** Gives an attendee place back. */
export function releasePlaceSql(organisationId: string, taskId: string): SqlStatement {
  return scopedSql(
    organisationId,
    `UPDATE comms_task SET attendees_registered = attendees_registered - 1, updated_at = now()
      WHERE organisation_id = $1 AND id = $2 AND attendees_registered > 0
      RETURNING id, attendee_capacity, attendees_registered`,
    [taskId],
  );
}

/**
 * Sets the attendee capacity, never below the places taken (no row then); null
 * (no attendees) only while nobody holds a place.
 */
export function resizePlacesSql(organisationId: string, taskId: string, capacity: number | null): SqlStatement {
  return scopedSql(
    organisationId,
    `UPDATE comms_task SET attendee_capacity = $3::int, updated_at = now()
      WHERE organisation_id = $1 AND id = $2
        AND attendees_registered <= COALESCE($3::int, 0)
      RETURNING id, attendee_capacity, attendees_registered`,
    [taskId, capacity],
  );
}

/**
 * A new registration of the member, WAITLISTED until a place is taken for it
 * (the caller then marks it REGISTERED in the same transaction). No row when
 * they are already registered or waiting.
 */
export function insertRegistrationSql(organisationId: string, taskId: string, membershipId: string): SqlStatement {
  return scopedSql(
    organisationId,
    `INSERT INTO workshop_registration (organisation_id, task_id, membership_id, status, waitlisted_at)
     VALUES ($1, $2, $3, 'WAITLISTED', now())
     ON CONFLICT (organisation_id, task_id, membership_id) WHERE ${LIVE_REGISTRATION} DO NOTHING
     RETURNING id`,
    [taskId, membershipId],
  );
}

/** A waitlisted registration gets its place (the place itself is taken by `takePlaceSql`). */
export function markRegisteredSql(organisationId: string, registrationId: string): SqlStatement {
  return scopedSql(
    organisationId,
    `UPDATE workshop_registration
        SET status = 'REGISTERED', registered_at = now(), waitlisted_at = NULL, updated_at = now()
      WHERE organisation_id = $1 AND id = $2 AND status = 'WAITLISTED'
      RETURNING id, membership_id`,
    [registrationId],
  );
}

/**
 * The member cancels their live registration; the previous status comes from
 * the locked row itself, so a concurrent promotion cannot slip between.
 */
export function cancelRegistrationSql(organisationId: string, taskId: string, membershipId: string): SqlStatement {
  return scopedSql(
    organisationId,
    `UPDATE workshop_registration r
        SET status = 'CANCELLED', cancelled_at = now(), updated_at = now()
       FROM (SELECT id, status FROM workshop_registration
              WHERE organisation_id = $1 AND task_id = $2 AND membership_id = $3 AND ${LIVE_REGISTRATION}
              FOR UPDATE) old
      WHERE r.organisation_id = $1 AND r.id = old.id
      RETURNING r.id, old.status AS previous`,
    [taskId, membershipId],
  );
}

/** The first in the waitlist, locked; SKIP LOCKED passes over someone leaving it right now. */
export function nextWaitingSql(organisationId: string, taskId: string): SqlStatement {
  return scopedSql(
    organisationId,
    `SELECT id, membership_id FROM workshop_registration
      WHERE organisation_id = $1 AND task_id = $2 AND status = 'WAITLISTED'
      ORDER BY waitlisted_at, id
      LIMIT 1
      FOR UPDATE SKIP LOCKED`,
    [taskId],
  );
}

/** Every live registration of a cancelled workshop is cancelled; its places go back. */
export function cancelAllRegistrationsSql(organisationId: string, taskId: string): SqlStatement {
  return scopedSql(
    organisationId,
    `WITH cancelled AS (
       UPDATE workshop_registration r SET status = 'CANCELLED', cancelled_at = now(), updated_at = now()
         FROM (SELECT id, status FROM workshop_registration
                WHERE organisation_id = $1 AND task_id = $2 AND ${LIVE_REGISTRATION}
                FOR UPDATE) old
        WHERE r.organisation_id = $1 AND r.id = old.id
        RETURNING r.membership_id, old.status AS previous
     ), reset AS (
       UPDATE comms_task SET attendees_registered = 0 WHERE organisation_id = $1 AND id = $2 RETURNING id
     )
     SELECT membership_id, previous FROM cancelled`,
    [taskId],
  );
}

/**
 * Claims the day-before reminders due at `now`: registered attendees of open
 * workshops starting within the next 24 hours, not yet reminded. Marking
 * `reminded_at` in the transaction that queues the reminder makes it once per
 * attendee, however often the job runs.
 */
export function claimDueRemindersSql(organisationId: string, now: Date): SqlStatement {
  return scopedSql(
    organisationId,
    `UPDATE workshop_registration r SET reminded_at = $2, updated_at = now()
       FROM comms_task t
      WHERE r.organisation_id = $1 AND t.organisation_id = $1 AND t.id = r.task_id
        AND r.status = 'REGISTERED' AND r.reminded_at IS NULL
        AND t.kind = 'WORKSHOP' AND t.status IN ('OPEN', 'FILLED')
        AND t.starts_at > $2 AND t.starts_at <= $2::timestamptz + interval '24 hours'
      RETURNING r.id, r.membership_id, r.task_id`,
    [now],
  );
}

/** Waitlist positions of the given registrations (1 = next to get a place). */
export function waitlistPositionsSql(organisationId: string, taskIds: readonly string[]): SqlStatement {
  return scopedSql(
    organisationId,
    `SELECT id, row_number() OVER (PARTITION BY task_id ORDER BY waitlisted_at, id)::int AS position
       FROM workshop_registration
      WHERE organisation_id = $1 AND task_id = ANY($2::uuid[]) AND status = 'WAITLISTED'`,
    [[...taskIds]],
  );
}

export interface PlaceState {
  id: string;
  attendee_capacity: number | null;
  attendees_registered: number;
}

/** Runs an UPDATE … RETURNING builder and gives its rows. */
export async function updated<T>(db: TransactionalConnection, statement: SqlStatement): Promise<T[]> {
  return returnedRows<T>(await db.run(statement));
}
