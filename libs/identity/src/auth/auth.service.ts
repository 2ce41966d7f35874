import { crossOrganisation, TransactionalConnection } from '@crowdcomms/data-access';
import { AppConfig } from '@crowdcomms/config';
import {
  BadInputError,
  ConflictError,
  isUniqueViolation,
  NotFoundError,
  UnauthenticatedError,
} from '@crowdcomms/errors';
import { RequestContext, Role } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { AuthPayload, ChangePasswordInput, LoginInput, Me, SignUpInput } from '../dto/auth.types';
import { AuthSession, SignInMethod } from '../entities/auth-session.entity';
import { endPasswordSessionsSql } from './auth-sessions.sql';
import { Membership, MembershipStatus } from '../entities/membership.entity';
import { Organisation } from '../entities/organisation.entity';
import { RefreshToken } from '../entities/refresh-token.entity';
import { User } from '../entities/user.entity';
import { OrganisationsService } from '../organisations.service';
import { ApiTokensService } from './api-tokens.service';
import { FailedLoginDelay } from './failed-login-delay.service';
import { PasswordService } from './password.service';
import { PasswordSignInPolicy } from './password-sign-in-policy';
import { SessionRevocations } from './session-revocations';
import { TokenService } from './token.service';

export type SessionEndReason =
  'LOGOUT' | 'TOKEN_REUSE' | 'PASSWORD_CHANGED' | 'DEACTIVATED' | 'ERASED' | 'SSO_REQUIRED';

/** Sign-up, log-in, refresh rotation, log-out and the per-request check of an access token. */
@Injectable()
export class AuthService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly organisations: OrganisationsService,
    private readonly config: AppConfig,
    private readonly failedLogins: FailedLoginDelay,
    private readonly revocations: SessionRevocations,
    private readonly apiTokens: ApiTokensService,
    private readonly passwordPolicy: PasswordSignInPolicy,
  ) {}

  async signUp(input: SignUpInput): Promise<AuthPayload> {
    this.passwords.assertStrong(input.password, input.email);
    const passwordHash = await this.passwords.hash(input.password);
    const exists = new ConflictError('An account with this e-mail already exists; sign in instead');
    return this.db
      .transaction(crossOrganisation('sign-up creates a person and their organisation'), async () => {
        if (await this.db.manager.existsBy(User, { email: input.email })) throw exists;
        const user = await this.db.manager.save(
          this.db.manager.create(User, { email: input.email, displayName: input.displayName.trim(), passwordHash }),
        );
        const { organisation, membership } = await this.organisations.create(input.organisationName, user.id);
        return this.startSession(user, organisation, membership);
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? exists : error;
      });
  }

  async login(input: LoginInput): Promise<AuthPayload> {
    const failed = new UnauthenticatedError('E-mail or password is incorrect');
    await this.failedLogins.assertAllowed(input.email);
    const user = await this.db.getRepository(User).findOneBy({ email: input.email });
    if (!user) {
      await this.passwords.burn(input.password);
      await this.failedLogins.recordFailure(input.email);
      throw failed;
    }
    if (!(await this.passwords.verify(user.passwordHash, input.password))) {
      await this.failedLogins.recordFailure(input.email);
      throw failed;
    }
    await this.failedLogins.clear(input.email);
    const membership = await this.activeMembership(user.id, input.organisationId);
    if (!membership) {
      if (input.organisationId) throw new NotFoundError('Organisation');
      throw new UnauthenticatedError('You are not an active member of any organisation');
    }
    await this.passwordPolicy.assertAllowed({ organisationId: membership.organisationId, membershipId: membership.id });
    return this.db.transaction({ organisationId: membership.organisationId }, async () => {
      const organisation = await this.db.manager.findOneByOrFail(Organisation, { id: membership.organisationId });
      return this.startSession(user, organisation, membership);
    });
  }

  /** Rotates a refresh token; presenting an already rotated one revokes its whole session. */
  async refresh(refreshToken: string): Promise<AuthPayload> {
    const invalid = new UnauthenticatedError('This refresh token is not valid; sign in again');
    const parsed = this.tokens.parseOpaqueToken(refreshToken);
    if (!parsed) throw invalid;
    const outcome = await this.db.transaction({ organisationId: parsed.organisationId }, async () => {
      const stored = await this.db.manager.findOneBy(RefreshToken, {
        organisationId: parsed.organisationId,
        tokenHash: parsed.hash,
      });
      if (!stored) return 'invalid' as const;
      const session = await this.db.manager.findOneBy(AuthSession, {
        id: stored.sessionId,
        organisationId: stored.organisationId,
      });
      if (!session || session.revokedAt || session.expiresAt <= new Date()) return 'invalid' as const;
      // Conditional update: of two concurrent uses, only one can win.
      const rotated = await this.db.manager.update(
        RefreshToken,
        { id: stored.id, organisationId: stored.organisationId, rotatedAt: IsNull() },
        { rotatedAt: () => 'now()' },
      );
      if (!rotated.affected) return 'reused' as const;
      const membership = await this.activeMembership(session.userId, session.organisationId);
      if (!membership) return 'invalid' as const;
      const user = await this.db.manager.findOneByOrFail(User, { id: session.userId });
      const organisation = await this.db.manager.findOneByOrFail(Organisation, { id: session.organisationId });
      return this.issueTokens(session, user, organisation, membership);
    });
    if (outcome === 'reused') {
      // A public call: the token names the organisation whose session ends.
      await this.db.within({ organisationId: parsed.organisationId }, () =>
        this.revokeSessionOfToken(parsed.organisationId, parsed.hash),
      );
      throw new UnauthenticatedError('This refresh token was already used; the session has been ended for safety');
    }
    if (outcome === 'invalid') throw invalid;
    return outcome;
  }

  async logout(ctx: RequestContext): Promise<boolean> {
    await this.revokeSessions({ organisationId: ctx.organisationId, id: ctx.sessionId }, 'LOGOUT');
    return true;
  }

  async switchOrganisation(ctx: RequestContext, organisationId: string): Promise<AuthPayload> {
    const membership = await this.activeMembership(ctx.userId, organisationId);
    if (!membership) throw new NotFoundError('Organisation');
    // A session here must come from the organisation's own sign-in when it requires that.
    await this.passwordPolicy.assertAllowed({ organisationId, membershipId: membership.id });
    return this.db.transaction({ organisationId }, async () => {
      const user = await this.db.manager.findOneByOrFail(User, { id: ctx.userId });
      const organisation = await this.db.manager.findOneByOrFail(Organisation, { id: organisationId });
      return this.startSession(user, organisation, membership);
    });
  }

  /** Ends every session of the user everywhere, then signs this one in again. */
  async changePassword(ctx: RequestContext, input: ChangePasswordInput): Promise<AuthPayload> {
    const user = await this.db.getRepository(User).findOneByOrFail({ id: ctx.userId });
    if (!(await this.passwords.verify(user.passwordHash, input.currentPassword))) {
      // Not UNAUTHENTICATED: the session is fine, and clients treat that code as "signed out".
      throw new BadInputError('Current password is incorrect', { field: 'currentPassword' });
    }
    this.passwords.assertStrong(input.newPassword, user.email);
    const passwordHash = await this.passwords.hash(input.newPassword);
    const everywhere = crossOrganisation('a password change ends the person’s sessions in every organisation');
    return this.db.transaction(everywhere, async () => {
      await this.db.manager.update(User, { id: user.id }, { passwordHash, passwordChangedAt: () => 'now()' });
      await this.endEverySession(user.id, 'PASSWORD_CHANGED');
      const organisation = await this.db.manager.findOneByOrFail(Organisation, { id: ctx.organisationId });
      const membership = await this.db.manager.findOneByOrFail(Membership, { id: ctx.membershipId });
      return this.startSession({ ...user, passwordHash }, organisation, membership);
    });
  }

  /**
   * The caller, each part read only when asked for and at most once. The session and the active membership were
   * checked for this very request by the guard; a part that cannot be read still fails the query as before.
   */
  me(ctx: RequestContext): Me {
    const once = <T>(read: () => Promise<T>) => {
      let value: Promise<T> | undefined;
      return () => (value ??= read());
    };
    const user = once(() => this.db.getRepository(User).findOneByOrFail({ id: ctx.userId }));
    const member = once(() => this.db.getRepository(Membership).findOneByOrFail({ id: ctx.membershipId }));
    const organisations = once(async () => {
      const active = await this.organisations.findActiveForUser(ctx.userId);
      if (!active.some((o) => o.id === ctx.organisationId)) {
        throw new UnauthenticatedError('Your session has ended; sign in again');
      }
      return active;
    });
    return {
      get user() {
        return user();
      },
      get member() {
        return member();
      },
      get organisation() {
        return organisations().then((active) => active.find((o) => o.id === ctx.organisationId)!);
      },
      get organisations() {
        return organisations();
      },
    };
  }

  async createOrganisation(ctx: RequestContext, name: string): Promise<AuthPayload> {
    const trimmed = name.trim();
    if (trimmed.length < 2 || trimmed.length > 120) {
      throw new BadInputError('name must be 2 to 120 characters', { field: 'name' });
    }
    return this.db.transaction(crossOrganisation('creating an organisation'), async () => {
      const user = await this.db.manager.findOneByOrFail(User, { id: ctx.userId });
      const { organisation, membership } = await this.organisations.create(trimmed, user.id);
      return this.startSession(user, organisation, membership);
    });
  }

  /**
   * Turns a bearer token into the request's context. The session and the
   * membership are read live, so log-out, password changes, deactivation and
   * role changes apply to the very next request.
   */
  async authenticate(accessToken: string): Promise<RequestContext> {
    if (this.apiTokens.isApiToken(accessToken)) return this.apiTokens.authenticate(accessToken);
    return (await this.authenticateWithExpiry(accessToken)).ctx;
  }

  /** As {@link authenticate}, with the moment the access token expires (long-lived sockets close then). */
  async authenticateWithExpiry(accessToken: string): Promise<{ ctx: RequestContext; expiresAt: Date }> {
    const claims = this.tokens.verifyAccess(accessToken);
    // The guard runs before the request knows its organisation: the token names it.
    const rows: { membership_id: string; roles: Role[] }[] = await this.db.within({ organisationId: claims.org }, () =>
      this.db.query(
        `SELECT m.id AS membership_id, m.roles
         FROM auth_session s
         JOIN membership m ON m.organisation_id = s.organisation_id AND m.user_id = s.user_id
        WHERE s.organisation_id = $1 AND s.id = $2 AND s.user_id = $3
          AND s.revoked_at IS NULL AND s.expires_at > now() AND m.status = $4`,
        [claims.org, claims.sid, claims.sub, MembershipStatus.ACTIVE],
      ),
    );
    const row = rows[0];
    if (!row) throw new UnauthenticatedError('Your session has ended; sign in again');
    const ctx = {
      userId: claims.sub,
      organisationId: claims.org,
      sessionId: claims.sid,
      membershipId: row.membership_id,
      roles: row.roles,
    };
    return { ctx, expiresAt: new Date(claims.exp * 1000) };
  }

  /** Opens a new session (a new refresh-token family) inside the caller's transaction. */
  async startSession(
    user: User,
    organisation: Organisation,
    membership: Membership,
    signedInWith: SignInMethod = 'PASSWORD',
  ): Promise<AuthPayload> {
    const days = this.config.get('REFRESH_TOKEN_TTL_DAYS');
    const session = await this.db.manager.save(
      this.db.manager.create(AuthSession, {
        organisationId: organisation.id,
        userId: user.id,
        signedInWith,
        expiresAt: new Date(Date.now() + days * 24 * 3600 * 1000),
      }),
    );
    return this.issueTokens(session, user, organisation, membership);
  }

  async revokeSessions(
    where: { organisationId: string; userId?: string; id?: string },
    reason: SessionEndReason,
  ): Promise<void> {
    const revoked = await this.db.manager
      .createQueryBuilder()
      .update(AuthSession)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where({ ...where, revokedAt: IsNull() })
      .returning(['id'])
      .execute();
    // Open WebSockets of these sessions close on every API replica (after the commit, if in a transaction).
    await this.revocations.announce((revoked.raw as { id: string }[]).map((row) => row.id));
  }

  /**
   * Ends the organisation's sessions that began with a password, except the break-glass admin's: the
   * organisation now requires its own sign-in, and those people sign in again through it.
   */
  async endPasswordSessions(organisationId: string, exceptUserId: string | null): Promise<void> {
    const ended = await this.db.run<{ id: string }[]>(endPasswordSessionsSql(organisationId, exceptUserId));
    await this.revocations.announce(ended.map((row) => row.id));
  }

  /** Ends the user's sessions in every organisation they belong to (call inside a cross-organisation transaction). */
  async endEverySession(userId: string, reason: SessionEndReason): Promise<void> {
    const organisationIds = (await this.db.manager.findBy(Membership, { userId })).map((m) => m.organisationId);
    for (const organisationId of organisationIds) {
      await this.revokeSessions({ organisationId, userId }, reason);
    }
  }

  private async revokeSessionOfToken(organisationId: string, tokenHash: string): Promise<void> {
    const stored = await this.db.getRepository(RefreshToken).findOneBy({ organisationId, tokenHash });
    if (stored) {
      await this.revokeSessions({ organisationId, id: stored.sessionId }, 'TOKEN_REUSE');
    }
  }

  private async issueTokens(
    session: AuthSession,
    user: User,
    organisation: Organisation,
    member: Membership,
  ): Promise<AuthPayload> {
    const refresh = this.tokens.newOpaqueToken(organisation.id);
    await this.db.manager.insert(RefreshToken, {
      organisationId: organisation.id,
      sessionId: session.id,
      tokenHash: refresh.hash,
    });
    const access = this.tokens.signAccess({ sub: user.id, org: organisation.id, sid: session.id });
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken: refresh.token,
      user,
      organisation,
      member,
    };
  }

  private activeMembership(userId: string, organisationId?: string): Promise<Membership | null> {
    // Without an organisation named, the person's memberships are looked up across organisations.
    const scope = organisationId ? { organisationId } : crossOrganisation('a person’s memberships span organisations');
    return this.db.within(scope, () =>
      this.db.manager.findOne(Membership, {
        where: { userId, status: MembershipStatus.ACTIVE, ...(organisationId ? { organisationId } : {}) },
        order: { createdAt: 'ASC' },
      }),
    );
  }
}
