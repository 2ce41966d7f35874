import { forOrganisation, RequestContext } from '@crowdcomms/request-context';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Request } from 'express';
import { ScimError } from './scim-error';
import { ScimTokensService } from './scim-tokens.service';

/**
 * SCIM requests carry the organisation's SCIM token, which names the organisation: the request then
 * works for that organisation only (row-level security included) and for nothing but SCIM.
 */
@Injectable()
export class ScimAuthGuard implements CanActivate {
  constructor(private readonly tokens: ScimTokensService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request & { auth?: RequestContext }>();
    const header = req.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    const caller = match ? await this.tokens.authenticate(match[1]) : null;
    if (!caller) throw new ScimError(401, 'Send the organisation’s SCIM token: Authorization: Bearer ccscim_…');
    // The directory acts for the admin who made its token, with no roles: it reaches nothing but SCIM.
    req.auth = forOrganisation(caller.organisationId, { actingAs: { membershipId: caller.createdByMembershipId } });
    return true;
  }
}
