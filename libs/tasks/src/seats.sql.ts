import { returnedRows, scopedSql, SqlStatement, TransactionalConnection } from '@crowdcomms/data-access';
import { CommsTaskStatus } from './entities/comms-task.entity';

/** What the seat statements return: the task's state after the change. */
export interface SeatState {
  id: string;
  status: CommsTaskStatus;
  seats: number;
  seats_taken: number;
}

/** `db.query` gives `[rows, count]` for UPDATE … RETURNING. */
const rowsOf = returnedRows;

/**
 * Takes one seat if the task is OPEN and has one free; the last seat flips it
 * to FILLED in the same statement. Concurrent callers queue on the row lock and
 * each re-checks the condition on the row as it then is, so seats are never
 * exceeded. Null: no seat (the task is not OPEN, or full).
 */
export function takeSeatSql(organisationId: string, taskId: string): SqlStatement {
  return scopedSql(
    organisationId,
    `UPDATE comms_task
        SET seats_taken = seats_taken + 1,
            status = CASE WHEN seats_taken + 1 >= seats THEN 'FILLED' ELSE status END,
            filled_at = CASE WHEN seats_taken + 1 >= seats THEN COALESCE(filled_at, now()) ELSE filled_at END,
            updated_at = now()
      WHERE organisation_id = $1 AND id = $2 AND status = 'OPEN' AND seats_taken < seats
      RETURNING id, status, seats, seats_taken`,
    [taskId],
  );
}

export async function takeSeat(
  db: TransactionalConnection,
  organisationId: string,
  taskId: string,
): Promise<SeatState | null> {
  return returnedRows<SeatState>(await db.run(takeSeatSql(organisationId, taskId)))[0] ?? null;
}

/** Gives a seat back; a FILLED task becomes OPEN again in the same statement. */
export function releaseSeatSql(organisationId: string, taskId: string): SqlStatement {
  return scopedSql(
    organisationId,
    `UPDATE comms_task
        SET seats_taken = seats_taken - 1,
            status = CASE WHEN status = 'FILLED' THEN 'OPEN' ELSE status END,
            updated_at = now()
      WHERE organisation_id = $1 AND id = $2 AND seats_taken > 0
      RETURNING id, status, seats, seats_taken`,
    [taskId],
  );
}

export async function releaseSeat(
  db: TransactionalConnection,
  organisationId: string,
  taskId: string,
): Promise<SeatState | null> {
  return returnedRows<SeatState>(await db.run(releaseSeatSql(organisationId, taskId)))[0] ?? null;
}

/**
 * Changes the number of seats, never below those taken (null then); OPEN and
 * FILLED follow the new count in the same statement.
 */
export function resizeSeatsSql(organisationId: string, taskId: string, seats: number): SqlStatement {
  return scopedSql(
    organisationId,
    `UPDATE comms_task
        SET seats = $3,
            status = CASE WHEN status IN ('OPEN', 'FILLED')
                          THEN CASE WHEN seats_taken >= $3 THEN 'FILLED' ELSE 'OPEN' END
                          ELSE status END,
            filled_at = CASE WHEN status = 'OPEN' AND seats_taken >= $3 THEN COALESCE(filled_at, now())
                             ELSE filled_at END,
            updated_at = now()
      WHERE organisation_id = $1 AND id = $2 AND seats_taken <= $3
      RETURNING id, status, seats, seats_taken`,
    [taskId, seats],
  );
}

export async function resizeSeats(
  db: TransactionalConnection,
  organisationId: string,
  taskId: string,
  seats: number,
): Promise<SeatState | null> {
  return returnedRows<SeatState>(await db.run(resizeSeatsSql(organisationId, taskId, seats)))[0] ?? null;
}

export { rowsOf };
