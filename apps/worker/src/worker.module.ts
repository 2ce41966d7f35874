import { CampaignsWorkerModule } from '@crowdcomms/campaigns';
import { AppConfigModule, LoggingModule } from '@crowdcomms/config';
import { CommunityWorkerModule } from '@crowdcomms/community';
import { DatabaseModule } from '@crowdcomms/database';
import { CalendarsWorkerModule } from '@crowdcomms/integrations';
import { AnnouncementsWorkerModule } from '@crowdcomms/integrations';
import { MatchingWorkerModule } from '@crowdcomms/matching';
import { NotificationsWorkerModule } from '@crowdcomms/notifications';
import { PrivacyWorkerModule } from '@crowdcomms/privacy';
import { ProfilesWorkerModule } from '@crowdcomms/profiles';
import { OutboxRelayModule, QueueModule } from '@crowdcomms/queue';
import { TasksWorkerModule } from '@crowdcomms/tasks';
import { Module } from '@nestjs/common';

/** The worker: BullMQ processors and the outbox relay, without HTTP or GraphQL. */
@Module({
  imports: [
    AppConfigModule.forRoot(),
    LoggingModule,
    DatabaseModule,
    QueueModule.forRoot(),
    OutboxRelayModule,
    NotificationsWorkerModule,
    CommunityWorkerModule,
    CampaignsWorkerModule,
    MatchingWorkerModule,
    PrivacyWorkerModule,
    ProfilesWorkerModule,
    TasksWorkerModule,
    CalendarsWorkerModule,
    AnnouncementsWorkerModule,
  ],
})
export class WorkerModule {}
