import { IdentityModule } from '@crowdcomms/identity';
import { NotificationsModule, NotificationsWorkerModule, SecretLinks } from '@crowdcomms/notifications';
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

/** The API's side: people ask to download or erase their data, and download it. */
@Module({
  imports: [IdentityModule, NotificationsModule],
  controllers: [DataExportController],
  providers: [PrivacyRequestsService, PrivacyResolver],
  exports: [PrivacyRequestsService],
})
export class PrivacyModule {}

/** The worker's side: build exports, carry out erasures when their cooling-off ends. */
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
  ],
})
export class PrivacyWorkerModule {}
