import { ProfilesModule } from '@crowdcomms/profiles';
import { Module } from '@nestjs/common';
import { SecretBox } from '../secret-box';
import { AnnouncementDeliveryService } from './announcement-delivery.service';
import { AnnouncementsProcessor } from './announcements.processor';
import { AnnouncementsResolver } from './announcements.resolver';
import { AnnouncementsService } from './announcements.service';

/** The API's side: admins configure destinations. */
@Module({
  imports: [ProfilesModule],
  providers: [AnnouncementsService, AnnouncementsResolver, SecretBox],
})
export class AnnouncementsModule {}

/** The worker's side: announcements fanned out and delivered. */
@Module({
  providers: [AnnouncementDeliveryService, AnnouncementsProcessor, SecretBox],
})
export class AnnouncementsWorkerModule {}
