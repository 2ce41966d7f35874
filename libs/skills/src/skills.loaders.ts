import { byKeys, RequestContext, RequestLoaders } from '@crowdcomms/request-context';
import DataLoader from 'dataloader';
import { Skill } from './skill.entity';
import { SkillsService } from './skills.service';

/** Skills (shipped or the organisation's own) by id, batched per request and shared by every context. */
export const skillLoader = (
  loaders: RequestLoaders,
  ctx: RequestContext,
  skills: SkillsService,
): DataLoader<string, Skill | null> =>
  loaders.get<string, Skill | null>('skills.byId', async (ids) =>
    byKeys(ids, await skills.byIds(ctx, ids), (s) => s.id),
  );
