import { MembersService } from '@crowdcomms/identity';
import { RequestContext } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { profileCompleteness } from './completeness';
import { completenessByDepartment, MIN_GROUP_SIZE } from './department-completeness';
import { CompletenessReport } from './dto/completeness-report.types';
import { ProfilesService } from './profiles.service';

/**
 * How complete active members' profiles are, per department, for HR and comms: counts only, with
 * small departments pooled (see department-completeness.ts). A member who never opened their
 * profile counts as 0 % complete.
 */
@Injectable()
export class CompletenessReportService {
  constructor(
    private readonly members: MembersService,
    private readonly profiles: ProfilesService,
  ) {}

  async byDepartment(ctx: RequestContext): Promise<CompletenessReport> {
    const members = await this.members.findByIds(ctx, await this.members.activeMemberIds(ctx));
    const profiles = await this.profiles.profilesOfMembers(
      ctx,
      members.map((m) => m.id),
    );
    const skills = await this.profiles.skillsOfProfiles(
      ctx,
      profiles.map((p) => p.id),
    );
    const profileOf = new Map(profiles.map((p) => [p.membershipId, p]));
    const scores = members.map((m) => {
      const profile = profileOf.get(m.id);
      const score = profile
        ? profileCompleteness(
            profile,
            skills.filter((s) => s.profileId === profile.id),
          ).score
        : 0;
      return { department: m.department, score };
    });
    return { minimumGroupSize: MIN_GROUP_SIZE, departments: completenessByDepartment(scores) };
  }
}
