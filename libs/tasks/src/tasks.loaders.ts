import { byKeys, RequestContext, RequestLoaders } from '@crowdcomms/request-context';
import { CommsTask } from './entities/comms-task.entity';
import { TasksService } from './tasks.service';

/** Per-request loaders of the tasks resolvers; one name, one batch function each. */
export { memberLoader } from '@crowdcomms/identity';
export { skillLoader } from '@crowdcomms/skills';

export const taskLoader = (loaders: RequestLoaders, ctx: RequestContext, tasks: TasksService) =>
  loaders.get<string, CommsTask | null>('tasks.taskById', async (ids) =>
    byKeys(ids, await tasks.byIds(ctx, ids), (t) => t.id),
  );
