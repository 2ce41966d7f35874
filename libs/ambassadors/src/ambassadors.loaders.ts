import { Profile, ProfilesService } from '@crowdcomms/profiles';
import { byKeys, RequestContext, RequestLoaders } from '@crowdcomms/request-context';
import { AmbassadorCall } from './entities/ambassador-call.entity';
import { CallsService } from './calls.service';

/** Per-request loaders of the ambassadors resolvers; one name, one batch function each. */
export { memberLoader } from '@crowdcomms/identity';
export { profileSkillsLoader } from '@crowdcomms/profiles';
export { skillLoader } from '@crowdcomms/skills';

export const callLoader = (loaders: RequestLoaders, ctx: RequestContext, calls: CallsService) =>
  loaders.get<string, AmbassadorCall | null>('ambassadors.callById', async (ids) =>
    byKeys(ids, await calls.byIds(ctx, ids), (c) => c.id),
  );

export const profileByMemberLoader = (loaders: RequestLoaders, ctx: RequestContext, profiles: ProfilesService) =>
  loaders.get<string, Profile | null>('ambassadors.profileByMember', async (ids) =>
    byKeys(ids, await profiles.profilesOfMembers(ctx, ids), (p) => p.membershipId),
  );
