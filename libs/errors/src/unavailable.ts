/** Socket errors of a server that is down, unreachable or went away mid-request. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL's own "not now" classes: 57P01–57P03 (the server is shutting down,
 * crashed or starting; also what `pg_terminate_backend` sends) and 08 (connection exceptions).
 */
function isPostgresUnavailableCode(code: string): boolean {
  return /^57P0[123]$/.test(code) || code.startsWith('08');
}

/** Messages of node-postgres and ioredis when a connection is lost or cannot be had in time. */
const MESSAGES = [
  /^Connection terminated/, // node-postgres: the server closed the connection
  /^timeout exceeded when trying to connect/, // node-postgres pool: no connection within the acquire timeout
  /^Client has encountered a connection error/,
  /^Client was closed and is not queryable/, // node-postgres: a query sent on a connection that just died
  /^Connection is closed/, // ioredis
  /^Reached the max retries per request limit/, // ioredis: Redis stayed unreachable
  /^Command timed out/, // ioredis commandTimeout
  /^Stream isn't writeable/, // ioredis without an offline queue
];

/**
 * True when `error` says a backing service (PostgreSQL, Redis) is unreachable or
 * dropped the connection — a passing outage the caller may retry, not a bug.
 */
export function isServiceUnavailable(error: unknown): boolean {
  for (let e = error as Record<string, unknown> | undefined, depth = 0; e && depth < 3; depth++) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (SOCKET_CODES.has(code) || isPostgresUnavailableCode(code)) return true;
    if (e.name === 'MaxRetriesPerRequestError') return true;
    // TypeORM: the transaction's connection was lost and released under it (a statement, or a raw query).
    if (e.name === 'QueryRunnerAlreadyReleasedError' || e.name === 'QueryRunnerProviderAlreadyReleasedError') {
      return true;
    }
    if (typeof e.message === 'string' && MESSAGES.some((m) => m.test(e!.message as string))) return true;
    // TypeORM keeps the driver's error; Node keeps a cause.
    e = (e.driverError ?? e.cause) as Record<string, unknown> | undefined;
  }
  return false;
}
