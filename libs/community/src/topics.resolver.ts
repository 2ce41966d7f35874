import { Membership } from '@crowdcomms/identity';
import { ConnectionShape, Connection } from '@crowdcomms/pagination';
import { AnyMember, CurrentContext, RequestContext, Role, Roles } from '@crowdcomms/request-context';
import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FollowTargetType } from './community.enums';
import {
  PopularTopicsArgs,
  TopicContributor,
  TopicMemberArgs,
  TopicPostArgs,
  TopicsArgs,
  UpdateTopicInput,
} from './dto/topics-groups.types';
import { Post } from './entities/post.entity';
import { Topic } from './entities/topic.entity';
import { FollowsService } from './follows.service';
import { TopicsService } from './topics.service';

export const TopicConnection = Connection(Topic);

/** Topic pages. Their figures are for one topic at a time, so they load directly rather than through DataLoaders. */
@Resolver(() => Topic)
export class TopicsResolver {
  constructor(
    private readonly topicsService: TopicsService,
    private readonly follows: FollowsService,
  ) {}

  @AnyMember()
  @Query(() => Topic, { description: 'A topic by its hashtag.' })
  topic(@CurrentContext() ctx: RequestContext, @Args('tag') tag: string): Promise<Topic> {
    return this.topicsService.byTag(ctx, tag);
  }

  @AnyMember()
  @Query(() => TopicConnection, { description: 'Topics in alphabetical order.' })
  topics(@CurrentContext() ctx: RequestContext, @Args() args: TopicsArgs): Promise<ConnectionShape<Topic>> {
    return this.topicsService.list(ctx, args);
  }

  @AnyMember()
  @Query(() => [Topic], {
    description: 'The busiest topics: most posts you may see over the last 30 days, then alphabetical.',
  })
  popularTopics(@CurrentContext() ctx: RequestContext, @Args() args: PopularTopicsArgs): Promise<Topic[]> {
    return this.topicsService.popular(ctx, args.first);
  }

  @AnyMember()
  @Mutation(() => Topic, { description: 'Topic managers, comms and admins edit a topic’s description.' })
  updateTopic(@CurrentContext() ctx: RequestContext, @Args('input') input: UpdateTopicInput): Promise<Topic> {
    return this.topicsService.updateDescription(ctx, input);
  }

  @Roles(Role.ADMIN, Role.COMMS)
  @Mutation(() => Topic)
  appointTopicManager(@CurrentContext() ctx: RequestContext, @Args() args: TopicMemberArgs): Promise<Topic> {
    return this.topicsService.appointManager(ctx, args.topicId, args.memberId);
  }

  @Roles(Role.ADMIN, Role.COMMS)
  @Mutation(() => Topic)
  removeTopicManager(@CurrentContext() ctx: RequestContext, @Args() args: TopicMemberArgs): Promise<Topic> {
    return this.topicsService.removeManager(ctx, args.topicId, args.memberId);
  }

  @AnyMember()
  @Mutation(() => Topic, { description: 'Topic managers, comms and admins pin a post to the top of the topic.' })
  pinPost(@CurrentContext() ctx: RequestContext, @Args() args: TopicPostArgs): Promise<Topic> {
    return this.topicsService.pin(ctx, args.topicId, args.postId);
  }

  @AnyMember()
  @Mutation(() => Topic)
  unpinPost(@CurrentContext() ctx: RequestContext, @Args() args: TopicPostArgs): Promise<Topic> {
    return this.topicsService.unpin(ctx, args.topicId, args.postId);
  }

  @ResolveField(() => [Membership])
  managers(@Parent() topic: Topic, @CurrentContext() ctx: RequestContext): Promise<Membership[]> {
    return this.topicsService.managers(ctx, topic.id);
  }

  @ResolveField(() => Int, { description: 'Posts in the topic that you may see.' })
  postCount(@Parent() topic: Topic, @CurrentContext() ctx: RequestContext): Promise<number> {
    return this.topicsService.postCount(ctx, topic.id);
  }

  @ResolveField(() => Int)
  followerCount(@Parent() topic: Topic, @CurrentContext() ctx: RequestContext): Promise<number> {
    return this.follows.followerCount(ctx.organisationId, FollowTargetType.TOPIC, topic.id);
  }

  @ResolveField(() => [TopicContributor], { description: 'Most active authors over the last 90 days.' })
  topContributors(@Parent() topic: Topic, @CurrentContext() ctx: RequestContext): Promise<TopicContributor[]> {
    return this.topicsService.topContributors(ctx, topic.id);
  }

  @ResolveField(() => [Post])
  pinnedPosts(@Parent() topic: Topic, @CurrentContext() ctx: RequestContext): Promise<Post[]> {
    return this.topicsService.pinnedPosts(ctx, topic.id);
  }

  @ResolveField(() => Boolean)
  async viewerFollows(@Parent() topic: Topic, @CurrentContext() ctx: RequestContext): Promise<boolean> {
    return (await this.follows.isFollowing(ctx, FollowTargetType.TOPIC, [topic.id]))[0];
  }

  @ResolveField(() => Boolean, { description: 'Whether you manage this topic.' })
  viewerIsManager(@Parent() topic: Topic, @CurrentContext() ctx: RequestContext): Promise<boolean> {
    return this.topicsService.isManager(ctx, topic.id);
  }
}
