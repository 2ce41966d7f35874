import { IdentityModule } from '@crowdcomms/identity';
import { NotificationsModule, NotificationsWorkerModule, SecretLinks } from '@crowdcomms/notifications';
import { ProfilesModule } from '@crowdcomms/profiles';
import { TasksModule } from '@crowdcomms/tasks';
import { Module } from '@nestjs/common';
import { DataExportController } from './data-export.controller';
import { DataExportService } from './data-export.service';
import { ErasureService } from './erasure.service';
import { PersonLookup } from './person-lookup';
import { ErasureScheduler, PrivacyProcessor } from './privacy.processor';
import { PrivacyResolver } from './privacy.resolver';
import { PrivacyRequestsService } from './privacy-requests.service';
import { RedisErasure } from './redis-erasure';
import { RetentionEnforcer } from './retention/retention-enforcer';
import { RetentionProcessor, RetentionScheduler } from './retention/retention.processor';
import { RetentionResolver } from './retention/retention.resolver';
import { RetentionSettingsService } from './retention/retention-settings.service';

/** The API's side: people ask to download or erase their data, and download it; admins set retention. */
@Module({
  imports: [IdentityModule, NotificationsModule, ProfilesModule],
  controllers: [DataExportController],
  providers: [PrivacyRequestsService, PrivacyResolver, RetentionSettingsService, RetentionResolver],
  exports: [PrivacyRequestsService],
})
export class PrivacyModule {}

/** The worker's side: build exports, carry out erasures when their cooling-off ends, enforce retention. */
@Module({
  imports: [IdentityModule, NotificationsWorkerModule, TasksModule],
  providers: [
    SecretLinks,
    PersonLookup,
    DataExportService,
    ErasureService,
    RedisErasure,
    PrivacyProcessor,
    ErasureScheduler,
    RetentionEnforcer,
    RetentionProcessor,
    RetentionScheduler,
  ],
})
export class PrivacyWorkerModule {}
