import { IdentityModule } from '@crowdcomms/identity';
import { ProfilesModule } from '@crowdcomms/profiles';
import { Module } from '@nestjs/common';
import { ApiTokensResolver } from './api-tokens.resolver';
import { SecretBox } from './secret-box';

/** How an organisation's own tools connect: API tokens for its scripts. */
@Module({
  imports: [IdentityModule, ProfilesModule],
  providers: [ApiTokensResolver, SecretBox],
  exports: [SecretBox],
})
export class IntegrationsModule {}
