import { AppConfig } from '@crowdcomms/config';
import { TransactionalConnection } from '@crowdcomms/data-access';
import { BadInputError, DomainError, NotFoundError } from '@crowdcomms/errors';
import {
  AuthService,
  Membership,
  MembersService,
  MembershipStatus,
  OrganisationsService,
  PasswordSignIn,
  PasswordSignInPolicy,
} from '@crowdcomms/identity';
import { RequestContext, Role } from '@crowdcomms/request-context';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { isIP } from 'node:net';
import { SecretBox } from '../secret-box';
import { ConfigureSsoInput, SsoSettings } from './dto/sso-settings.types';
import { SsoConfiguration } from './sso-configuration.entity';

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const CLAIM = /^[A-Za-z0-9_.:/-]{1,100}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An organisation's provider as sign-in needs it: the client secret opened. */
export interface SsoProvider {
  organisationId: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  allowedDomains: string[];
  departmentClaim: string | null;
  gradeClaim: string | null;
}

/**
 * An admin's single sign-on settings, and the rule they imply for passwords: when the organisation
 * requires SSO, password sign-in (and joining or switching in with a password session) is refused with
 * FORBIDDEN / reason SSO_REQUIRED, except for the break-glass admin it names.
 */
@Injectable()
export class SsoSettingsService implements OnModuleInit {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly box: SecretBox,
    private readonly config: AppConfig,
    private readonly members: MembersService,
    private readonly organisations: OrganisationsService,
    private readonly passwordPolicy: PasswordSignInPolicy,
    private readonly auth: AuthService,
  ) {}

  onModuleInit(): void {
    this.passwordPolicy.setRule((signIn) => this.assertPasswordAllowed(signIn));
  }

  /** The redirect URI every organisation registers at its provider. */
  get redirectUri(): string {
    return `${this.appUrl}/auth/sso/callback`;
  }

  async get(ctx: RequestContext): Promise<SsoSettings | null> {
    const stored = await this.db.scoped(ctx, SsoConfiguration).findOneBy({});
    return stored ? this.view(ctx, stored) : null;
  }

  async configure(
    ctx: RequestContext,
    input: ConfigureSsoInput,
  ): Promise<{ before: SsoSettings | null; after: SsoSettings }> {
    const repository = this.db.scoped(ctx, SsoConfiguration);
    const stored = await repository.findOneBy({});
    const before = stored ? await this.view(ctx, stored) : null;
    const issuer = this.validIssuer(input.issuer);
    const clientId = input.clientId.trim();
    if (!clientId || clientId.length > 255) {
      throw new BadInputError('The client id must be 1 to 255 characters', { field: 'clientId' });
    }
    const secret = input.clientSecret?.trim();
    if (!secret && !stored) {
      throw new BadInputError('Enter the client secret the provider gave you', { field: 'clientSecret' });
    }
    if (secret && secret.length > 1000) {
      throw new BadInputError('The client secret can be at most 1000 characters', { field: 'clientSecret' });
    }
    const allowedDomains = [
      ...new Set(input.allowedDomains.map((d) => d.trim().toLowerCase().replace(/^@/, '')).filter(Boolean)),
    ];
    if (!allowedDomains.length || allowedDomains.length > 50 || !allowedDomains.every((d) => DOMAIN.test(d))) {
      throw new BadInputError('Give 1 to 50 e-mail domains, such as harbourside.gov.uk', { field: 'allowedDomains' });
    }
    const departmentClaim = this.validClaim(input.departmentClaim, 'departmentClaim');
    const gradeClaim = this.validClaim(input.gradeClaim, 'gradeClaim');
    const breakGlass = await this.validBreakGlass(ctx, input);

    const saved = await repository.save({
      ...(stored ?? {}),
      organisationId: ctx.organisationId,
      issuer,
      clientId,
      clientSecretSealed: secret ? this.box.seal(secret) : stored!.clientSecretSealed,
      allowedDomains,
      departmentClaim,
      gradeClaim,
      requireSso: input.requireSso,
      breakGlassMembershipId: breakGlass?.id ?? null,
    });
    // From now on only the provider signs people in here: sessions that began with a password end at once.
    if (input.requireSso && !stored?.requireSso) {
      await this.auth.endPasswordSessions(ctx.organisationId, breakGlass?.userId ?? null);
    }
    return { before, after: await this.view(ctx, saved) };
  }

  /** Turns single sign-on off; returns what was configured, if anything. */
  async remove(ctx: RequestContext): Promise<SsoSettings | null> {
    const before = await this.get(ctx);
    await this.db.scoped(ctx, SsoConfiguration).delete({});
    return before;
  }

  /** The provider an organisation signs in with, or null when it has none (or its secret no longer opens). */
  async provider(organisationId: string): Promise<SsoProvider | null> {
    const stored = await this.db.scoped({ organisationId }, SsoConfiguration).findOneBy({});
    if (!stored) return null;
    let clientSecret: string;
    try {
      clientSecret = this.box.open(stored.clientSecretSealed);
    } catch {
      return null; // sealed under another key: the admin enters the secret again
    }
    const { issuer, clientId, allowedDomains, departmentClaim, gradeClaim } = stored;
    return { organisationId, issuer, clientId, clientSecret, allowedDomains, departmentClaim, gradeClaim };
  }

  private async assertPasswordAllowed({ organisationId, membershipId }: PasswordSignIn): Promise<void> {
    const stored = await this.db.scoped({ organisationId }, SsoConfiguration).findOneBy({});
    if (!stored?.requireSso || (membershipId && membershipId === stored.breakGlassMembershipId)) return;
    const organisation = await this.organisations.findBySlugOrId(organisationId);
    throw new DomainError(
      'FORBIDDEN',
      'Your organisation signs you in with its own account: use “Sign in with your organisation”',
      { reason: 'SSO_REQUIRED', organisationSlug: organisation?.slug ?? null },
    );
  }

  private async view(ctx: RequestContext, stored: SsoConfiguration): Promise<SsoSettings> {
    const organisation = await this.organisations.findBySlugOrId(ctx.organisationId);
    return {
      issuer: stored.issuer,
      clientId: stored.clientId,
      clientSecretSet: !!stored.clientSecretSealed,
      allowedDomains: stored.allowedDomains,
      departmentClaim: stored.departmentClaim,
      gradeClaim: stored.gradeClaim,
      requireSso: stored.requireSso,
      breakGlassMemberId: stored.breakGlassMembershipId,
      redirectUri: this.redirectUri,
      signInUrl: `${this.appUrl}/auth/sso/${organisation?.slug ?? ctx.organisationId}/start`,
    };
  }

  /**
   * https only: the provider's answers decide who gets in. Plain http is accepted for a loopback issuer
   * outside production (a provider on the developer's own machine, or the one the tests start).
   */
  private validIssuer(value: string): string {
    const issuer = value.trim();
    let url: URL;
    try {
      url = new URL(issuer);
    } catch {
      throw new BadInputError('The issuer must be a URL, such as https://login.example.org', { field: 'issuer' });
    }
    const loopbackHttp =
      url.protocol === 'http:' &&
      (LOOPBACK.has(url.hostname) || (isIP(url.hostname) === 4 && url.hostname.startsWith('127.')));
    if (url.protocol !== 'https:' && !(loopbackHttp && !this.config.isProduction)) {
      throw new BadInputError('The issuer must be an https URL', { field: 'issuer' });
    }
    if (url.search || url.hash || url.username || url.password || issuer.length > 500) {
      throw new BadInputError('The issuer must be a plain https URL of up to 500 characters', { field: 'issuer' });
    }
    return issuer;
  }

  private validClaim(value: string | null | undefined, field: string): string | null {
    const claim = value?.trim();
    if (!claim) return null;
    if (!CLAIM.test(claim)) throw new BadInputError('A claim name is 1 to 100 letters, digits or _ . : / -', { field });
    return claim;
  }

  /** Requiring SSO needs an active admin who can still sign in with a password if the provider fails. */
  private async validBreakGlass(ctx: RequestContext, input: ConfigureSsoInput): Promise<Membership | null> {
    const id = input.breakGlassMemberId?.trim() || null;
    if (!id) {
      if (input.requireSso) {
        throw new BadInputError('Name a break-glass admin who may still sign in with a password', {
          field: 'breakGlassMemberId',
        });
      }
      return null;
    }
    // Not an id at all, or another organisation's: the same answer as a missing member.
    if (!UUID.test(id)) throw new NotFoundError('Member');
    const member = await this.members.get(ctx, id);
    if (member.status !== MembershipStatus.ACTIVE || !member.roles.includes(Role.ADMIN)) {
      throw new BadInputError('The break-glass member must be an active admin', { field: 'breakGlassMemberId' });
    }
    return member;
  }

  private get appUrl(): string {
    return this.config.get('APP_URL').replace(/\/+$/, '');
  }
}
