/**
 * A parameterised statement built by a named `*.sql.ts` builder. Builders of
 * organisation data take the organisation as their first argument and bind it
 * as `$1`, so the scope is written once, where the SQL is, and each builder has
 * a unit spec of the statement it builds.
 */
export interface SqlStatement {
  readonly text: string;
  readonly values: readonly unknown[];
  /** The organisation a scoped statement works for (row-level security sets it on the connection). */
  readonly organisationId?: string;
}

/** Builds a statement scoped to `organisationId` (bound as `$1`; the other values follow as `$2`…). */
export function scopedSql(organisationId: string, text: string, values: readonly unknown[] = []): SqlStatement {
  if (!organisationId) throw new Error('an organisation-scoped statement needs an organisation id');
  if (!/\$1(?!\d)/.test(text)) throw new Error('an organisation-scoped statement must use its organisation ($1)');
  return { text, values: [organisationId, ...values], organisationId };
}

/** `query` answers `[rows, count]` for UPDATE/DELETE … RETURNING; this takes the rows. */
export function returnedRows<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : []) as T[];
}
