import { ApiToken, ApiTokensService } from '@crowdcomms/identity';
import { ProfileAuditService } from '@crowdcomms/profiles';
import { CurrentContext, RequestContext, Role, Roles } from '@crowdcomms/request-context';
import { TransactionalConnection } from '@crowdcomms/data-access';
import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CreateApiTokenInput, CreatedApiToken } from './dto/api-tokens.types';

/** Admins create, list and revoke their organisation's API tokens; each creation and revocation is audited. */
@Resolver(() => ApiToken)
export class ApiTokensResolver {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly tokens: ApiTokensService,
    private readonly audit: ProfileAuditService,
  ) {}

  @Roles(Role.ADMIN)
  @Query(() => [ApiToken], { description: 'The organisation’s API tokens, newest first (never their secrets).' })
  apiTokens(@CurrentContext() ctx: RequestContext): Promise<ApiToken[]> {
    return this.tokens.list(ctx);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CreatedApiToken, {
    description:
      'A token for scripts, acting as you with your roles, read-only or full, until it expires. The secret is returned once; the creation is in the audit log.',
  })
  createApiToken(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: CreateApiTokenInput,
  ): Promise<CreatedApiToken> {
    return this.db.transaction(ctx, async () => {
      const created = await this.tokens.create(ctx, input);
      await this.audit.recordSettingChange(ctx, 'apiToken', null, describe(created.apiToken));
      return created;
    });
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ApiToken, { description: 'Stops a token at once. The revocation is in the audit log.' })
  revokeApiToken(
    @CurrentContext() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<ApiToken> {
    return this.db.transaction(ctx, async () => {
      const { token, changed } = await this.tokens.revoke(ctx, id);
      if (changed) await this.audit.recordSettingChange(ctx, 'apiToken', describe(token), 'revoked');
      return token;
    });
  }
}

/** What the audit log says of a token: never its secret or hash. */
function describe(token: ApiToken) {
  return { id: token.id, name: token.name, access: token.access, expiresAt: token.expiresAt.toISOString() };
}
