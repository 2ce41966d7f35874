import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role } from './role.enum';
import { RequestLoaders } from './request-loaders';

/**
 * Who is asking, and for which organisation. Built once per request by the auth
 * guard from the access token and the live membership, then passed explicitly
 * into every service call that touches organisation data.
 */
export interface RequestContext {
  userId: string;
  organisationId: string;
  membershipId: string;
  sessionId: string;
  roles: readonly Role[];
  /** A read-only organisation API token: every mutation is refused. */
  readOnly?: boolean;
}

/** What the GraphQL context carries for each request. */
export interface GraphQLRequestContext {
  req: { auth?: RequestContext; ip?: string; headers: Record<string, string | string[] | undefined> };
  loaders: RequestLoaders;
}

export function hasRole(ctx: RequestContext, ...roles: Role[]): boolean {
  return ctx.roles.some((r) => roles.includes(r));
}

export function requestFrom(context: ExecutionContext): GraphQLRequestContext['req'] {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLRequestContext>().req;
  }
  return context.switchToHttp().getRequest();
}

/** The caller's RequestContext; only on operations that are not @Public(). */
export const CurrentContext = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  const auth = requestFrom(context).auth;
  if (!auth) throw new Error('CurrentContext used on an operation without an authenticated caller');
  return auth;
});

/** The per-request DataLoaders. */
export const Loaders = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestLoaders =>
    GqlExecutionContext.create(context).getContext<GraphQLRequestContext>().loaders,
);
