import { NotificationsService } from '@crowdcomms/notifications';
import { TransactionalConnection } from '@crowdcomms/data-access';
import { rowsOf, takeSeat } from './seats.sql';

/**
 * Hands free seats of an OPEN task to the waitlist, first come first served,
 * inside the caller's transaction (which must already hold the task's row lock
 * or be about to take it through `takeSeat`). Each member handed a seat is
 * ACCEPTED — joining a waitlist is a standing acceptance — and told at once.
 * SKIP LOCKED passes over a member who is leaving the waitlist right now.
 */
export async function handSeatsToWaitlist(
  db: TransactionalConnection,
  notifications: NotificationsService,
  organisationId: string,
  taskId: string,
  taskTitle: string,
): Promise<string[]> {
  const seated: string[] = [];
  for (;;) {
    const [next]: { id: string; membership_id: string }[] = await db.query(
      `SELECT id, membership_id FROM assignment
        WHERE organisation_id = $1 AND task_id = $2 AND status = 'WAITLISTED'
        ORDER BY waitlisted_at, id
        LIMIT 1
        FOR UPDATE SKIP LOCKED`,
      [organisationId, taskId],
    );
    if (!next) break;
    const seat = await takeSeat(db, organisationId, taskId);
    if (!seat) break;
    const updated = rowsOf(
      await db.query(
        `UPDATE assignment SET status = 'ACCEPTED', accepted_at = now(), updated_at = now()
          WHERE organisation_id = $1 AND id = $2 AND status = 'WAITLISTED' RETURNING id`,
        [organisationId, next.id],
      ),
    );
    if (!updated.length) throw new Error('waitlisted assignment changed under its row lock');
    await notifications.notify({
      organisationId,
      recipientMembershipIds: [next.membership_id],
      kind: 'WAITLIST_SEAT',
      title: `A seat freed up: you are on “${taskTitle}”`,
      body: 'You were first on the waitlist, so the seat is yours. You can still withdraw if plans have changed.',
      data: { taskId, assignmentId: next.id },
    });
    seated.push(next.id);
  }
  return seated;
}
