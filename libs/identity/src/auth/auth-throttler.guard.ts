import { TooManyRequestsError } from '@crowdcomms/errors';
import { GraphQLRequestContext } from '@crowdcomms/request-context';
import { applyDecorators, ExecutionContext, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerRequest } from '@nestjs/throttler';

/** The limits an operation can declare with {@link RateLimit}. */
export const THROTTLE_BY_IP = 'ip';
/** Attempts about one e-mail address from one client address: a guesser is stopped, the owner is not. */
export const THROTTLE_BY_EMAIL = 'email';
/** Token refreshes per client address. */
export const THROTTLE_REFRESH = 'refresh';
/** Attempts on one signed-in account (password changes). */
export const THROTTLE_BY_ACCOUNT = 'account';
/** Invitations per organisation per hour. */
export const THROTTLE_INVITATIONS = 'invitations';
/** Single sign-on starts and returns per client address (each sends the API to the organisation's provider). */
export const THROTTLE_SSO = 'sso';

const RATE_LIMITS = 'crowdcomms:rate-limits';

type TrackedRequest = Partial<GraphQLRequestContext['req']>;

const clientAddress = (req: TrackedRequest) => (typeof req.ip === 'string' ? req.ip : 'unknown');

/** The e-mail an auth mutation is about (`input.email`, lower-cased), from this client address. */
export function emailTracker(req: TrackedRequest, context: ExecutionContext): string {
  const args = GqlExecutionContext.create(context).getArgs<{ input?: { email?: unknown } }>();
  const email = args.input?.email;
  return `${typeof email === 'string' ? email.trim().toLowerCase() : 'no-email'}|${clientAddress(req)}`;
}

/** The signed-in user (the auth guard has run: global guards come first). */
export const accountTracker = (req: TrackedRequest): string => req.auth?.userId ?? clientAddress(req);

/** The caller's organisation. */
export const organisationTracker = (req: TrackedRequest): string => req.auth?.organisationId ?? clientAddress(req);

/**
 * Rate-limits an operation by the named limits only (each limit is configured once, in IdentityModule).
 * Refusals are `TOO_MANY_REQUESTS` with `extensions.retryAfter` in seconds.
 */
export const RateLimit = (...limits: string[]) =>
  applyDecorators(SetMetadata(RATE_LIMITS, limits), UseGuards(AuthThrottlerGuard));

/**
 * @nestjs/throttler for GraphQL operations, where request and response come from the GraphQL context, and for
 * plain HTTP routes (single sign-on), where a refusal is the same typed error for the route to present.
 */
@Injectable()
export class AuthThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    if (context.getType() === 'http') {
      const http = context.switchToHttp();
      return { req: http.getRequest<Record<string, unknown>>(), res: http.getResponse<Record<string, unknown>>() };
    }
    const ctx = GqlExecutionContext.create(context).getContext<{
      req: Record<string, unknown>;
      res: Record<string, unknown>;
    }>();
    return { req: ctx.req, res: ctx.res ?? {} };
  }

  protected override getTracker(req: Record<string, unknown>): Promise<string> {
    return Promise.resolve(clientAddress(req as TrackedRequest));
  }

  /** Applies only the limits the operation declared. */
  protected override handleRequest(request: ThrottlerRequest): Promise<boolean> {
    const declared = this.reflector.get<string[] | undefined>(RATE_LIMITS, request.context.getHandler()) ?? [];
    if (!declared.includes(request.throttler.name ?? 'default')) return Promise.resolve(true);
    return super.handleRequest(request);
  }

  protected override throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw new TooManyRequestsError(undefined, Math.max(1, detail.timeToBlockExpire || detail.timeToExpire));
  }
}
