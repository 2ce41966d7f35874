import { Membership, MembersService } from '@crowdcomms/identity';
import { byKeys, RequestContext, RequestLoaders } from '@crowdcomms/request-context';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { ReactionKind } from './community.enums';
import { CommunityGroup } from './entities/community-group.entity';
import { Topic } from './entities/topic.entity';

export interface ReactionSummary {
  counts: { kind: ReactionKind; count: number }[];
  mine: ReactionKind | null;
}

/**
 * Set `{ batch: false }` to turn every loader into one query per key: the
 * naive N+1 baseline the feed benchmark compares against. Never in production.
 */
export const COMMUNITY_LOADER_OPTIONS = Symbol('COMMUNITY_LOADER_OPTIONS');
export interface CommunityLoaderOptions {
  batch: boolean;
}

/**
 * The community's per-request DataLoaders: whatever the page size, authors,
 * topics, groups and reactions each load in one query.
 */
@Injectable()
export class CommunityLoaders {
  private readonly batch: boolean;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly members: MembersService,
    @Optional() @Inject(COMMUNITY_LOADER_OPTIONS) options?: CommunityLoaderOptions,
  ) {
    this.batch = options?.batch ?? true;
  }

  private get<K, V>(
    loaders: RequestLoaders,
    name: string,
    load: (keys: readonly K[]) => Promise<(V | Error)[]>,
  ): DataLoader<K, V> {
    if (this.batch) return loaders.get<K, V>(`community.${name}`, load);
    return loaders.get<K, V>(`community.${name}.unbatched`, (keys) =>
      Promise.all(keys.map(async (key) => (await load([key]))[0])),
    );
  }

  /** Members of the caller's organisation (through identity's service). */
  member(ctx: RequestContext, loaders: RequestLoaders): DataLoader<string, Membership | null> {
    return this.get(loaders, 'member', async (ids: readonly string[]) =>
      byKeys(ids, await this.members.findByIds(ctx, ids), (m) => m.id),
    );
  }

  topic(ctx: RequestContext, loaders: RequestLoaders): DataLoader<string, Topic | null> {
    return this.get(loaders, 'topic', async (ids: readonly string[]) =>
      byKeys(
        ids,
        await this.dataSource.getRepository(Topic).findBy({ organisationId: ctx.organisationId, id: In([...ids]) }),
        (t) => t.id,
      ),
    );
  }

  group(ctx: RequestContext, loaders: RequestLoaders): DataLoader<string, CommunityGroup | null> {
    return this.get(loaders, 'group', async (ids: readonly string[]) =>
      byKeys(
        ids,
        await this.dataSource
          .getRepository(CommunityGroup)
          .findBy({ organisationId: ctx.organisationId, id: In([...ids]) }),
        (g) => g.id,
      ),
    );
  }

  /** Reaction counts per kind and the caller's own reaction, per post. */
  reactions(ctx: RequestContext, loaders: RequestLoaders): DataLoader<string, ReactionSummary> {
    return this.get(loaders, 'reactions', async (postIds: readonly string[]) => {
      const rows: { post_id: string; kind: ReactionKind; count: number; mine: boolean }[] = await this.dataSource.query(
        `SELECT post_id, kind, count(*)::int AS count, bool_or(membership_id = $3) AS mine
             FROM reaction WHERE organisation_id = $1 AND post_id = ANY($2::uuid[])
            GROUP BY post_id, kind ORDER BY post_id, count DESC, kind`,
        [ctx.organisationId, postIds, ctx.membershipId],
      );
      const byPost = new Map<string, ReactionSummary>(postIds.map((id) => [id, { counts: [], mine: null }]));
      for (const row of rows) {
        const summary = byPost.get(row.post_id)!;
        summary.counts.push({ kind: row.kind, count: row.count });
        if (row.mine) summary.mine = row.kind;
      }
      return postIds.map((id) => byPost.get(id)!);
    });
  }
}
