import { withScope } from '@crowdcomms/data-access';
import { RequestContext } from '@crowdcomms/request-context';
import { NextFunction, Request, Response } from 'express';

/**
 * Everything a request does runs under its organisation, for row-level
 * security: a statement made outside a transaction borrows its connection
 * under the organisation of the caller's access token (known once the auth
 * guard has run, hence read lazily), or under none for an anonymous request.
 */
export function requestScope(req: Request, _res: Response, next: NextFunction): void {
  const request = req as Request & { auth?: RequestContext };
  withScope(() => (request.auth ? { organisationId: request.auth.organisationId } : null), next);
}
