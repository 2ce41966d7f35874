import { returnedRows, TransactionalConnection } from '@crowdcomms/data-access';
import { RequestContext } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { IsNull } from 'typeorm';
import { ScimToken } from './scim-token.entity';
import { acceptScimTokenSql, revokeScimTokensSql } from './scim-tokens.sql';

/** Starts every SCIM token (secret scanners can look for it; it is never taken for an API token). */
export const SCIM_TOKEN_PREFIX = 'ccscim_';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const sha256 = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** Who a live SCIM token works for: its organisation, and the admin who made it (for the audit trail). */
export interface ScimCaller {
  organisationId: string;
  tokenId: string;
  createdByMembershipId: string;
}

/**
 * The organisation's SCIM bearer token, shaped like an API token (`ccscim_<organisation>.<secret>`, only
 * the secret's SHA-256 hash stored) but a separate credential: it authorises `/scim/v2` for its
 * organisation and nothing else, and at most one is live.
 */
@Injectable()
export class ScimTokensService {
  constructor(private readonly db: TransactionalConnection) {}

  /** The live token (never its secret), if any. */
  current(ctx: RequestContext): Promise<ScimToken | null> {
    return this.db.scoped(ctx, ScimToken).findOne({ where: { revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
  }

  /** A new token; the previous one (if any) stops at once. The secret is returned this once. Call in a transaction. */
  async rotate(ctx: RequestContext): Promise<{ token: string; scimToken: ScimToken; replaced: boolean }> {
    const revoked = returnedRows(await this.db.run(revokeScimTokensSql(ctx.organisationId)));
    const secret = randomBytes(32).toString('base64url');
    const tokens = this.db.scoped(ctx, ScimToken);
    const scimToken = await tokens.save(
      tokens.create({
        hash: sha256(secret),
        createdByMembershipId: ctx.membershipId,
        lastUsedAt: null,
        revokedAt: null,
      }),
    );
    return { token: `${SCIM_TOKEN_PREFIX}${ctx.organisationId}.${secret}`, scimToken, replaced: revoked.length > 0 };
  }

  /** Stops the live token, if any (`true` when there was one). Call in a transaction. */
  async revoke(ctx: RequestContext): Promise<boolean> {
    const revoked = returnedRows(await this.db.run(revokeScimTokensSql(ctx.organisationId)));
    return revoked.length > 0;
  }

  /** The caller behind a bearer credential, or null when it is not a live SCIM token. */
  async authenticate(bearer: string): Promise<ScimCaller | null> {
    if (!bearer.startsWith(SCIM_TOKEN_PREFIX)) return null;
    const [organisationId, secret, extra] = bearer.slice(SCIM_TOKEN_PREFIX.length).split('.');
    if (extra !== undefined || !UUID.test(organisationId ?? '') || !secret || secret.length < 40) return null;
    const [row]: { id: string; createdByMembershipId: string }[] = await this.db.within({ organisationId }, () =>
      this.db.run(acceptScimTokenSql(organisationId, sha256(secret))),
    );
    return row ? { organisationId, tokenId: row.id, createdByMembershipId: row.createdByMembershipId } : null;
  }
}
