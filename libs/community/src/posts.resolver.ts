import { withScope } from '@crowdcomms/data-access';
import { Membership } from '@crowdcomms/identity';
import { InjectPubSub } from '@crowdcomms/notifications';
import { AnyMember, CurrentContext, GraphQLRequestContext, RequestContext } from '@crowdcomms/request-context';
import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { withFilter } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { CommunityLoaders } from './community-loaders';
import { CommunityMembersService } from './community-members.service';
import { ReactionKind } from './community.enums';
import {
  CreatePostInput,
  FeedArgs,
  GroupFeedArgs,
  MemberPostsArgs,
  NewPostNotice,
  NewPostsArgs,
  PostConnection,
  ReactArgs,
  ReactionCount,
  TopicFeedArgs,
  UpdatePostInput,
} from './dto/posts.types';
import { CommunityGroup } from './entities/community-group.entity';
import { Post } from './entities/post.entity';
import { Topic } from './entities/topic.entity';
import { FeedService, PageOptions, PostPage } from './feed.service';
import { GroupsService } from './groups.service';
import { NewPostEvent, newPostChannel } from './live-feed';
import { MAX_POST_LENGTH, renderMarkdown, validateBody } from './markdown';
import { PostsService } from './posts.service';
import { TopicsService } from './topics.service';

@Resolver(() => Post)
export class PostsResolver {
  constructor(
    private readonly posts: PostsService,
    private readonly feedService: FeedService,
    private readonly topicsService: TopicsService,
    private readonly groupsService: GroupsService,
    private readonly communityMembers: CommunityMembersService,
    private readonly loaders: CommunityLoaders,
    @InjectPubSub() private readonly pubSub: RedisPubSub,
  ) {}

  @AnyMember()
  @Query(() => PostConnection, {
    description: 'Your feed: posts by people, with topics and in groups you follow, and in your groups; newest first.',
  })
  async feed(@CurrentContext() ctx: RequestContext, @Args() args: FeedArgs): Promise<PostConnection> {
    await this.communityMembers.visit(ctx);
    return this.attached(await this.feedService.feed(ctx, args, this.pageOptions));
  }

  @AnyMember()
  @Query(() => PostConnection, { description: 'A topic’s thread: every post with its hashtag you may see.' })
  async topicFeed(@CurrentContext() ctx: RequestContext, @Args() args: TopicFeedArgs): Promise<PostConnection> {
    const topic = await this.topicsService.byTag(ctx, args.tag);
    return this.attached(await this.feedService.topicFeed(ctx, topic.id, args, this.pageOptions));
  }

  @AnyMember()
  @Query(() => PostConnection, { description: 'A group’s posts (a private group’s for its members only).' })
  async groupFeed(@CurrentContext() ctx: RequestContext, @Args() args: GroupFeedArgs): Promise<PostConnection> {
    await this.groupsService.get(ctx, args.groupId);
    return this.attached(await this.feedService.groupFeed(ctx, args.groupId, args, this.pageOptions));
  }

  @AnyMember()
  @Query(() => PostConnection, { description: 'A person’s posts that you may see.' })
  async memberPosts(@CurrentContext() ctx: RequestContext, @Args() args: MemberPostsArgs): Promise<PostConnection> {
    return this.attached(await this.feedService.memberPosts(ctx, args.memberId, args, this.pageOptions));
  }

  /** Pages read their authors, users, topics, groups and reactions in the page query (not in the naive baseline). */
  private get pageOptions(): PageOptions {
    return { relations: this.loaders.batching };
  }

  private attached(page: PostPage): PostConnection {
    this.loaders.attach(page);
    return { edges: page.edges, pageInfo: page.pageInfo };
  }

  @AnyMember()
  @Query(() => Post)
  post(
    @CurrentContext() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<Post> {
    return this.posts.get(ctx, id);
  }

  /** The composer's preview renders exactly as a published post will, with the same checks. */
  @AnyMember()
  @Query(() => String, {
    description: 'Markdown rendered to safe HTML exactly as a post with this body would be (nothing is stored).',
  })
  previewPostBody(@Args('body') body: string): string {
    return renderMarkdown(validateBody(body, MAX_POST_LENGTH));
  }

  @AnyMember()
  @Mutation(() => Post)
  createPost(@CurrentContext() ctx: RequestContext, @Args('input') input: CreatePostInput): Promise<Post> {
    return this.posts.create(ctx, input);
  }

  @AnyMember()
  @Mutation(() => Post, { description: 'The author or a moderator edits a post; it shows as edited.' })
  updatePost(@CurrentContext() ctx: RequestContext, @Args('input') input: UpdatePostInput): Promise<Post> {
    return this.posts.update(ctx, input);
  }

  @AnyMember()
  @Mutation(() => Boolean, { description: 'The author or a moderator deletes a post.' })
  deletePost(
    @CurrentContext() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<boolean> {
    return this.posts.delete(ctx, id);
  }

  @AnyMember()
  @Mutation(() => Post, { description: 'React to a post; the same reaction twice changes nothing.' })
  react(@CurrentContext() ctx: RequestContext, @Args() args: ReactArgs): Promise<Post> {
    return this.posts.react(ctx, args.postId, args.kind);
  }

  @AnyMember()
  @Mutation(() => Post)
  unreact(
    @CurrentContext() ctx: RequestContext,
    @Args('postId', { type: () => ID }, new ParseUUIDPipe()) postId: string,
  ): Promise<Post> {
    return this.posts.unreact(ctx, postId);
  }

  @AnyMember()
  @Subscription(() => NewPostNotice, {
    description:
      'New posts waiting in your feed — or in the topic or group you are viewing — for a "N new posts" prompt. ' +
      'Only posts you may see are announced, never your own.',
    resolve: (event: NewPostEvent) => ({
      ...event.newPostAvailable,
      createdAt: new Date(event.newPostAvailable.createdAt),
    }),
  })
  newPostAvailable(@CurrentContext() ctx: RequestContext, @Args() args: NewPostsArgs) {
    const viewer = { organisationId: ctx.organisationId, membershipId: ctx.membershipId };
    const scope = { topicId: args.topicId, groupId: args.groupId };
    return withFilter(
      () => this.pubSub.asyncIterator<NewPostEvent>(newPostChannel(ctx.organisationId)),
      // An event arrives from Redis, outside the request that subscribed: its check works for the subscriber's organisation.
      (event?: NewPostEvent) =>
        !!event &&
        withScope(viewer, () => this.feedService.isNewFor(viewer, event.newPostAvailable.postId, scope)).catch(
          () => false,
        ),
    )(undefined, args, undefined, undefined);
  }

  // The relation fields take the resolver's raw arguments (post, args, context) rather than @Parent(),
  // @CurrentContext() and @Loaders(): without parameter decorators @nestjs/graphql binds the method itself
  // as the field's resolver, skipping the per-call execution context and pipe chain — five fields per post,
  // 250 calls on a 50-post page. (Guards never ran on field resolvers; the operation's guard still does.)
  // A post of a page read with its relations answers from them synchronously: no loader call, no promise
  // for GraphQL to wait on. Any other post (`post(id)`, mutations, the naive baseline) loads them.

  @ResolveField(() => Membership, { nullable: true, description: 'Null once the author has left the organisation.' })
  author(post: Post, _args: unknown, context: GraphQLRequestContext): Membership | null | Promise<Membership | null> {
    const known = this.loaders.relationsOf(post);
    if (known) return known.author;
    return this.loaders.member(caller(context), context.loaders).load(post.authorMembershipId);
  }

  @ResolveField(() => [Topic])
  topics(post: Post, _args: unknown, context: GraphQLRequestContext): Topic[] | Promise<Topic[]> {
    return this.loaders.relationsOf(post)?.topics ?? this.loaders.topicsOf(caller(context), context.loaders, post);
  }

  @ResolveField(() => CommunityGroup, { nullable: true })
  group(
    post: Post,
    _args: unknown,
    context: GraphQLRequestContext,
  ): CommunityGroup | null | Promise<CommunityGroup | null> {
    if (!post.groupId) return null;
    const known = this.loaders.relationsOf(post);
    if (known) return known.group;
    return this.loaders.group(caller(context), context.loaders).load(post.groupId);
  }

  @ResolveField(() => [ReactionCount], { description: 'Reactions per kind, most frequent first.' })
  reactions(post: Post, _args: unknown, context: GraphQLRequestContext): ReactionCount[] | Promise<ReactionCount[]> {
    return (
      this.loaders.relationsOf(post)?.reactions.counts ??
      this.loaders.reactionCounts(caller(context), context.loaders, post.id)
    );
  }

  @ResolveField(() => ReactionKind, { nullable: true, description: 'Your reaction, if you reacted.' })
  myReaction(
    post: Post,
    _args: unknown,
    context: GraphQLRequestContext,
  ): ReactionKind | null | Promise<ReactionKind | null> {
    const known = this.loaders.relationsOf(post);
    if (known) return known.reactions.mine;
    return this.loaders.myReaction(caller(context), context.loaders, post.id);
  }
}

/** The caller, from the GraphQL context (set by the guard of the operation these fields belong to). */
function caller(context: GraphQLRequestContext): RequestContext {
  const ctx = context.req.auth;
  if (!ctx) throw new Error('A post field was resolved outside an authenticated operation');
  return ctx;
}
