import { HttpException, HttpStatus, Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode, ServiceUnavailableError } from './domain-errors';
import { isServiceUnavailable } from './unavailable';

const logger = new Logger('GraphQLError');

/** Codes produced by the GraphQL layer itself (parsing, validation, limits), passed through unchanged. */
const GRAPHQL_LAYER_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

function codeForStatus(status: HttpStatus): ErrorCode | undefined {
  switch (status) {
    case HttpStatus.BAD_REQUEST:
    case HttpStatus.UNPROCESSABLE_ENTITY:
      return 'BAD_USER_INPUT';
    case HttpStatus.UNAUTHORIZED:
      return 'UNAUTHENTICATED';
    case HttpStatus.FORBIDDEN:
      return 'FORBIDDEN';
    case HttpStatus.NOT_FOUND:
      return 'NOT_FOUND';
    case HttpStatus.CONFLICT:
      return 'CONFLICT';
    case HttpStatus.TOO_MANY_REQUESTS:
      return 'TOO_MANY_REQUESTS';
    default:
      return undefined;
  }
}

/** class-validator messages arrive as an array on BadRequestException; show them all. */
function httpMessage(exception: HttpException): string {
  const body = exception.getResponse();
  if (typeof body === 'object' && body !== null && 'message' in body) {
    const message = body.message;
    if (Array.isArray(message)) return message.join('; ');
    if (typeof message === 'string') return message;
  }
  return exception.message;
}

/** PostgreSQL refuses NUL bytes and untranslatable characters in text: the client's input, not our fault. */
function isUnstorableText(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string }; code?: string })?.driverError?.code;
  return code === '22021' || code === '22P05';
}

/**
 * graphql-js stops coercing variables after 50 errors with an error of its
 * own that carries no code: it is still only the client's bad variables.
 */
function isVariableCoercionAbort(error: unknown): boolean {
  return (
    error instanceof GraphQLError &&
    !error.originalError &&
    error.message.startsWith('Too many errors processing variables')
  );
}

/**
 * A client's mistake (signed out, a missing id, bad input) is part of normal
 * traffic: one short debug line, without a stack or the request's headers.
 */
function expected(code: string, message: string, path: GraphQLFormattedError['path']): void {
  logger.debug(`${code} at ${path?.join('.') ?? '(document)'}: ${message.slice(0, 200)}`);
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 200);
}

/**
 * The one place errors become GraphQL errors: domain and HTTP errors keep a
 * stable code and their message; anything unexpected is logged and hidden.
 * Stack traces never leave the server.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (isUnstorableText(original)) {
    return {
      ...base,
      message: 'Text contains a character that cannot be stored (such as a NUL byte)',
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  if (isVariableCoercionAbort(original)) {
    return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (original instanceof DomainError) {
    expected(original.code, original.message, formatted.path);
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  if (original instanceof HttpException) {
    const code = codeForStatus(original.getStatus());
    if (code) {
      const message = code === 'TOO_MANY_REQUESTS' ? 'Too many attempts; try again later' : httpMessage(original);
      expected(code, message, formatted.path);
      return { ...base, message, extensions: { code } };
    }
  }
  const layerCode = formatted.extensions?.code;
  if (typeof layerCode === 'string' && GRAPHQL_LAYER_CODES.has(layerCode) && !(original instanceof HttpException)) {
    return { ...base, extensions: { code: layerCode } };
  }
  if (isServiceUnavailable(original)) {
    // An outage is the operator's concern (readiness reports it), not a bug: one line, no stack.
    const unavailable = new ServiceUnavailableError();
    logger.warn(`${unavailable.code} at ${formatted.path?.join('.') ?? '(document)'}: ${describe(original)}`);
    return { ...base, message: unavailable.message, extensions: { code: unavailable.code } };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
