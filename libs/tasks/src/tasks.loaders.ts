import { Membership, MembersService } from '@crowdcomms/identity';
import { byKeys, RequestContext, RequestLoaders } from '@crowdcomms/request-context';
import { Skill, SkillsService } from '@crowdcomms/skills';
import { CommsTask } from './entities/comms-task.entity';
import { TasksService } from './tasks.service';

/** Per-request loaders of the tasks resolvers; one name, one batch function each. */
export const memberLoader = (loaders: RequestLoaders, ctx: RequestContext, members: MembersService) =>
  loaders.get<string, Membership | null>('tasks.memberById', async (ids) =>
    byKeys(ids, await members.findByIds(ctx, ids), (m) => m.id),
  );

export const taskLoader = (loaders: RequestLoaders, ctx: RequestContext, tasks: TasksService) =>
  loaders.get<string, CommsTask | null>('tasks.taskById', async (ids) =>
    byKeys(ids, await tasks.byIds(ctx, ids), (t) => t.id),
  );

export const skillLoader = (loaders: RequestLoaders, ctx: RequestContext, skills: SkillsService) =>
  loaders.get<string, Skill | null>('tasks.skillById', async (ids) =>
    byKeys(ids, await skills.byIds(ctx, ids), (s) => s.id),
  );
