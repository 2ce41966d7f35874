import { byKeys, RequestContext, RequestLoaders } from '@crowdcomms/request-context';
import DataLoader from 'dataloader';
import { Membership } from './entities/membership.entity';
import { MembersService } from './members.service';

/** Members of the caller's organisation by id, batched per request and shared by every context. */
export const memberLoader = (
  loaders: RequestLoaders,
  ctx: RequestContext,
  members: MembersService,
): DataLoader<string, Membership | null> =>
  loaders.get<string, Membership | null>('identity.memberById', async (ids) =>
    byKeys(ids, await members.findByIds(ctx, ids), (m) => m.id),
  );
