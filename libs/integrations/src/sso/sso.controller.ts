import { AppConfig } from '@crowdcomms/config';
import { TooManyRequestsError } from '@crowdcomms/errors';
import { RateLimit, readCookie, SessionCookie, THROTTLE_SSO } from '@crowdcomms/identity';
import { Public } from '@crowdcomms/request-context';
import {
  ArgumentsHost,
  Catch,
  Controller,
  ExceptionFilter,
  Get,
  Injectable,
  Param,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { PENDING_SIGN_IN_MINUTES, SsoFailure, SsoSignInService } from './sso-sign-in.service';

/** The sign-in in progress travels with the browser, to the callback only. */
export const PENDING_SSO_COOKIE = 'crowdcomms_sso';
const PENDING_SSO_PATH = '/auth/sso';

function failed(res: Response, signInPage: string, failure: SsoFailure): void {
  res.setHeader('cache-control', 'no-store');
  res.redirect(303, `${signInPage}?sso_error=${failure}`);
}

/** Too many sign-ins from one address: the browser goes back to the sign-in page, which says so, not to a JSON error. */
@Injectable()
@Catch(TooManyRequestsError)
export class SsoRateLimitFilter implements ExceptionFilter {
  constructor(private readonly signIn: SsoSignInService) {}

  catch(error: TooManyRequestsError, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const retryAfter = error.details?.retryAfter;
    if (typeof retryAfter === 'number') res.setHeader('retry-after', String(retryAfter));
    failed(res, this.signIn.signInPage, 'too_many_attempts');
  }
}

/**
 * The browser's side of "Sign in with your organisation": `start` sends it to the organisation's provider,
 * `callback` brings it back signed in (the refresh cookie a password sign-in sets) to the web app, or to
 * the sign-in page with `?sso_error=<code>`. Never a 500: every failure is one of those redirects.
 */
@Public()
@Controller('auth/sso')
@UseFilters(SsoRateLimitFilter)
export class SsoController {
  constructor(
    private readonly signIn: SsoSignInService,
    private readonly sessions: SessionCookie,
    private readonly config: AppConfig,
  ) {}

  @Get('callback')
  @RateLimit(THROTTLE_SSO)
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1) : '';
    const outcome = await this.signIn.callback(query, readCookie(req.headers.cookie, PENDING_SSO_COOKIE));
    // One attempt per start: whatever happened, the pending sign-in is spent.
    res.clearCookie(PENDING_SSO_COOKIE, this.pendingCookie());
    if ('failure' in outcome) return this.fail(res, outcome.failure);
    this.sessions.deliverToBrowser(res, outcome.session);
    res.setHeader('cache-control', 'no-store');
    res.redirect(303, `${this.config.get('APP_URL').replace(/\/+$/, '')}/`);
  }

  @Get(':organisation/start')
  @RateLimit(THROTTLE_SSO)
  async start(@Param('organisation') organisation: string, @Res() res: Response): Promise<void> {
    const outcome = await this.signIn.start(organisation);
    if ('failure' in outcome) return this.fail(res, outcome.failure);
    res.cookie(PENDING_SSO_COOKIE, outcome.pending, {
      ...this.pendingCookie(),
      maxAge: PENDING_SIGN_IN_MINUTES * 60_000,
    });
    res.setHeader('cache-control', 'no-store');
    res.redirect(303, outcome.redirect);
  }

  private fail(res: Response, failure: SsoFailure): void {
    failed(res, this.signIn.signInPage, failure);
  }

  private pendingCookie() {
    return {
      httpOnly: true,
      // Lax, not Strict: the provider's redirect back is a cross-site top-level navigation that must carry it.
      sameSite: 'lax' as const,
      path: PENDING_SSO_PATH,
      secure: this.config.isProduction || this.config.get('APP_URL').startsWith('https:'),
    };
  }
}
