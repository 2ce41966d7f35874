import { CommunityModule, CommunityWorkerModule } from '@crowdcomms/community';
import { IdentityModule } from '@crowdcomms/identity';
import { NotificationsModule } from '@crowdcomms/notifications';
import { ProfilesModule } from '@crowdcomms/profiles';
import { Module } from '@nestjs/common';
import { BuddiesResolver, BuddyRoundsResolver } from './buddies.resolver';
import { BuddiesService } from './buddies.service';
import { CampaignPeriodsService } from './campaign-periods.service';
import { CampaignsProcessor, CampaignsScheduler } from './campaigns.processor';
import { CampaignShareResolver, CampaignsResolver, NonSharersResolver } from './campaigns.resolver';
import { CampaignsService } from './campaigns.service';
import { DigestsResolver } from './digests.resolver';
import { SurveysResolver } from './surveys.resolver';
import { SurveysService } from './surveys.service';

/** Sharing campaigns: set-up, shares, follower snapshots, metrics, surveys, buddy pairs and digests. */
@Module({
  imports: [IdentityModule, CommunityModule, NotificationsModule, ProfilesModule],
  providers: [
    CampaignsService,
    SurveysService,
    BuddiesService,
    CampaignPeriodsService,
    CampaignsResolver,
    SurveysResolver,
    BuddiesResolver,
    BuddyRoundsResolver,
    CampaignShareResolver,
    NonSharersResolver,
    DigestsResolver,
  ],
  exports: [CampaignsService, SurveysService, BuddiesService, CampaignPeriodsService],
})
export class CampaignsModule {}

/** The worker's side: end-of-period digests and reminders. */
@Module({
  imports: [IdentityModule, CommunityWorkerModule, NotificationsModule],
  providers: [CampaignsService, CampaignPeriodsService, CampaignsProcessor, CampaignsScheduler],
})
export class CampaignsWorkerModule {}
