import { TransactionalConnection } from '@crowdcomms/data-access';
import { ProfileAuditService } from '@crowdcomms/profiles';
import { CurrentContext, RequestContext, Role, Roles } from '@crowdcomms/request-context';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ConfigureSsoInput, SsoSettings } from './dto/sso-settings.types';
import { SsoSettingsService } from './sso-settings.service';

/** Admins set up single sign-on; every change is in the audit log (never the client secret). */
@Resolver(() => SsoSettings)
export class SsoSettingsResolver {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly settings: SsoSettingsService,
    private readonly audit: ProfileAuditService,
  ) {}

  @Roles(Role.ADMIN)
  @Query(() => SsoSettings, {
    nullable: true,
    description: 'The organisation’s single sign-on settings, or null when it has none (never the client secret).',
  })
  ssoSettings(@CurrentContext() ctx: RequestContext): Promise<SsoSettings | null> {
    return this.settings.get(ctx);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => SsoSettings, {
    description:
      'Sets up “Sign in with your organisation” (OpenID Connect). Requiring it needs a break-glass admin. The change is in the audit log.',
  })
  configureSso(@CurrentContext() ctx: RequestContext, @Args('input') input: ConfigureSsoInput): Promise<SsoSettings> {
    return this.db.transaction(ctx, async () => {
      const { before, after } = await this.settings.configure(ctx, input);
      await this.audit.recordSettingChange(ctx, 'sso', describe(before), {
        ...describe(after),
        ...(input.clientSecret?.trim() ? { clientSecret: 'changed' } : {}),
      });
      return after;
    });
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, {
    description: 'Turns single sign-on off (passwords work again for everyone). The change is in the audit log.',
  })
  removeSso(@CurrentContext() ctx: RequestContext): Promise<boolean> {
    return this.db.transaction(ctx, async () => {
      const before = await this.settings.remove(ctx);
      if (before) await this.audit.recordSettingChange(ctx, 'sso', describe(before), null);
      return !!before;
    });
  }
}

/** What the audit log says of the settings: whether a secret is set, never the secret. */
function describe(settings: SsoSettings | null) {
  if (!settings) return null;
  const { issuer, clientId, clientSecretSet, allowedDomains, departmentClaim, gradeClaim, requireSso } = settings;
  const breakGlassMemberId = settings.breakGlassMemberId;
  return {
    issuer,
    clientId,
    clientSecretSet,
    allowedDomains,
    departmentClaim,
    gradeClaim,
    requireSso,
    breakGlassMemberId,
  };
}
