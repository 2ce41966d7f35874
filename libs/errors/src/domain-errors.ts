/** The stable `extensions.code` values clients can rely on. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A failure the caller can act on; its message is safe to show. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadInputError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('BAD_USER_INPUT', message, details);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'You need to sign in') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this') {
    super('FORBIDDEN', message);
  }
}

/**
 * Missing, or belonging to another organisation: both read the same, so ids
 * from other tenants reveal nothing.
 */
export class NotFoundError extends DomainError {
  constructor(entity: string) {
    super('NOT_FOUND', `${entity} not found`);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('CONFLICT', message, details);
  }
}

/** Refused for now; `retryAfter` (whole seconds) tells the client when to try again. */
export class TooManyRequestsError extends DomainError {
  constructor(message = 'Too many attempts; try again later', retryAfter?: number) {
    super('TOO_MANY_REQUESTS', message, retryAfter === undefined ? undefined : { retryAfter: Math.ceil(retryAfter) });
  }
}

/** A part the operation needs (Redis, PostgreSQL) cannot be reached just now; trying again later may work. */
export class ServiceUnavailableError extends DomainError {
  constructor(message = 'The service is briefly unavailable; try again in a moment') {
    super('SERVICE_UNAVAILABLE', message);
  }
}

/** True for a Postgres unique-constraint violation (optionally of one named constraint). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e?.driverError?.code ?? e?.code;
  const name = e?.driverError?.constraint ?? e?.constraint;
  return code === '23505' && (!constraint || name === constraint);
}
