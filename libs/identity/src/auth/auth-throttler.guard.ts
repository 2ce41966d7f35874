import { Injectable, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';

/** Names of the two limits on sign-in and sign-up. */
export const THROTTLE_BY_IP = 'ip';
export const THROTTLE_BY_EMAIL = 'email';

/** The e-mail an auth mutation is about (`input.email`), lower-cased. */
export function emailTracker(_req: Record<string, unknown>, context: ExecutionContext): string {
  const args = GqlExecutionContext.create(context).getArgs<{ input?: { email?: unknown } }>();
  const email = args.input?.email;
  return typeof email === 'string' ? email.trim().toLowerCase() : 'no-email';
}

/** @nestjs/throttler for GraphQL: request and response come from the GraphQL context. */
@Injectable()
export class AuthThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    const ctx = GqlExecutionContext.create(context).getContext<{
      req: Record<string, unknown>;
      res: Record<string, unknown>;
    }>();
    return { req: ctx.req, res: ctx.res };
  }

  protected override getTracker(req: Record<string, unknown>): Promise<string> {
    return Promise.resolve(typeof req.ip === 'string' ? req.ip : 'unknown');
  }
}
