import { IdentityModule } from '@crowdcomms/identity';
import { SkillsModule } from '@crowdcomms/skills';
import { NotificationsWorkerModule } from '@crowdcomms/notifications';
import { Module } from '@nestjs/common';
import { CompletenessReportService } from './completeness-report.service';
import { MemberPlacementResolver } from './member-placement.resolver';
import { PeopleSearchResolver, PersonResultResolver } from './people-search.resolver';
import { PeopleSearchService } from './people-search.service';
import { ProfileAuditResolver } from './profile-audit.resolver';
import { ProfileAuditService } from './profile-audit.service';
import { ProfileSkillResolver, ProfilesResolver } from './profiles.resolver';
import { ProfilesService } from './profiles.service';
import { SkillsGapResolver } from './skills-gap.resolver';
import { SkillsGapService } from './skills-gap.service';
import { ProfileRemindersScheduler, ProfilesProcessor } from './reminders/profile-reminders.processor';
import { ProfileRemindersService } from './reminders/profile-reminders.service';
import { ReminderSettingsResolver } from './reminders/reminder-settings.resolver';
import { SkillSuggestionsResolver } from './suggestions/skill-suggestions.resolver';
import { SkillSuggestionsService } from './suggestions/skill-suggestions.service';

/** Skills profiles, privacy, people search, the profile audit trail and the skills-gap report. */
@Module({
  imports: [IdentityModule, SkillsModule],
  providers: [
    ProfilesService,
    PeopleSearchService,
    ProfileAuditService,
    SkillsGapService,
    ProfilesResolver,
    ProfileSkillResolver,
    PeopleSearchResolver,
    PersonResultResolver,
    ProfileAuditResolver,
    SkillsGapResolver,
    MemberPlacementResolver,
    SkillSuggestionsService,
    SkillSuggestionsResolver,
    CompletenessReportService,
    ReminderSettingsResolver,
  ],
  exports: [ProfilesService, PeopleSearchService, SkillsGapService, ProfileAuditService],
})
export class ProfilesModule {}

/** The worker's side: the monthly reminder to complete a profile. */
@Module({
  imports: [IdentityModule, NotificationsWorkerModule],
  providers: [ProfileRemindersService, ProfilesProcessor, ProfileRemindersScheduler],
})
export class ProfilesWorkerModule {}
