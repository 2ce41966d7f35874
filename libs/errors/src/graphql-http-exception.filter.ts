import { ArgumentsHost, Catch, HttpException, HttpStatus } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { Request, Response } from 'express';
import { DomainError, ErrorCode } from './domain-errors';

/** Codes of failures at the HTTP edge, before GraphQL runs (body too large, not JSON, …). */
function edgeCode(status: number): string {
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (status === 429) return 'TOO_MANY_REQUESTS';
  return 'BAD_REQUEST';
}

const EDGE_MESSAGES: Partial<Record<number, string>> = {
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'The request is too large',
  [HttpStatus.BAD_REQUEST]: 'The request body is not valid JSON',
};

/** The status of an HTTP error: Nest's own, or one from the `http-errors` package (Express's body parser). */
function statusOf(exception: unknown): number {
  if (exception instanceof HttpException) return exception.getStatus();
  const e = exception as { statusCode?: unknown; status?: unknown; expose?: unknown };
  const status = typeof e?.statusCode === 'number' ? e.statusCode : e?.status;
  return typeof status === 'number' && status >= 400 && status < 500 && e.expose !== false ? status : 500;
}

const DOMAIN_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

/**
 * Errors raised before Apollo sees a `/graphql` request (the body parser's 413
 * for an over-large body, 400 for broken JSON) answer in the GraphQL error
 * shape with a stable `extensions.code`, as every other error of the API does.
 * Inside GraphQL the error goes on to the one formatter (`formatGraphQLError`),
 * which decides what is logged and how. A typed domain error on any other route (the
 * data-export download, its auth guard) answers in the same shape with its HTTP status;
 * anything else there keeps Nest's answers.
 */
@Catch()
export class GraphQLHttpExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') return exception; // GraphQL: Apollo and formatGraphQLError take it from here
    const request = host.switchToHttp().getRequest<Request>();
    if (exception instanceof DomainError) {
      host
        .switchToHttp()
        .getResponse<Response>()
        .status(DOMAIN_STATUS[exception.code])
        .type('application/json')
        .send({ errors: [{ message: exception.message, extensions: { code: exception.code, ...exception.details } }] });
      return undefined;
    }
    const status = statusOf(exception);
    if (request.path?.startsWith('/scim/') && status < 500) {
      // Refused before a SCIM route ran (broken JSON, too large, no such endpoint): in SCIM's own error shape.
      host
        .switchToHttp()
        .getResponse<Response>()
        .status(status)
        .type('application/scim+json')
        .send({
          schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
          status: String(status),
          ...(status === 400 ? { scimType: 'invalidSyntax' } : {}),
          detail:
            status === 404 ? 'No such SCIM endpoint' : (EDGE_MESSAGES[status] ?? 'The request could not be processed'),
        });
      return undefined;
    }
    if (!request.path?.startsWith('/graphql') || status >= 500) return super.catch(exception, host);
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(status)
      .type('application/json')
      .send({
        errors: [
          {
            message: EDGE_MESSAGES[status] ?? 'The request could not be processed',
            extensions: { code: edgeCode(status) },
          },
        ],
      });
    return undefined;
  }
}
