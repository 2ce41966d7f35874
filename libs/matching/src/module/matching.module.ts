import { AmbassadorsModule } from '@crowdcomms/ambassadors';
import { IdentityModule } from '@crowdcomms/identity';
import { NotificationsModule } from '@crowdcomms/notifications';
import { ProfilesModule } from '@crowdcomms/profiles';
import { SkillsModule } from '@crowdcomms/skills';
import { TasksModule } from '@crowdcomms/tasks';
import { Module } from '@nestjs/common';
import { MatchingLoader } from './matching.loader';
import { MatchingProcessor } from './matching.processor';
import { MatchingResolver } from './matching.resolver';
import { MatchingService } from './matching.service';
import { WorkshopSuggestionsService } from './workshop-suggestions.service';
import { MatchCandidateMemberResolver, MatchPlanLineMemberResolver } from './match-members.resolver';

const IMPORTS = [IdentityModule, SkillsModule, ProfilesModule, TasksModule, AmbassadorsModule, NotificationsModule];

/** The API's side of matching: suggestions, candidates and plans over GraphQL. */
@Module({
  imports: IMPORTS,
  providers: [
    MatchingLoader,
    MatchingService,
    WorkshopSuggestionsService,
    MatchingResolver,
    MatchCandidateMemberResolver,
    MatchPlanLineMemberResolver,
  ],
  exports: [MatchingService],
})
export class MatchingModule {}

/** The worker's side: keep suggestions fresh and compute plans. */
@Module({
  imports: IMPORTS,
  providers: [MatchingLoader, MatchingService, MatchingProcessor],
})
export class MatchingWorkerModule {}
