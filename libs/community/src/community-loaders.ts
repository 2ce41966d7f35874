import { TransactionalConnection } from '@crowdcomms/data-access';
import { Membership, MembersService, userLoader } from '@crowdcomms/identity';
import { byKeys, RequestContext, RequestLoaders } from '@crowdcomms/request-context';
import { Inject, Injectable, Optional } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { ReactionKind } from './community.enums';
import { CommunityGroup } from './entities/community-group.entity';
import { Post } from './entities/post.entity';
import { Topic } from './entities/topic.entity';
import { PostRelations, ReactionSummary } from './feed.service';

export type { ReactionSummary } from './feed.service';

/**
 * Set `{ batch: false }` for the naive N+1 baseline the feed benchmark compares
 * against: pages read posts alone, and every relation of every post is its own
 * query (no batching, no cache, no priming). Never in production.
 */
export const COMMUNITY_LOADER_OPTIONS = Symbol('COMMUNITY_LOADER_OPTIONS');
export interface CommunityLoaderOptions {
  batch: boolean;
}

/**
 * The community's per-request DataLoaders: whatever the page size, authors,
 * topics, groups and reactions each load in at most one query — and a page
 * read with its relations (`FeedService`, `relations: true`) needs none: its
 * posts carry their authors, users, topics, groups and reactions (`attach`),
 * so a feed page is one statement and its fields resolve without promises.
 */
@Injectable()
export class CommunityLoaders {
  private readonly batch: boolean;
  /** Posts of pages read with their relations; keys are objects built for one request, so nothing outlives it. */
  private readonly known = new WeakMap<Post, PostRelations>();

  constructor(
    private readonly db: TransactionalConnection,
    private readonly members: MembersService,
    @Optional() @Inject(COMMUNITY_LOADER_OPTIONS) options?: CommunityLoaderOptions,
  ) {
    this.batch = options?.batch ?? true;
  }

  /** Whether relations are batched (false only in the benchmark's naive baseline). */
  get batching(): boolean {
    return this.batch;
  }

  private get<K, V>(
    loaders: RequestLoaders,
    name: string,
    load: (keys: readonly K[]) => Promise<(V | Error)[]>,
  ): DataLoader<K, V> {
    if (this.batch) return loaders.get<K, V>(`community.${name}`, load);
    // The naive resolver: each load is its own query, nothing remembered between fields.
    return new DataLoader<K, V>(load, { batch: false, cache: false });
  }

  /** Members of the caller's organisation (through identity's service). */
  member(ctx: RequestContext, loaders: RequestLoaders): DataLoader<string, Membership | null> {
    if (!this.batch) {
      // The naive baseline also loads each author's user on its own: register identity's
      // user loader first, with one query per user.
      userLoader(loaders, this.members, { batch: false });
    }
    return this.get(loaders, 'member', async (ids: readonly string[]) =>
      byKeys(ids, await this.members.findByIds(ctx, ids), (m) => m.id),
    );
  }

  topic(ctx: RequestContext, loaders: RequestLoaders): DataLoader<string, Topic | null> {
    return this.get(loaders, 'topic', async (ids: readonly string[]) =>
      byKeys(
        ids,
        await this.db.getRepository(Topic).findBy({ organisationId: ctx.organisationId, id: In([...ids]) }),
        (t) => t.id,
      ),
    );
  }

  /** A post's topics, in hashtag order: one batched query per page, or (naive) one query per post. */
  async topicsOf(ctx: RequestContext, loaders: RequestLoaders, post: Post): Promise<Topic[]> {
    if (!post.topicIds.length) return [];
    if (this.batch) {
      const topics = await this.topic(ctx, loaders).loadMany(post.topicIds);
      return topics.filter((t): t is Topic => !!t && !(t instanceof Error));
    }
    const topics = await this.db
      .getRepository(Topic)
      .findBy({ organisationId: ctx.organisationId, id: In(post.topicIds) });
    return post.topicIds.map((id) => topics.find((t) => t.id === id)).filter((t): t is Topic => !!t);
  }

  group(ctx: RequestContext, loaders: RequestLoaders): DataLoader<string, CommunityGroup | null> {
    return this.get(loaders, 'group', async (ids: readonly string[]) =>
      byKeys(
        ids,
        await this.db.getRepository(CommunityGroup).findBy({ organisationId: ctx.organisationId, id: In([...ids]) }),
        (g) => g.id,
      ),
    );
  }

  /** Reaction counts per kind and the caller's own reaction, per post. */
  reactions(ctx: RequestContext, loaders: RequestLoaders): DataLoader<string, ReactionSummary> {
    return this.get(loaders, 'reactions', async (postIds: readonly string[]) => {
      const rows: { post_id: string; kind: ReactionKind; count: number; mine: boolean }[] = await this.db.query(
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

  /** A post's reaction counts, most frequent first (naive: a query of its own). */
  async reactionCounts(
    ctx: RequestContext,
    loaders: RequestLoaders,
    postId: string,
  ): Promise<ReactionSummary['counts']> {
    if (this.batch) return (await this.reactions(ctx, loaders).load(postId)).counts;
    return this.db.query(
      `SELECT kind, count(*)::int AS count FROM reaction WHERE organisation_id = $1 AND post_id = $2
        GROUP BY kind ORDER BY count DESC, kind`,
      [ctx.organisationId, postId],
    );
  }

  /** The caller's reaction to a post (naive: a query of its own). */
  async myReaction(ctx: RequestContext, loaders: RequestLoaders, postId: string): Promise<ReactionKind | null> {
    if (this.batch) return (await this.reactions(ctx, loaders).load(postId)).mine;
    const [row]: { kind: ReactionKind }[] = await this.db.query(
      `SELECT kind FROM reaction WHERE organisation_id = $1 AND post_id = $2 AND membership_id = $3`,
      [ctx.organisationId, postId, ctx.membershipId],
    );
    return row?.kind ?? null;
  }

  /**
   * Remembers what a page read with its relations (`FeedService`, `relations: true`) knows of each post, so
   * the post's relation fields answer with it synchronously (`relationsOf`) instead of through the loaders.
   */
  attach(page: { relations?: Map<Post, PostRelations> }): void {
    if (!page.relations || !this.batch) return;
    for (const [post, relations] of page.relations) this.known.set(post, relations);
  }

  /** The relations read with this post's page, if it came from one (any other post loads them). */
  relationsOf(post: Post): PostRelations | undefined {
    return this.known.get(post);
  }
}
