/**
 * PostgreSQL aborts one of two transactions that wait on each other (deadlock,
 * SQLSTATE 40P01) and, under REPEATABLE READ or SERIALIZABLE, one that would
 * break serializability (40001). Neither is the caller's fault, and running
 * the whole transaction again is the documented remedy.
 */
export const RETRYABLE_SQLSTATES: ReadonlySet<string> = new Set(['40P01', '40001']);

/** True when `error` (a pg error, or TypeORM's wrapper around one) is a deadlock or serialization failure. */
export function isRetryableTransactionError(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null | undefined;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' && RETRYABLE_SQLSTATES.has(code);
}

export interface TransactionRetryOptions {
  /** Runs in all, the first included (default 4). */
  attempts?: number;
  /** The first wait; each later one doubles, with full jitter (default 15 ms). */
  baseDelayMs?: number;
  /** For tests: the source of jitter in [0, 1). */
  random?: () => number;
}

/**
 * Runs `transaction` (which must open, do and commit one whole transaction —
 * never a part of one) and runs it again, a bounded number of times after a
 * random wait, when PostgreSQL aborted it as a deadlock victim or for a
 * serialization failure. Any other error, or the last attempt's, is thrown.
 * The transaction must be safe to repeat: its effects outside the database go
 * through the outbox, which commits with it.
 */
export async function retryTransaction<T>(
  transaction: () => Promise<T>,
  { attempts = 4, baseDelayMs = 15, random = Math.random }: TransactionRetryOptions = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= attempts || !isRetryableTransactionError(error)) throw error;
      const ceiling = baseDelayMs * 2 ** (attempt - 1);
      await new Promise((resolve) => setTimeout(resolve, Math.round(random() * ceiling)));
    }
  }
}
