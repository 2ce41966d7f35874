import { IdentityModule } from '@crowdcomms/identity';
import { SkillsModule } from '@crowdcomms/skills';
import { Module } from '@nestjs/common';
import { MemberPlacementResolver } from './member-placement.resolver';
import { PeopleSearchResolver, PersonResultResolver } from './people-search.resolver';
import { PeopleSearchService } from './people-search.service';
import { ProfileAuditResolver } from './profile-audit.resolver';
import { ProfileAuditService } from './profile-audit.service';
import { ProfileSkillResolver, ProfilesResolver } from './profiles.resolver';
import { ProfilesService } from './profiles.service';
import { SkillsGapResolver } from './skills-gap.resolver';
import { SkillsGapService } from './skills-gap.service';

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
  ],
  exports: [ProfilesService, PeopleSearchService, SkillsGapService, ProfileAuditService],
})
export class ProfilesModule {}
