import { TransactionalConnection } from '@crowdcomms/data-access';
import { BadInputError, ForbiddenError, NotFoundError } from '@crowdcomms/errors';
import { Membership, MembersService } from '@crowdcomms/identity';
import { ConnectionShape, paginate } from '@crowdcomms/pagination';
import { hasRole, RequestContext, Role } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TopicsArgs, UpdateTopicInput } from './dto/topics-groups.types';
import { Post } from './entities/post.entity';
import { TopicManager } from './entities/topic-manager.entity';
import { TopicPin } from './entities/topic-pin.entity';
import { Topic } from './entities/topic.entity';
import { FeedService } from './feed.service';
import { HASHTAG_PATTERN } from './markdown';
import { popularTopicsSql } from './topics.sql';
import { followedTopic, visibleTopic } from './visibility';
import { PostsService } from './posts.service';

/** Topics (one per hashtag), their managers, pins and the figures on a topic page. */
@Injectable()
export class TopicsService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly members: MembersService,
    private readonly posts: PostsService,
    private readonly feed: FeedService,
  ) {}

  /** A topic by its hashtag (with or without #, any case), if the caller may know of it (`visibleTopic`). */
  async byTag(ctx: RequestContext, tag: string): Promise<Topic> {
    const normalised = tag.trim().replace(/^#/, '').toLowerCase();
    if (!HASHTAG_PATTERN.test(normalised)) {
      throw new BadInputError('A hashtag is 1–50 letters, digits or underscores', { argument: 'tag' });
    }
    const topic = await this.visibleTopics(ctx).andWhere('t.tag = :tag', { tag: normalised }).getOne();
    if (!topic) throw new NotFoundError('Topic');
    return topic;
  }

  /** A topic the caller may know of; a hashtag used only in a private group they are not in is NOT_FOUND. */
  async byId(ctx: RequestContext, id: string): Promise<Topic> {
    const topic = await this.visibleTopics(ctx).andWhere('t.id = :id', { id }).getOne();
    if (!topic) throw new NotFoundError('Topic');
    return topic;
  }

  /** Topics in alphabetical order (hashtag suggestions use the prefix): only those the caller may know of. */
  list(ctx: RequestContext, args: TopicsArgs): Promise<ConnectionShape<Topic>> {
    const query = this.visibleTopics(ctx);
    if (args.prefix) {
      query.andWhere('t.tag LIKE :prefix', {
        prefix: `${args.prefix
          .replace(/^#/, '')
          .toLowerCase()
          .replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    if (args.followed) query.andWhere(followedTopic('t'), { org: ctx.organisationId });
    return paginate(query, args, {
      column: 't.tag',
      valueOf: (t) => t.tag,
      direction: 'ASC',
      idColumn: 't.id',
      idOf: (t) => t.id,
    });
  }

  /** The organisation's topics the caller may know of: a private group's hashtags stay inside the group. */
  private visibleTopics(ctx: RequestContext) {
    return this.db.scoped(ctx, Topic).createQueryBuilder('t').andWhere(visibleTopic('t'), { me: ctx.membershipId });
  }

  /**
   * The busiest topics: most posts the caller may see over the last 30 days (a private group's posts
   * count only for its members), then alphabetical. Topics without recent posts are left out.
   */
  async popular(ctx: RequestContext, first: number): Promise<Topic[]> {
    const ranked: { id: string }[] = await this.db.run(popularTopicsSql(ctx.organisationId, ctx.membershipId, first));
    if (!ranked.length) return [];
    const topics = await this.db.scoped(ctx, Topic).findBy({ id: In(ranked.map((r) => r.id)) });
    return ranked.map((r) => topics.find((t) => t.id === r.id)).filter((t): t is Topic => !!t);
  }

  async isManager(ctx: RequestContext, topicId: string): Promise<boolean> {
    return this.db
      .getRepository(TopicManager)
      .existsBy({ organisationId: ctx.organisationId, topicId, membershipId: ctx.membershipId });
  }

  /** Admins, comms and the topic's managers look after a topic. */
  async assertCanManage(ctx: RequestContext, topicId: string): Promise<Topic> {
    const topic = await this.byId(ctx, topicId);
    if (!hasRole(ctx, Role.ADMIN, Role.COMMS) && !(await this.isManager(ctx, topicId))) {
      throw new ForbiddenError('Only the topic’s managers, comms or admins can do this');
    }
    return topic;
  }

  async updateDescription(ctx: RequestContext, input: UpdateTopicInput): Promise<Topic> {
    const topic = await this.assertCanManage(ctx, input.topicId);
    topic.description = input.description?.trim() || null;
    return this.db.getRepository(Topic).save(topic);
  }

  async appointManager(ctx: RequestContext, topicId: string, memberId: string): Promise<Topic> {
    const topic = await this.byId(ctx, topicId);
    await this.members.get(ctx, memberId);
    await this.db
      .createQueryBuilder()
      .insert()
      .into(TopicManager)
      .values({
        organisationId: ctx.organisationId,
        topicId,
        membershipId: memberId,
        appointedByMembershipId: ctx.membershipId,
      })
      .orIgnore()
      .execute();
    return topic;
  }

  async removeManager(ctx: RequestContext, topicId: string, memberId: string): Promise<Topic> {
    const topic = await this.byId(ctx, topicId);
    await this.db
      .getRepository(TopicManager)
      .delete({ organisationId: ctx.organisationId, topicId, membershipId: memberId });
    return topic;
  }

  async pin(ctx: RequestContext, topicId: string, postId: string): Promise<Topic> {
    const topic = await this.assertCanManage(ctx, topicId);
    const post = await this.posts.get(ctx, postId);
    if (!post.topicIds.includes(topic.id)) {
      throw new BadInputError(`The post is not in #${topic.tag}`, { argument: 'postId' });
    }
    await this.db
      .createQueryBuilder()
      .insert()
      .into(TopicPin)
      .values({ organisationId: ctx.organisationId, topicId, postId, pinnedByMembershipId: ctx.membershipId })
      .orIgnore()
      .execute();
    return topic;
  }

  async unpin(ctx: RequestContext, topicId: string, postId: string): Promise<Topic> {
    const topic = await this.assertCanManage(ctx, topicId);
    await this.db.getRepository(TopicPin).delete({ organisationId: ctx.organisationId, topicId, postId });
    return topic;
  }

  /** Pinned posts the caller may see, most recently pinned first. */
  pinnedPosts(ctx: RequestContext, topicId: string): Promise<Post[]> {
    return this.feed
      .visiblePosts(ctx)
      .innerJoin(
        TopicPin,
        'pin',
        'pin.organisationId = p.organisationId AND pin.postId = p.id AND pin.topicId = :topicId',
        {
          topicId,
        },
      )
      .orderBy('pin.createdAt', 'DESC')
      .getMany();
  }

  async managers(ctx: RequestContext, topicId: string): Promise<Membership[]> {
    const rows = await this.db
      .getRepository(TopicManager)
      .find({ where: { organisationId: ctx.organisationId, topicId }, order: { createdAt: 'ASC' } });
    const members = await this.members.findByIds(
      ctx,
      rows.map((r) => r.membershipId),
    );
    return rows.map((r) => members.find((m) => m.id === r.membershipId)).filter((m): m is Membership => !!m);
  }

  /** Posts in the topic the caller may see. */
  postCount(ctx: RequestContext, topicId: string): Promise<number> {
    return this.feed.visiblePosts(ctx).andWhere('p.topic_ids @> ARRAY[CAST(:topicId AS uuid)]', { topicId }).getCount();
  }

  /** The most active authors in the topic over the last 90 days (posts the caller may see). */
  async topContributors(
    ctx: RequestContext,
    topicId: string,
    limit = 5,
  ): Promise<{ member: Membership; posts: number }[]> {
    const rows = await this.feed
      .visiblePosts(ctx)
      .andWhere('p.topic_ids @> ARRAY[CAST(:topicId AS uuid)]', { topicId })
      .andWhere(`p.createdAt > now() - interval '90 days'`)
      .select('p.author_membership_id', 'author')
      .addSelect('count(*)::int', 'posts')
      .groupBy('p.author_membership_id')
      .orderBy('posts', 'DESC')
      .addOrderBy('p.author_membership_id')
      .limit(limit)
      .getRawMany<{ author: string; posts: number }>();
    const members = await this.members.findByIds(
      ctx,
      rows.map((r) => r.author),
    );
    return rows
      .map((r) => ({ member: members.find((m) => m.id === r.author)!, posts: r.posts }))
      .filter((r) => r.member);
  }
}
