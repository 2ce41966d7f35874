import { crossOrganisation, SqlStatement, TransactionalConnection } from '@crowdcomms/data-access';
import { Injectable } from '@nestjs/common';
import { DAY_MS, RETENTION_KINDS, RETENTION_RULES, RetentionKind } from './retention-kind';
import { periodInForce } from './retention-periods';
import { RetentionPolicy } from './retention-policy.entity';
import { deleteExpiredSql, deleteExpiredUnownedEmailsSql, organisationIdsSql, recordRunSql } from './retention.sql';

/** Rows deleted per statement: each batch commits on its own, so a run never holds long locks. */
export const RETENTION_BATCH = 1000;

/** The worker's side of retention: deletes exactly what is past its period, and notes what it removed. */
@Injectable()
export class RetentionEnforcer {
  constructor(private readonly db: TransactionalConnection) {}

  /**
   * Deletes, kind by kind and batch by batch, the organisation's records past their period as of
   * `now` (a record exactly at its period's end is kept), and notes the counts and the run.
   * Idempotent: a second run finds nothing more to delete.
   */
  async enforce(organisationId: string, now: Date): Promise<Record<RetentionKind, number>> {
    const rows = await this.db.scoped({ organisationId }, RetentionPolicy).find();
    const stored = new Map(rows.map((p) => [p.kind, p]));
    const removed = {} as Record<RetentionKind, number>;
    for (const kind of RETENTION_KINDS) {
      const cutoff = new Date(now.getTime() - periodInForce(kind, stored.get(kind)).days * DAY_MS);
      let count = 0;
      for (let n = RETENTION_BATCH; n === RETENTION_BATCH; count += n) {
        n = await this.deleted(deleteExpiredSql(organisationId, kind, cutoff, RETENTION_BATCH));
      }
      await this.db.run(recordRunSql(organisationId, kind, now, count));
      removed[kind] = count;
    }
    return removed;
  }

  /**
   * The scheduled tick's cross-organisation work: every organisation's id (one job each follows),
   * after deleting e-mails that belong to no organisation once past the default e-mail period.
   */
  organisationsToEnforce(now: Date): Promise<string[]> {
    return this.db.within(
      crossOrganisation('the retention tick fans out to every organisation and ages e-mails of none'),
      async () => {
        const cutoff = new Date(now.getTime() - RETENTION_RULES[RetentionKind.EMAILS].defaultDays * DAY_MS);
        while ((await this.deleted(deleteExpiredUnownedEmailsSql(cutoff, RETENTION_BATCH))) === RETENTION_BATCH);
        const organisations = await this.db.run<{ id: string }[]>(organisationIdsSql());
        return organisations.map((o) => o.id);
      },
    );
  }

  private async deleted(statement: SqlStatement): Promise<number> {
    // A DELETE answers [rows, count].
    const result = await this.db.run<unknown>(statement);
    return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
  }
}
