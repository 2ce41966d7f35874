import { AppConfig } from '@crowdcomms/config';
import { AuthPayload, OrganisationsService, VerifiedEmailSignIn } from '@crowdcomms/identity';
import { Injectable, Logger } from '@nestjs/common';
import { SecretBox } from '../secret-box';
import { openIdClient } from './openid-client';
import { SsoProvider, SsoSettingsService } from './sso-settings.service';

/** What the sign-in page is told when single sign-on fails (`/sign-in?sso_error=<code>`). */
export type SsoFailure =
  | 'not_configured'
  | 'provider_unreachable'
  | 'state_mismatch'
  | 'nonce_mismatch'
  | 'code_rejected'
  | 'denied'
  | 'token_invalid'
  | 'email_not_verified'
  | 'domain_not_allowed'
  | 'membership_deactivated'
  | 'too_many_attempts'
  | 'failed';

/** The browser's half of one sign-in in progress, sealed into a short-lived cookie. */
interface PendingSignIn {
  /** organisation */
  o: string;
  /** state, nonce, PKCE verifier */
  s: string;
  n: string;
  v: string;
  /** expires (epoch ms) */
  x: number;
}

export const PENDING_SIGN_IN_MINUTES = 10;

export type StartOutcome = { redirect: string; pending: string } | { failure: SsoFailure };
export type CallbackOutcome = { session: AuthPayload } | { failure: SsoFailure };

class SsoError extends Error {
  constructor(readonly failure: SsoFailure) {
    super(failure);
  }
}

/**
 * "Sign in with your organisation": OpenID Connect authorization code flow with PKCE, state and nonce
 * (openid-client). The state, nonce and code verifier stay with the browser in a sealed cookie, so the
 * callback only completes in the browser that started it; the provider's ID token is checked for issuer,
 * audience, expiry and nonce; the e-mail must be verified and in an allowed domain. Each failure is a
 * plain code for the sign-in page, and creates nothing.
 */
@Injectable()
export class SsoSignInService {
  private readonly logger = new Logger('SsoSignIn');

  constructor(
    private readonly settings: SsoSettingsService,
    private readonly organisations: OrganisationsService,
    private readonly signIns: VerifiedEmailSignIn,
    private readonly box: SecretBox,
    private readonly config: AppConfig,
  ) {}

  async start(organisationRef: string): Promise<StartOutcome> {
    try {
      const organisation = await this.organisations.findBySlugOrId(organisationRef);
      const provider = organisation && (await this.settings.provider(organisation.id));
      if (!provider) throw new SsoError('not_configured');
      const client = await openIdClient();
      const configuration = await this.discover(provider);
      const pending: PendingSignIn = {
        o: provider.organisationId,
        s: client.randomState(),
        n: client.randomNonce(),
        v: client.randomPKCECodeVerifier(),
        x: Date.now() + PENDING_SIGN_IN_MINUTES * 60_000,
      };
      const url = client.buildAuthorizationUrl(configuration, {
        redirect_uri: this.settings.redirectUri,
        scope: 'openid email profile',
        state: pending.s,
        nonce: pending.n,
        code_challenge: await client.calculatePKCECodeChallenge(pending.v),
        code_challenge_method: 'S256',
      });
      return { redirect: url.href, pending: this.box.seal(JSON.stringify(pending)) };
    } catch (error) {
      return { failure: this.failureOf(error) };
    }
  }

  /** `query` is the callback's query string as received; `sealed` the cookie set by {@link start}. */
  async callback(query: string, sealed: string | undefined): Promise<CallbackOutcome> {
    try {
      const params = new URLSearchParams(query);
      const pending = this.openPending(sealed);
      if (!pending || params.get('state') !== pending.s) throw new SsoError('state_mismatch');
      if (params.get('error')) throw new SsoError('denied');
      const provider = await this.settings.provider(pending.o);
      if (!provider) throw new SsoError('not_configured');
      const client = await openIdClient();
      const configuration = await this.discover(provider);
      const current = new URL(this.settings.redirectUri);
      current.search = params.toString();
      const tokens = await client
        .authorizationCodeGrant(configuration, current, {
          pkceCodeVerifier: pending.v,
          expectedState: pending.s,
          expectedNonce: pending.n,
          idTokenExpected: true,
        })
        .catch((error: unknown) => {
          throw this.grantFailure(error, client);
        });
      let claims: Record<string, unknown> = { ...tokens.claims() };
      if (typeof claims.email !== 'string' && configuration.serverMetadata().userinfo_endpoint) {
        // Some providers keep e-mail out of the ID token; their userinfo has it (checked to be the same subject).
        const info = await client.fetchUserInfo(configuration, tokens.access_token, String(claims.sub));
        claims = { ...info, ...claims, email: info.email, email_verified: info.email_verified };
      }
      const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
      if (!email || claims.email_verified !== true) throw new SsoError('email_not_verified');
      const domain = email.slice(email.lastIndexOf('@') + 1);
      if (!provider.allowedDomains.includes(domain)) throw new SsoError('domain_not_allowed');

      const signedIn = await this.signIns.signIn(provider.organisationId, {
        email,
        displayName: typeof claims.name === 'string' && claims.name.trim() ? claims.name : email.split('@')[0],
        department: claimText(claims, provider.departmentClaim),
        grade: claimText(claims, provider.gradeClaim),
      });
      if (signedIn.outcome === 'DEACTIVATED') throw new SsoError('membership_deactivated');
      return { session: signedIn.payload };
    } catch (error) {
      return { failure: this.failureOf(error) };
    }
  }

  get signInPage(): string {
    return `${this.config.get('APP_URL').replace(/\/+$/, '')}/sign-in`;
  }

  private async discover(provider: SsoProvider) {
    const client = await openIdClient();
    const issuer = new URL(provider.issuer);
    try {
      return await client.discovery(issuer, provider.clientId, provider.clientSecret, undefined, {
        // Settings accept plain http only for a loopback issuer outside production.
        execute: issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [],
        timeout: 10,
      });
    } catch (error) {
      this.logger.warn(`discovery of ${provider.issuer} failed: ${(error as Error).message}`);
      throw new SsoError('provider_unreachable');
    }
  }

  private openPending(sealed: string | undefined): PendingSignIn | null {
    if (!sealed) return null;
    try {
      const pending = JSON.parse(this.box.open(sealed)) as PendingSignIn;
      return pending.x > Date.now() ? pending : null;
    } catch {
      return null;
    }
  }

  /** Why the provider's token endpoint or its ID token was refused. */
  private grantFailure(error: unknown, client: Awaited<ReturnType<typeof openIdClient>>): SsoError {
    if (error instanceof client.ResponseBodyError) {
      this.logger.warn(`the provider refused the code: ${error.error}`);
      return new SsoError(error.error === 'invalid_grant' ? 'code_rejected' : 'token_invalid');
    }
    // openid-client wraps oauth4webapi's error, whose cause names the claim that did not match.
    const wrapped = error as { code?: string; cause?: { claim?: string; cause?: { claim?: string } } };
    const claim = wrapped.cause?.claim ?? wrapped.cause?.cause?.claim;
    if (wrapped.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && claim === 'nonce')
      return new SsoError('nonce_mismatch');
    if (error instanceof TypeError) return new SsoError('provider_unreachable');
    this.logger.warn(`the provider's answer was refused: ${(error as Error).message}`);
    return new SsoError('token_invalid');
  }

  private failureOf(error: unknown): SsoFailure {
    if (error instanceof SsoError) return error.failure;
    this.logger.error(`single sign-on failed: ${(error as Error).stack ?? String(error)}`);
    return 'failed';
  }
}

function claimText(claims: Record<string, unknown>, name: string | null): string | null {
  const value = name ? claims[name] : undefined;
  return typeof value === 'string' ? value : null;
}
