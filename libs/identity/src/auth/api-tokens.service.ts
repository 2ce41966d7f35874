import { TransactionalConnection } from '@crowdcomms/data-access';
import { BadInputError, NotFoundError, UnauthenticatedError } from '@crowdcomms/errors';
import { RequestContext, Role } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { ApiToken, ApiTokenAccess } from '../entities/api-token.entity';
import { acceptApiTokenSql } from './api-tokens.sql';
import { TokenService } from './token.service';

/** The longest an API token may live: a script's secret is rotated at least yearly. */
export const MAX_API_TOKEN_DAYS = 366;

/** Organisation API tokens: created and revoked by admins, accepted as `Authorization: Bearer`. */
@Injectable()
export class ApiTokensService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly tokens: TokenService,
  ) {}

  /** A new token acting as the calling admin; the secret is returned this once and never stored. */
  async create(
    ctx: RequestContext,
    input: { name: string; access: ApiTokenAccess; expiresInDays: number },
  ): Promise<{ token: string; apiToken: ApiToken }> {
    const name = input.name.trim();
    if (!name) throw new BadInputError('Give the token a name that says what it is for', { field: 'name' });
    const { token, hash } = this.tokens.newApiToken(ctx.organisationId);
    const tokens = this.db.scoped(ctx, ApiToken);
    const apiToken = await tokens.save(
      tokens.create({
        name,
        access: input.access,
        createdByMembershipId: ctx.membershipId,
        hash,
        expiresAt: new Date(Date.now() + input.expiresInDays * 86_400_000),
      }),
    );
    return { token, apiToken };
  }

  /** The organisation's tokens, newest first (never their secrets). */
  list(ctx: RequestContext): Promise<ApiToken[]> {
    return this.db.scoped(ctx, ApiToken).find({ order: { createdAt: 'DESC', id: 'ASC' } });
  }

  /** Revokes a token at once (`changed`: it was live); revoking it again changes nothing. A foreign id is NOT_FOUND. */
  async revoke(ctx: RequestContext, id: string): Promise<{ token: ApiToken; changed: boolean }> {
    const tokens = this.db.scoped(ctx, ApiToken);
    const token = await tokens.findOneBy({ id });
    if (!token) throw new NotFoundError('API token');
    if (token.revokedAt) return { token, changed: false };
    token.revokedAt = new Date();
    await tokens.update({ id }, { revokedAt: token.revokedAt });
    return { token, changed: true };
  }

  /** Whether a bearer credential is an API token rather than a session's access token. */
  isApiToken(bearer: string): boolean {
    return this.tokens.parseApiToken(bearer) !== null;
  }

  /** The request context of a live API token, or UNAUTHENTICATED. */
  async authenticate(bearer: string): Promise<RequestContext> {
    const parsed = this.tokens.parseApiToken(bearer);
    const refused = new UnauthenticatedError('This API token is not valid, has expired or was revoked');
    if (!parsed) throw refused;
    const [row]: { id: string; access: ApiTokenAccess; membershipId: string; userId: string; roles: Role[] }[] =
      await this.db.within({ organisationId: parsed.organisationId }, () =>
        this.db.run(acceptApiTokenSql(parsed.organisationId, parsed.hash)),
      );
    if (!row) throw refused;
    return {
      userId: row.userId,
      organisationId: parsed.organisationId,
      membershipId: row.membershipId,
      sessionId: row.id,
      roles: row.roles,
      readOnly: row.access === ApiTokenAccess.READ_ONLY,
    };
  }
}
