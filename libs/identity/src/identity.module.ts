import { AppConfig } from '@crowdcomms/config';
import { NotificationsModule } from '@crowdcomms/notifications';
import { REDIS, RedisClient } from '@crowdcomms/queue';
import { Cluster } from 'ioredis';
import { createHash, createSecretKey } from 'node:crypto';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuthGuard } from './auth/auth.guard';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import {
  accountTracker,
  emailTracker,
  organisationTracker,
  THROTTLE_BY_ACCOUNT,
  THROTTLE_BY_EMAIL,
  THROTTLE_BY_IP,
  THROTTLE_SSO,
  THROTTLE_INVITATIONS,
  THROTTLE_REFRESH,
} from './auth/auth-throttler.guard';
import { FailedLoginDelay } from './auth/failed-login-delay.service';
import { SessionRevocations } from './auth/session-revocations';
import { PasswordResetResolver } from './auth/password-reset.resolver';
import { PasswordResetService } from './auth/password-reset.service';
import { PasswordService } from './auth/password.service';
import { PasswordSignInPolicy } from './auth/password-sign-in-policy';
import { VerifiedEmailSignIn } from './auth/verified-email-sign-in.service';
import { SessionCookie } from './auth/session-cookie';
import { ApiTokensService } from './auth/api-tokens.service';
import { TokenService } from './auth/token.service';
import { IdentitySeeder } from './identity-seeder.service';
import { InvitationBudget } from './invitation-budget';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';
import { MembersResolver } from './members.resolver';
import { OrganisationSettingsResolver } from './organisation-settings.resolver';
import { DirectoryMembersService } from './directory-members.service';
import { MembersService } from './members.service';
import { OrganisationsService } from './organisations.service';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Organisations, people, memberships, invitations and sessions; installs the deny-by-default guard. */
@Module({
  imports: [
    NotificationsModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        // One key object for the process: given a raw string, jsonwebtoken first tries (and fails)
        // to parse it as a public key on every request.
        const key = createSecretKey(Buffer.from(config.get('JWT_SECRET')));
        return { secretOrKeyProvider: () => key };
      },
    }),
    ThrottlerModule.forRootAsync({
      inject: [AppConfig, REDIS],
      useFactory: (config: AppConfig, redis: RedisClient) => {
        const ttl = config.get('AUTH_LIMIT_WINDOW_SECONDS') * 1000;
        return {
          // Each operation picks the limits it is subject to with @RateLimit(...).
          throttlers: [
            { name: THROTTLE_BY_IP, ttl, limit: config.get('AUTH_LIMIT_PER_IP') },
            { name: THROTTLE_BY_EMAIL, ttl, limit: config.get('AUTH_LIMIT_PER_EMAIL'), getTracker: emailTracker },
            { name: THROTTLE_REFRESH, ttl, limit: config.get('AUTH_REFRESH_LIMIT_PER_IP') },
            { name: THROTTLE_SSO, ttl, limit: config.get('SSO_LIMIT_PER_IP') },
            { name: THROTTLE_BY_ACCOUNT, ttl, limit: config.get('AUTH_LIMIT_PER_EMAIL'), getTracker: accountTracker },
            {
              name: THROTTLE_INVITATIONS,
              ttl: 3600_000,
              limit: config.get('INVITATIONS_PER_HOUR'),
              getTracker: organisationTracker,
            },
          ],
          // Keys carry the prefix themselves: the shared client has none.
          generateKey: (context, tracker, name) =>
            `${config.get('REDIS_PREFIX')}:throttle:${name}:${context.getHandler().name}:${sha256(tracker)}`,
          // The storage's constructor has one overload per kind of client.
          storage:
            redis instanceof Cluster
              ? new ThrottlerStorageRedisService(redis)
              : new ThrottlerStorageRedisService(redis),
        };
      },
    }),
  ],
  providers: [
    PasswordService,
    TokenService,
    ApiTokensService,
    FailedLoginDelay,
    SessionCookie,
    SessionRevocations,
    PasswordResetService,
    PasswordResetResolver,
    AuthService,
    PasswordSignInPolicy,
    VerifiedEmailSignIn,
    OrganisationsService,
    MembersService,
    DirectoryMembersService,
    InvitationsService,
    InvitationBudget,
    IdentitySeeder,
    AuthResolver,
    MembersResolver,
    InvitationsResolver,
    OrganisationSettingsResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [
    AuthService,
    PasswordSignInPolicy,
    VerifiedEmailSignIn,
    SessionCookie,
    ApiTokensService,
    SessionRevocations,
    MembersService,
    DirectoryMembersService,
    OrganisationsService,
    IdentitySeeder,
  ],
})
export class IdentityModule {}
