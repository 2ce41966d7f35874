import { ForbiddenError, UnauthenticatedError } from '@crowdcomms/errors';
import { ACCESS_METADATA, AccessRule, requestFrom } from '@crowdcomms/request-context';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLResolveInfo, OperationTypeNode } from 'graphql';
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
    if (req.auth.readOnly && changesData(context)) {
      throw new ForbiddenError('This API token is read-only: use a token with full access to change data');
    }
    return true;
  }
}

/** A GraphQL mutation, or an HTTP request other than GET or HEAD. */
function changesData(context: ExecutionContext): boolean {
  if (context.getType<string>() === 'graphql') {
    return (
      GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>().operation.operation !== OperationTypeNode.QUERY
    );
  }
  const method = context.switchToHttp().getRequest<{ method?: string }>().method ?? 'GET';
  return !['GET', 'HEAD'].includes(method.toUpperCase());
}
