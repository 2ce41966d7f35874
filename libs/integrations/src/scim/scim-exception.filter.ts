import { DomainError, ErrorCode, isServiceUnavailable } from '@crowdcomms/errors';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { Response } from 'express';
import { ScimError, scimErrorBody } from './scim-error';
import { SCIM_MEDIA_TYPE } from './scim-schemas';

const DOMAIN_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** The SCIM error answer of anything thrown while serving `/scim/v2`: never a stack trace. */
export function scimErrorOf(exception: unknown, logger: Logger): { status: number; body: object } {
  if (exception instanceof ScimError) return { status: exception.status, body: exception.body() };
  if (exception instanceof DomainError) {
    const status = DOMAIN_STATUS[exception.code];
    return { status, body: scimErrorBody(status, exception.message, status === 400 ? 'invalidValue' : undefined) };
  }
  if (isServiceUnavailable(exception)) {
    return { status: 503, body: scimErrorBody(503, 'The service is briefly unavailable; try again') };
  }
  const e = exception as { statusCode?: unknown; status?: unknown; expose?: unknown };
  const status =
    exception instanceof HttpException
      ? exception.getStatus()
      : typeof e?.statusCode === 'number'
        ? e.statusCode
        : typeof e?.status === 'number' && e.expose !== false
          ? e.status
          : 500;
  if (status >= 400 && status < 500) {
    if (status === 400)
      return { status, body: scimErrorBody(400, 'The request body is not valid JSON', 'invalidSyntax') };
    if (status === 404) return { status, body: scimErrorBody(404, 'No such SCIM endpoint') };
    if (status === 413) return { status, body: scimErrorBody(413, 'The request is too large') };
    return { status, body: scimErrorBody(status, 'The request could not be processed') };
  }
  logger.error(exception instanceof Error ? exception.stack : String(exception));
  return { status: 500, body: scimErrorBody(500, 'Something went wrong on our side') };
}

/** Answers every error of the SCIM endpoints in the SCIM error shape (RFC 7644 §3.12). */
@Catch()
export class ScimExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Scim');

  catch(exception: unknown, host: ArgumentsHost): void {
    const { status, body } = scimErrorOf(exception, this.logger);
    host.switchToHttp().getResponse<Response>().status(status).type(SCIM_MEDIA_TYPE).send(JSON.stringify(body));
  }
}
