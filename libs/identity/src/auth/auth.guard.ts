import { ForbiddenError, UnauthenticatedError } from '@crowdcomms/errors';
import { ACCESS_METADATA, AccessRule, requestFrom } from '@crowdcomms/request-context';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthService } from './auth.service';

/**
 * Deny by default: an operation that declares no access rule is refused, and a
 * test walks the schema to make sure none ships without one.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw new ForbiddenError('This operation declares no access rule');
    if (rule.kind === 'public') return true;

    const req = requestFrom(context);
    const header = req.headers['authorization'];
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw new UnauthenticatedError();
    req.auth = await this.auth.authenticate(match[1]);
    if (!req.auth.roles.some((role) => rule.roles.includes(role))) {
      throw new ForbiddenError(`This needs one of these roles: ${rule.roles.join(', ')}`);
    }
    return true;
  }
}
