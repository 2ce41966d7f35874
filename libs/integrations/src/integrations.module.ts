import { CommunityModule } from '@crowdcomms/community';
import { IdentityModule } from '@crowdcomms/identity';
import { ProfilesModule } from '@crowdcomms/profiles';
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { json } from 'express';
import { AnnouncementsModule } from './announcements/announcements.module';
import { ApiTokensResolver } from './api-tokens.resolver';
import { CalendarsModule } from './calendars/calendars.module';
import { SecretBox } from './secret-box';
import { ScimAuthGuard } from './scim/scim-auth.guard';
import { ScimGroupsService } from './scim/scim-groups.service';
import { SCIM_MEDIA_TYPE } from './scim/scim-schemas';
import { ScimSettingsResolver } from './scim/scim-settings.resolver';
import { ScimTokensService } from './scim/scim-tokens.service';
import { ScimUsersService } from './scim/scim-users.service';
import { ScimController } from './scim/scim.controller';
import { SsoController } from './sso/sso.controller';
import { SsoSettingsResolver } from './sso/sso-settings.resolver';
import { SsoSettingsService } from './sso/sso-settings.service';
import { SsoSignInService } from './sso/sso-sign-in.service';

/**
 * How an organisation's own tools connect: API tokens for its scripts, single sign-on, SCIM for its
 * directory, calendar subscriptions, announcements in its channels.
 */
@Module({
  imports: [IdentityModule, ProfilesModule, CommunityModule, CalendarsModule, AnnouncementsModule],
  controllers: [SsoController, ScimController],
  providers: [
    ApiTokensResolver,
    SecretBox,
    SsoSettingsService,
    SsoSettingsResolver,
    SsoSignInService,
    ScimTokensService,
    ScimUsersService,
    ScimGroupsService,
    ScimAuthGuard,
    ScimSettingsResolver,
  ],
  exports: [SecretBox],
})
export class IntegrationsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // Directories send `application/scim+json`, which the API's JSON parser leaves alone.
    consumer.apply(json({ type: SCIM_MEDIA_TYPE, limit: '100kb' })).forRoutes(ScimController);
  }
}
