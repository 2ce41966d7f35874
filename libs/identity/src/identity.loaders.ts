import { byKeys, RequestContext, RequestLoaders } from '@crowdcomms/request-context';
import DataLoader from 'dataloader';
import { Membership } from './entities/membership.entity';
import { User } from './entities/user.entity';
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

/**
 * Users by id, batched per request and shared by every context (`Member.user`
 * and whoever primes it, such as the community feed). `{ batch: false }` makes
 * the first caller's loader run one query per user: only for the feed
 * benchmark's naive baseline.
 */
export const userLoader = (
  loaders: RequestLoaders,
  members: MembersService,
  options: { batch: boolean } = { batch: true },
): DataLoader<string, User | null> =>
  loaders.get<string, User | null>('identity.userById', async (ids) =>
    options.batch
      ? byKeys(ids, await members.usersByIds(ids), (u) => u.id)
      : Promise.all(ids.map(async (id) => (await members.usersByIds([id]))[0] ?? null)),
  );
