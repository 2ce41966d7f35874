import { BadInputError } from '@crowdcomms/errors';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, PageArgs } from '@crowdcomms/pagination';
import { RequestContext } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { PostConnection } from './dto/posts.types';
import { Post } from './entities/post.entity';
import { inFeed, visiblePost } from './visibility';

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

/**
 * Every list of posts: the member's feed, a topic thread, a group and a
 * person's posts. Newest first with keyset cursors on (created_at, id); each
 * page is one query, whatever its size.
 */
@Injectable()
export class FeedService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Posts the viewer may see. */
  visiblePosts(viewer: Viewer): SelectQueryBuilder<Post> {
    return this.dataSource
      .getRepository(Post)
      .createQueryBuilder('p')
      .where('p.organisationId = :org', { org: viewer.organisationId, me: viewer.membershipId })
      .andWhere(visiblePost('p'));
  }

  feed(ctx: RequestContext, args: PageArgs): Promise<PostConnection> {
    return this.page(this.visiblePosts(ctx).andWhere(inFeed('p')), args);
  }

  topicFeed(ctx: RequestContext, topicId: string, args: PageArgs): Promise<PostConnection> {
    return this.page(
      this.visiblePosts(ctx).andWhere('p.topic_ids @> ARRAY[CAST(:topicId AS uuid)]', { topicId }),
      args,
    );
  }

  groupFeed(ctx: RequestContext, groupId: string, args: PageArgs): Promise<PostConnection> {
    return this.page(this.visiblePosts(ctx).andWhere('p.groupId = :groupId', { groupId }), args);
  }

  memberPosts(ctx: RequestContext, memberId: string, args: PageArgs): Promise<PostConnection> {
    return this.page(this.visiblePosts(ctx).andWhere('p.authorMembershipId = :memberId', { memberId }), args);
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

  private async page(query: SelectQueryBuilder<Post>, args: PageArgs): Promise<PostConnection> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    if (args.after) {
      const [createdAt, id] = decodeCursor(args.after, 2);
      if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt)) || !UUID.test(String(id))) {
        throw new BadInputError('The cursor is not valid; start again from the first page', { argument: 'after' });
      }
      query.andWhere('(p.createdAt, p.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await query
      .orderBy('p.createdAt', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(first + 1)
      .getMany();
    const edges = rows.slice(0, first).map((node) => ({
      node,
      cursor: encodeCursor([node.createdAt.toISOString(), node.id]),
    }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}
