import { TransactionalConnection } from '@crowdcomms/data-access';
import { BadInputError } from '@crowdcomms/errors';
import { Membership, User, withUser } from '@crowdcomms/identity';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, MAX_PAGE_SIZE, PageArgs } from '@crowdcomms/pagination';
import { RequestContext } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { SelectQueryBuilder } from 'typeorm';
import { ReactionKind } from './community.enums';
import { PostConnection } from './dto/posts.types';
import { CommunityGroup } from './entities/community-group.entity';
import { Post } from './entities/post.entity';
import { Topic } from './entities/topic.entity';
import { RowMapper } from './row-mapper';
import { feedSources, inFeed, visiblePost } from './visibility';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whose posts a reader looks at: the organisation and the member. */
export interface Viewer {
  organisationId: string;
  membershipId: string;
}

/** Where a live subscriber is looking. */
export interface FeedScope {
  topicId?: string;
  groupId?: string;
}

/** Reaction counts per kind (most frequent first) and the viewer's own reaction, of one post. */
export interface ReactionSummary {
  counts: { kind: ReactionKind; count: number }[];
  mine: ReactionKind | null;
}

/** What a post's relation fields show, read with its page (`relations: true`) — no loader needed. */
export interface PostRelations {
  /** Null once the author has left the organisation; otherwise carries its user (`withUser`). */
  author: Membership | null;
  /** In hashtag order. */
  topics: Topic[];
  group: CommunityGroup | null;
  reactions: ReactionSummary;
}

/** A page of posts; with `relations`, also each post's author and user, topics, group and reactions (same query). */
export type PostPage = PostConnection & { relations?: Map<Post, PostRelations> };

/** How to read a page: `relations` joins authors, users, topics, groups and reactions into the page query. */
export interface PageOptions {
  relations?: boolean;
}

// The visibility fragments with positional parameters: $1 the organisation, $2 the viewer.
const positional = (sql: string) => sql.replace(/:org\b/g, '$1').replace(/:me\b/g, '$2');
const VISIBLE = positional(visiblePost('p'));
const IN_FEED = positional(inFeed('p'));
const SOURCES = {
  everyone: positional(feedSources.everyone),
  people: positional(feedSources.people),
  topics: positional(feedSources.topics),
  groups: positional(feedSources.groups),
};

/** The keyset bound of a page after the first: parameters for (created_at, id). */
type Before = [createdAt: string, id: string] | null;
/** The page's posts (`SELECT p.* …`, newest first, at most `limit`) for a filter, below `before`. */
type PostsOf = (filter: string, before: Before, limit: string) => string;

const below = (before: Before, createdAt = 'p.created_at', id = 'p.id') =>
  before ? ` AND (${createdAt}, ${id}) < (${before[0]}, ${before[1]})` : '';

/** Visible posts matching `filter`, walking the (organisation, created_at) index newest first. */
const matchingPosts: PostsOf = (filter, before, limit) =>
  `SELECT p.* FROM post p WHERE p.organisation_id = $1 AND ${VISIBLE} AND ${filter}${below(before)}
    ORDER BY p.created_at DESC, p.id DESC LIMIT ${limit}`;

/** How many of the newest posts a feed page looks through before it reads the followed sources one by one. */
const RECENT_POSTS = 2000;

/**
 * The feed's posts. Someone following everyone sees most posts: walking the history newest first finds a page
 * at once. Someone who follows particular people, topics and groups usually finds a page among the newest few
 * thousand posts too; when they do not (they follow little, or little that is recent), walking on would go
 * back through most of the history, so the page is read source by source instead — the newest posts of each
 * person (by author and date), of each topic (`post_topic`, kept by a trigger) and of each group — and is the
 * newest of those. The follow-everyone setting and the count of recent matches are each read once
 * (uncorrelated sub-queries), so only one reading runs to the end.
 */
const feedPosts: PostsOf = (filter, before, limit) => {
  const newest = (from: string, where: string, createdAt = 'p.created_at', id = 'p.id') =>
    `CROSS JOIN LATERAL (SELECT p.created_at, p.id FROM ${from} WHERE ${where} AND ${VISIBLE}${below(before, createdAt, id)}
                          ORDER BY ${createdAt} DESC, ${id} DESC LIMIT ${limit}) x`;
  const foundRecently = `(SELECT count(*) FROM recent) >= ${limit}`;
  return `WITH recent AS MATERIALIZED (
    SELECT p.* FROM (SELECT p.* FROM post p WHERE p.organisation_id = $1${below(before)}
                      ORDER BY p.created_at DESC, p.id DESC LIMIT ${RECENT_POSTS}) p
     WHERE ${VISIBLE} AND ${filter} ORDER BY p.created_at DESC, p.id DESC LIMIT ${limit})
  SELECT u.* FROM ((${matchingPosts(`${filter} AND ${SOURCES.everyone}`, before, limit)})
  UNION ALL
  (SELECT r.* FROM recent r WHERE NOT ${SOURCES.everyone} AND ${foundRecently})
  UNION ALL
  (SELECT p.* FROM post p
    WHERE p.organisation_id = $1 AND NOT ${SOURCES.everyone} AND NOT ${foundRecently} AND p.id IN (
      SELECT s.id FROM (
        SELECT x.created_at, x.id FROM unnest(${SOURCES.people}) AS a(id)
          ${newest('post p', 'p.organisation_id = $1 AND p.author_membership_id = a.id')}
        UNION
        SELECT x.created_at, x.id FROM unnest(${SOURCES.topics}) AS t(id)
          ${newest(
            'post_topic pt JOIN post p ON p.organisation_id = pt.organisation_id AND p.id = pt.post_id',
            'pt.organisation_id = $1 AND pt.topic_id = t.id',
            'pt.created_at',
            'pt.post_id',
          )}
        UNION
        SELECT x.created_at, x.id FROM unnest(${SOURCES.groups}) AS g(id)
          ${newest('post p', 'p.organisation_id = $1 AND p.group_id = g.id')}
      ) s ORDER BY s.created_at DESC, s.id DESC LIMIT ${limit}))) u
  ORDER BY u.created_at DESC, u.id DESC LIMIT ${limit}`;
};

/**
 * Every list of posts: the member's feed, a topic thread, a group and a
 * person's posts. Newest first with keyset cursors on (created_at, id); each
 * page is one query, whatever its size.
 */
@Injectable()
export class FeedService {
  constructor(private readonly db: TransactionalConnection) {}

  /** Posts the viewer may see. */
  visiblePosts(viewer: Viewer): SelectQueryBuilder<Post> {
    return this.db
      .getRepository(Post)
      .createQueryBuilder('p')
      .where('p.organisationId = :org', { org: viewer.organisationId, me: viewer.membershipId })
      .andWhere(visiblePost('p'));
  }

  feed(ctx: RequestContext, args: PageArgs, options: PageOptions = {}): Promise<PostPage> {
    return this.page(this.feedQuery(ctx, args, options), args, options);
  }

  topicFeed(ctx: RequestContext, topicId: string, args: PageArgs, options: PageOptions = {}): Promise<PostPage> {
    return this.page(this.pageQuery(ctx, 'p.topic_ids @> ARRAY[$3::uuid]', [topicId], args, options), args, options);
  }

  groupFeed(ctx: RequestContext, groupId: string, args: PageArgs, options: PageOptions = {}): Promise<PostPage> {
    return this.page(this.pageQuery(ctx, 'p.group_id = $3', [groupId], args, options), args, options);
  }

  memberPosts(ctx: RequestContext, memberId: string, args: PageArgs, options: PageOptions = {}): Promise<PostPage> {
    return this.page(this.pageQuery(ctx, 'p.author_membership_id = $3', [memberId], args, options), args, options);
  }

  /**
   * The SQL and parameters of a feed page (also what the benchmark explains and times); `walkHistory` gives
   * the reading every feed had before sparse feeds were read source by source, the benchmark's baseline.
   */
  feedQuery(viewer: Viewer, args: PageArgs, options: PageOptions = {}, walkHistory = false): [string, unknown[]] {
    return this.pageQuery(viewer, IN_FEED, [], args, options, walkHistory ? matchingPosts : feedPosts);
  }

  /**
   * Whether a new post belongs in what a live subscriber is watching (their
   * feed, a topic or a group) and they may see it — one query per event.
   */
  async isNewFor(viewer: Viewer, postId: string, scope: FeedScope): Promise<boolean> {
    const query = this.visiblePosts(viewer)
      .andWhere('p.id = :postId', { postId })
      .andWhere('p.authorMembershipId <> :me');
    if (scope.topicId) query.andWhere('p.topic_ids @> ARRAY[CAST(:topicId AS uuid)]', { topicId: scope.topicId });
    if (scope.groupId) query.andWhere('p.groupId = :groupId', { groupId: scope.groupId });
    if (!scope.topicId && !scope.groupId) query.andWhere(inFeed('p'));
    return (await query.getCount()) > 0;
  }

  /** The viewer's feed between two instants, newest first (for digests). */
  feedBetween(viewer: Viewer, since: Date, until: Date, limit: number): Promise<[Post[], number]> {
    return this.visiblePosts(viewer)
      .andWhere(inFeed('p'))
      .andWhere('p.authorMembershipId <> :me')
      .andWhere('p.createdAt > :since AND p.createdAt <= :until', { since, until })
      .orderBy('p.createdAt', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .take(limit)
      .getManyAndCount();
  }

  /**
   * One page as one statement: the visible posts matching `filter` (its own parameters from $3), newest
   * first, keyset after the cursor; with `relations`, joined to each author's membership and user, its
   * topics, its group and its reaction counts with the viewer's own — the relations a feed shows, without
   * further round trips.
   * Hand-written rather than built per request: the query builder re-parses the long visibility SQL
   * on every call.
   */
  private pageQuery(
    viewer: Viewer,
    filter: string,
    extra: unknown[],
    args: PageArgs,
    options: PageOptions,
    postsOf: PostsOf = matchingPosts,
  ): [string, unknown[]] {
    const params: unknown[] = [viewer.organisationId, viewer.membershipId, ...extra];
    let before: Before = null;
    if (args.after) {
      const [createdAt, id] = decodeCursor(args.after, 2);
      if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt)) || !UUID.test(String(id))) {
        throw new BadInputError('The cursor is not valid; start again from the first page', { argument: 'after' });
      }
      params.push(createdAt, id);
      before = [`$${params.length - 1}::timestamptz`, `$${params.length}::uuid`];
    }
    // The page size is written into the statement, not bound: a generic plan (the page runs as a prepared
    // statement) would guess a bound LIMIT at a tenth of the rows and never be chosen. A validated integer.
    const limit = Math.min(Math.max(Math.trunc(args.first ?? DEFAULT_PAGE_SIZE), 1), MAX_PAGE_SIZE) + 1;
    const posts = postsOf(filter, before, String(limit));
    const m = this.mappers;
    if (!options.relations)
      return [`SELECT ${m.post.select} FROM (${posts}) p ORDER BY p.created_at DESC, p.id DESC`, params];
    return [
      `SELECT ${m.post.select}, ${m.author.select}, ${m.user.select}, ${m.group.select}, tp.topics AS t_topics,
              r.reactions AS r_reactions, r.mine AS r_mine
         FROM (${posts}) p
         LEFT JOIN membership m ON m.organisation_id = p.organisation_id AND m.id = p.author_membership_id
         LEFT JOIN "user" u ON u.id = m.user_id
         LEFT JOIN community_group g ON g.organisation_id = p.organisation_id AND g.id = p.group_id
         LEFT JOIN LATERAL (SELECT json_agg(t) AS topics FROM topic t
                             WHERE t.organisation_id = p.organisation_id AND t.id = ANY(p.topic_ids)) tp ON true
         LEFT JOIN LATERAL (
           SELECT json_agg(json_build_object('kind', k.kind, 'count', k.count) ORDER BY k.count DESC, k.kind) AS reactions,
                  min(k.kind) FILTER (WHERE k.mine) AS mine
             FROM (SELECT kind, count(*)::int AS count, bool_or(membership_id = $2) AS mine FROM reaction
                    WHERE organisation_id = p.organisation_id AND post_id = p.id GROUP BY kind) k) r ON true
        ORDER BY p.created_at DESC, p.id DESC`,
      params,
    ];
  }

  private mappersCache?: {
    post: RowMapper<Post>;
    author: RowMapper<Membership>;
    user: RowMapper<User>;
    topic: RowMapper<Topic>;
    group: RowMapper<CommunityGroup>;
  };

  private get mappers() {
    // Users without their password columns: the feed needs names, never secrets.
    return (this.mappersCache ??= {
      post: new RowMapper(this.db.manager.connection, Post, 'p', 'p'),
      author: new RowMapper(this.db.manager.connection, Membership, 'm', 'm'),
      user: new RowMapper(this.db.manager.connection, User, 'u', 'u', ['passwordHash', 'passwordChangedAt']),
      topic: new RowMapper(this.db.manager.connection, Topic, 't', 't'),
      group: new RowMapper(this.db.manager.connection, CommunityGroup, 'g', 'g'),
    });
  }

  private async page([sql, params]: [string, unknown[]], args: PageArgs, options: PageOptions): Promise<PostPage> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const rows: Record<string, unknown>[] = await this.db.queryPrepared(sql, params);
    const m = this.mappers;
    const nodes = rows.slice(0, first).map((row) => m.post.map(row)!);
    const edges = nodes.map((node) => ({ node, cursor: encodeCursor([node.createdAt.toISOString(), node.id]) }));
    const page: PostPage = {
      edges,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    };
    if (options.relations) {
      const relations = new Map<Post, PostRelations>();
      nodes.forEach((post, i) => {
        const row = rows[i];
        const author = m.author.map(row);
        const user = m.user.map(row);
        if (author && user) withUser(author, user);
        const topics = new Map<string, Topic>();
        for (const json of (row.t_topics as Record<string, unknown>[] | null) ?? []) {
          const topic = m.topic.fromJson(json);
          topics.set(topic.id, topic);
        }
        relations.set(post, {
          author,
          topics: post.topicIds.map((id) => topics.get(id)).filter((t): t is Topic => !!t),
          group: m.group.map(row),
          reactions: {
            counts: (row.r_reactions as ReactionSummary['counts'] | null) ?? [],
            mine: (row.r_mine as ReactionKind | null) ?? null,
          },
        });
      });
      page.relations = relations;
    }
    return page;
  }
}
