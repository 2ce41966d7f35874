import { AppConfig } from '@crowdcomms/config';
import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthPayload } from '../dto/auth.types';

/** The header the web app sends with every request (see README, "Sessions in the browser"). */
export const WEB_CLIENT_HEADER = 'x-crowdcomms-client';
export const REFRESH_COOKIE = 'crowdcomms_refresh';
/** The cookie travels only to the GraphQL endpoint, where `refresh` reads it. */
export const REFRESH_COOKIE_PATH = '/graphql';

/** The HTTP side of a GraphQL request (absent over WebSocket). */
export interface HttpContext {
  req?: Request;
  res?: Response;
}

/**
 * Refresh tokens for browsers: an HttpOnly, SameSite=Strict cookie scoped to
 * /graphql, so page scripts never see them. A request is a browser's when it
 * carries `x-crowdcomms-client: web`; API clients without that header keep
 * getting the refresh token in the response body, as before. The cookie is only
 * read for such requests, and a custom header cannot be sent cross-site without
 * CORS (which the API does not allow): together with SameSite=Strict, no other
 * site can make a browser refresh (CSRF).
 */
@Injectable()
export class SessionCookie {
  constructor(private readonly config: AppConfig) {}

  isBrowser(ctx: HttpContext): boolean {
    return ctx.req?.headers[WEB_CLIENT_HEADER] === 'web' && !!ctx.res;
  }

  /** The refresh token from the cookie, for browser requests only. */
  read(ctx: HttpContext): string | undefined {
    if (!this.isBrowser(ctx)) return undefined;
    return readCookie(ctx.req?.headers.cookie, REFRESH_COOKIE);
  }

  /** For a browser, moves the refresh token from the answer into the cookie. */
  deliver(ctx: HttpContext, payload: AuthPayload): AuthPayload {
    if (!this.isBrowser(ctx) || !payload.refreshToken) return payload;
    ctx.res!.cookie(REFRESH_COOKIE, payload.refreshToken, {
      ...this.attributes(),
      maxAge: this.config.get('REFRESH_TOKEN_TTL_DAYS') * 24 * 3600 * 1000,
    });
    return { ...payload, refreshToken: null };
  }

  /**
   * Hands a session started outside GraphQL (single sign-on's redirect back from the organisation's provider) to
   * the browser: the same refresh cookie a browser sign-in gets; the web app then calls `refresh`.
   */
  deliverToBrowser(res: Response, payload: AuthPayload): void {
    if (!payload.refreshToken) return;
    res.cookie(REFRESH_COOKIE, payload.refreshToken, {
      ...this.attributes(),
      maxAge: this.config.get('REFRESH_TOKEN_TTL_DAYS') * 24 * 3600 * 1000,
    });
  }

  clear(ctx: HttpContext): void {
    if (this.isBrowser(ctx)) ctx.res!.clearCookie(REFRESH_COOKIE, this.attributes());
  }

  private attributes() {
    return {
      httpOnly: true,
      sameSite: 'strict' as const,
      path: REFRESH_COOKIE_PATH,
      // Browsers drop Secure cookies on plain-http origins, which local development and tests use.
      secure: this.config.isProduction || this.config.get('APP_URL').startsWith('https:'),
    };
  }
}

/** One cookie's value from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
