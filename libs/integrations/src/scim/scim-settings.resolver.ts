import { AppConfig } from '@crowdcomms/config';
import { TransactionalConnection } from '@crowdcomms/data-access';
import { ProfileAuditService } from '@crowdcomms/profiles';
import { CurrentContext, RequestContext, Role, Roles } from '@crowdcomms/request-context';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CreatedScimToken, MapScimGroupInput, ScimSettings } from './dto/scim-settings.types';
import { ScimGroup } from './scim-group.entity';
import { ScimGroupsService } from './scim-groups.service';
import { ScimTokensService } from './scim-tokens.service';

/** Admins connect their directory: the SCIM token (made and rotated here, audited) and what its groups map to. */
@Resolver(() => ScimSettings)
export class ScimSettingsResolver {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly tokens: ScimTokensService,
    private readonly groups: ScimGroupsService,
    private readonly audit: ProfileAuditService,
    private readonly config: AppConfig,
  ) {}

  @Roles(Role.ADMIN)
  @Query(() => ScimSettings, { description: 'Directory provisioning: the base URL, the token’s dates, the groups.' })
  async scimSettings(@CurrentContext() ctx: RequestContext): Promise<ScimSettings> {
    const token = await this.tokens.current(ctx);
    return {
      baseUrl: this.baseUrl,
      tokenCreatedAt: token?.createdAt ?? null,
      tokenLastUsedAt: token?.lastUsedAt ?? null,
      groups: await this.groups.listForAdmin(ctx),
    };
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CreatedScimToken, {
    description:
      'A new SCIM token for the directory; the previous one stops at once. The secret is returned once; the change is in the audit log.',
  })
  rotateScimToken(@CurrentContext() ctx: RequestContext): Promise<CreatedScimToken> {
    return this.db.transaction(ctx, async () => {
      const previous = await this.tokens.current(ctx);
      const { token, scimToken } = await this.tokens.rotate(ctx);
      await this.audit.recordSettingChange(
        ctx,
        'scimToken',
        previous ? { id: previous.id, createdAt: previous.createdAt.toISOString() } : null,
        { id: scimToken.id, createdAt: scimToken.createdAt.toISOString() },
      );
      return { token, baseUrl: this.baseUrl, createdAt: scimToken.createdAt };
    });
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, {
    description: 'Stops the SCIM token at once (false when there was none). The revocation is in the audit log.',
  })
  revokeScimToken(@CurrentContext() ctx: RequestContext): Promise<boolean> {
    return this.db.transaction(ctx, async () => {
      const previous = await this.tokens.current(ctx);
      if (!previous) return false;
      await this.tokens.revoke(ctx);
      await this.audit.recordSettingChange(ctx, 'scimToken', { id: previous.id }, 'revoked');
      return true;
    });
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ScimGroup, {
    description:
      'Maps a directory group to a role (COMMS or HR) and/or a community group, or to nothing (both null). Its members gain or lose them at once; the change is in the audit log.',
  })
  mapScimGroup(@CurrentContext() ctx: RequestContext, @Args('input') input: MapScimGroupInput): Promise<ScimGroup> {
    return this.db.transaction(ctx, async () => {
      const { before, after } = await this.groups.map(
        ctx,
        input.groupId,
        input.role ?? null,
        input.communityGroupId ?? null,
      );
      const describe = (g: ScimGroup) => ({
        id: g.id,
        displayName: g.displayName,
        role: g.role,
        communityGroupId: g.communityGroupId,
      });
      await this.audit.recordSettingChange(ctx, 'scimGroupMapping', describe(before), describe(after));
      return after;
    });
  }

  private get baseUrl(): string {
    return `${this.config.get('APP_URL')}/scim/v2`;
  }
}
