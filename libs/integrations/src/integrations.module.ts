import { IdentityModule } from '@crowdcomms/identity';
import { ProfilesModule } from '@crowdcomms/profiles';
import { Module } from '@nestjs/common';
import { AnnouncementsModule } from './announcements/announcements.module';
import { ApiTokensResolver } from './api-tokens.resolver';
import { CalendarsModule } from './calendars/calendars.module';
import { SecretBox } from './secret-box';
import { SsoController } from './sso/sso.controller';
import { SsoSettingsResolver } from './sso/sso-settings.resolver';
import { SsoSettingsService } from './sso/sso-settings.service';
import { SsoSignInService } from './sso/sso-sign-in.service';

/** How an organisation's own tools connect: API tokens for its scripts, single sign-on, calendar subscriptions, announcements in its channels. */
@Module({
  imports: [IdentityModule, ProfilesModule, CalendarsModule, AnnouncementsModule],
  controllers: [SsoController],
  providers: [ApiTokensResolver, SecretBox, SsoSettingsService, SsoSettingsResolver, SsoSignInService],
  exports: [SecretBox],
})
export class IntegrationsModule {}
