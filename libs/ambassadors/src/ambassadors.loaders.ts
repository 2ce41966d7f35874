import { Membership, MembersService } from '@crowdcomms/identity';
import { Profile, ProfilesService, ProfileSkill } from '@crowdcomms/profiles';
import { byKeys, RequestContext, RequestLoaders } from '@crowdcomms/request-context';
import { Skill, SkillsService } from '@crowdcomms/skills';
import DataLoader from 'dataloader';
import { AmbassadorCall } from './entities/ambassador-call.entity';
import { CallsService } from './calls.service';

/** Per-request loaders of the ambassadors resolvers; one name, one batch function each. */
export const memberLoader = (loaders: RequestLoaders, ctx: RequestContext, members: MembersService) =>
  loaders.get<string, Membership | null>('ambassadors.memberById', async (ids) =>
    byKeys(ids, await members.findByIds(ctx, ids), (m) => m.id),
  );

export const callLoader = (loaders: RequestLoaders, ctx: RequestContext, calls: CallsService) =>
  loaders.get<string, AmbassadorCall | null>('ambassadors.callById', async (ids) =>
    byKeys(ids, await calls.byIds(ctx, ids), (c) => c.id),
  );

export const skillLoader = (loaders: RequestLoaders, ctx: RequestContext, skills: SkillsService) =>
  loaders.get<string, Skill | null>('ambassadors.skillById', async (ids) =>
    byKeys(ids, await skills.byIds(ctx, ids), (s) => s.id),
  );

export const profileByMemberLoader = (loaders: RequestLoaders, ctx: RequestContext, profiles: ProfilesService) =>
  loaders.get<string, Profile | null>('ambassadors.profileByMember', async (ids) =>
    byKeys(ids, await profiles.profilesOfMembers(ctx, ids), (p) => p.membershipId),
  );

export const profileSkillsLoader = (
  loaders: RequestLoaders,
  ctx: RequestContext,
  profiles: ProfilesService,
): DataLoader<string, ProfileSkill[]> =>
  loaders.get<string, ProfileSkill[]>('ambassadors.skillsByProfile', async (ids) => {
    const rows = await profiles.skillsOfProfiles(ctx, ids);
    return ids.map((id) => rows.filter((r) => r.profileId === id));
  });
