import { Membership } from '@crowdcomms/identity';
import { ConnectionShape } from '@crowdcomms/pagination';
import { AnyMember, CurrentContext, Loaders, RequestContext, RequestLoaders } from '@crowdcomms/request-context';
import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommentsService } from './comments.service';
import { CommunityLoaders } from './community-loaders';
import { AddCommentInput, CommentConnection, CommentsArgs, UpdateCommentInput } from './dto/posts.types';
import { Comment } from './entities/comment.entity';

@Resolver(() => Comment)
export class CommentsResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly loaders: CommunityLoaders,
  ) {}

  @AnyMember()
  @Query(() => CommentConnection, { description: 'A post’s comments, oldest first, each with its replies.' })
  postComments(@CurrentContext() ctx: RequestContext, @Args() args: CommentsArgs): Promise<ConnectionShape<Comment>> {
    return this.comments.list(ctx, args);
  }

  @AnyMember()
  @Mutation(() => Comment, { description: 'Comment on a post, or reply to a comment.' })
  addComment(@CurrentContext() ctx: RequestContext, @Args('input') input: AddCommentInput): Promise<Comment> {
    return this.comments.add(ctx, input);
  }

  @AnyMember()
  @Mutation(() => Comment)
  updateComment(@CurrentContext() ctx: RequestContext, @Args('input') input: UpdateCommentInput): Promise<Comment> {
    return this.comments.update(ctx, input);
  }

  @AnyMember()
  @Mutation(() => Boolean, { description: 'The author or a moderator deletes a comment with its replies.' })
  deleteComment(
    @CurrentContext() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<boolean> {
    return this.comments.delete(ctx, id);
  }

  @ResolveField(() => Membership, { nullable: true })
  author(
    @Parent() comment: Comment,
    @CurrentContext() ctx: RequestContext,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Membership | null> {
    return this.loaders.member(ctx, loaders).load(comment.authorMembershipId);
  }

  @ResolveField(() => [Comment], { description: 'Replies to a top-level comment, oldest first.' })
  replies(
    @Parent() comment: Comment,
    @CurrentContext() ctx: RequestContext,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Comment[]> {
    if (comment.parentCommentId) return Promise.resolve([]);
    return loaders
      .get<string, Comment[]>('community.replies', (ids) => this.comments.repliesOf(ctx, ids))
      .load(comment.id);
  }
}
