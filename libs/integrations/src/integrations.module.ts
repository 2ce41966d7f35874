import { IdentityModule } from '@crowdcomms/identity';
import { ProfilesModule } from '@crowdcomms/profiles';
import { Module } from '@nestjs/common';
import { ApiTokensResolver } from './api-tokens.resolver';

/** How an organisation's own tools connect: API tokens for its scripts. */
@Module({
  imports: [IdentityModule, ProfilesModule],
  providers: [ApiTokensResolver],
})
export class IntegrationsModule {}
