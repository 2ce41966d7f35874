import { scopedSql, SqlStatement } from '@crowdcomms/data-access';
import { RetentionKind } from './retention-kind';

/**
 * What "past its period" means for each kind, as the rows of one organisation
 * ($1) that a batch deletes ($2 the cutoff: records whose clock started before
 * it are past their period; $3 the batch size). Each statement deletes at most
 * one batch and commits on its own, so a large backlog never holds long locks.
 */
const EXPIRED: Readonly<Record<RetentionKind, { table: string; where: string }>> = {
  // The audit log, including what "who looked at my profile" shows (VIEW, FOUND): kept for the audit period.
  [RetentionKind.AUDIT_EVENTS]: {
    table: 'profile_audit_event',
    where: `t.action <> 'SEARCH' AND t.created_at < $2`,
  },
  [RetentionKind.SEARCH_HISTORY]: {
    table: 'profile_audit_event',
    where: `t.action = 'SEARCH' AND t.created_at < $2`,
  },
  [RetentionKind.NOTIFICATIONS]: { table: 'notification', where: `t.created_at < $2` },
  // From when it was sent; one never sent counts from when it was written.
  [RetentionKind.EMAILS]: { table: 'email_message', where: `COALESCE(t.sent_at, t.created_at) < $2` },
  // Current while its task is open and its volunteer an active member: never deleted then. Otherwise it
  // stopped being current when it was last computed or its task last changed (closed, filled), whichever is later.
  [RetentionKind.MATCH_SUGGESTIONS]: {
    table: 'match_suggestion',
    where: `NOT EXISTS (
              SELECT 1 FROM comms_task k JOIN membership m ON m.organisation_id = k.organisation_id
               WHERE k.organisation_id = $1 AND k.id = t.task_id AND k.status = 'OPEN'
                 AND m.id = t.membership_id AND m.status = 'ACTIVE')
            AND GREATEST(t.computed_at,
                         (SELECT k.updated_at FROM comms_task k WHERE k.organisation_id = $1 AND k.id = t.task_id)) < $2`,
  },
  // Only sign-ups that ended; a live one (applied, talked, active, paused) is kept whatever its age.
  [RetentionKind.ENDED_SIGN_UPS]: {
    table: 'sign_up',
    where: `t.status IN ('WITHDRAWN', 'DECLINED') AND t.status_changed_at < $2`,
  },
};

/** Deletes one batch of `kind`'s records of the organisation that are past `cutoff`; its count is the second element of the result. */
export function deleteExpiredSql(
  organisationId: string,
  kind: RetentionKind,
  cutoff: Date,
  batch: number,
): SqlStatement {
  const { table, where } = EXPIRED[kind];
  const doomed = `doomed AS (SELECT t.id FROM ${table} t WHERE t.organisation_id = $1 AND ${where} LIMIT $3)`;
  if (kind === RetentionKind.ENDED_SIGN_UPS) {
    // The intake notes of an ended sign-up are about it: they go with it, in the same statement.
    return scopedSql(
      organisationId,
      `WITH ${doomed},
            notes AS (DELETE FROM intake_note n USING doomed WHERE n.organisation_id = $1 AND n.sign_up_id = doomed.id)
       DELETE FROM sign_up s USING doomed WHERE s.organisation_id = $1 AND s.id = doomed.id`,
      [cutoff, batch],
    );
  }
  return scopedSql(
    organisationId,
    `WITH ${doomed}
     DELETE FROM ${table} x USING doomed WHERE x.organisation_id = $1 AND x.id = doomed.id`,
    [cutoff, batch],
  );
}

/**
 * Notes what a run removed of one kind: the run of `now` ($3). A retried job re-running the same
 * `now` adds to its count, so the count stays the whole run's.
 */
export function recordRunSql(organisationId: string, kind: RetentionKind, now: Date, removed: number): SqlStatement {
  return scopedSql(
    organisationId,
    `INSERT INTO retention_policy (organisation_id, kind, last_run_at, last_removed) VALUES ($1, $2, $3, $4)
     ON CONFLICT (organisation_id, kind) DO UPDATE
        SET last_removed = CASE WHEN retention_policy.last_run_at = EXCLUDED.last_run_at
                                THEN retention_policy.last_removed + EXCLUDED.last_removed
                                ELSE EXCLUDED.last_removed END,
            last_run_at = EXCLUDED.last_run_at`,
    [kind, now, removed],
  );
}

/** Sets the organisation's period for one kind (null: back to the default). */
export function setPeriodSql(organisationId: string, kind: RetentionKind, days: number | null): SqlStatement {
  return scopedSql(
    organisationId,
    `INSERT INTO retention_policy (organisation_id, kind, days, changed_at) VALUES ($1, $2, $3, now())
     ON CONFLICT (organisation_id, kind) DO UPDATE SET days = EXCLUDED.days, changed_at = EXCLUDED.changed_at`,
    [kind, days],
  );
}

/** Every organisation (the scheduled tick's cross-organisation read: retention applies to all alike). */
export function organisationIdsSql(): SqlStatement {
  return { text: `SELECT id FROM organisation ORDER BY id`, values: [] };
}

/**
 * One batch of e-mails that belong to no organisation (sent to an account, not a member) past `cutoff`:
 * they follow the default period, as no organisation chose one.
 */
export function deleteExpiredUnownedEmailsSql(cutoff: Date, batch: number): SqlStatement {
  return {
    text: `WITH doomed AS (SELECT id FROM email_message
                            WHERE organisation_id IS NULL AND COALESCE(sent_at, created_at) < $1 LIMIT $2)
           DELETE FROM email_message x USING doomed WHERE x.organisation_id IS NULL AND x.id = doomed.id`,
    values: [cutoff, batch],
  };
}
