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
 * for members that did not come with their user, see `withUser`). `{ batch: false }`
 * makes the first caller's loader run one query per user: only for the feed
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

const knownUsers = new WeakMap<Membership, User>();

/**
 * Gives a member the user that was read with it (a feed page joins its authors' users), so `Member.user`
 * answers with it at once — no loader, no promise. Only for objects built for the current request.
 */
export function withUser(member: Membership, user: User): Membership {
  knownUsers.set(member, user);
  return member;
}

/** The user given to this member object with `withUser`, if any. */
export const knownUser = (member: Membership): User | undefined => knownUsers.get(member);
