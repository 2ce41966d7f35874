import { Membership } from '@crowdcomms/identity';
import { byKeys, RequestContext, RequestLoaders } from '@crowdcomms/request-context';
import DataLoader from 'dataloader';
import { ProfileSkill } from './entities/profile-skill.entity';
import { ProfileAuditService } from './profile-audit.service';
import { ProfilesService } from './profiles.service';

/** Per-request loaders shared by the profiles resolvers; one name, one batch function each. */
export { skillLoader } from '@crowdcomms/skills';

export function profileSkillsLoader(
  loaders: RequestLoaders,
  ctx: RequestContext,
  profiles: ProfilesService,
): DataLoader<string, ProfileSkill[]> {
  return loaders.get<string, ProfileSkill[]>('profiles.skillsByProfile', async (ids) => {
    const rows = await profiles.skillsOfProfiles(ctx, ids);
    return ids.map((id) => rows.filter((r) => r.profileId === id));
  });
}

export function membershipLoader(
  loaders: RequestLoaders,
  ctx: RequestContext,
  profiles: ProfilesService,
): DataLoader<string, Membership | null> {
  return loaders.get<string, Membership | null>('profiles.membershipById', async (ids) =>
    byKeys(ids, await profiles.membershipsByIds(ctx, ids), (m) => m.id),
  );
}

export function memberNameLoader(
  loaders: RequestLoaders,
  ctx: RequestContext,
  audit: ProfileAuditService,
): DataLoader<string, string | null> {
  return loaders.get<string, string | null>('profiles.memberName', async (ids) => {
    const names = await audit.memberNames(ctx, ids);
    return ids.map((id) => names.get(id) ?? null);
  });
}
