import { TransactionalConnection } from '@crowdcomms/data-access';
import { BadInputError, ForbiddenError, NotFoundError } from '@crowdcomms/errors';
import { NotificationsService } from '@crowdcomms/notifications';
import { ConnectionShape, paginate } from '@crowdcomms/pagination';
import { RequestContext } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AddCommentInput, CommentsArgs, UpdateCommentInput } from './dto/posts.types';
import { Comment } from './entities/comment.entity';
import { Post } from './entities/post.entity';
import { MAX_COMMENT_LENGTH, renderMarkdown, validateBody } from './markdown';
import { MentionResolution, UnresolvedMentionShape } from './mentions';
import { PostsService } from './posts.service';

/** Comments on posts, with one level of replies. Visible to whoever may see the post. */
@Injectable()
export class CommentsService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly posts: PostsService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Top-level comments of a post, oldest first; replies come through `Comment.replies`. */
  async list(ctx: RequestContext, args: CommentsArgs): Promise<ConnectionShape<Comment>> {
    const post = await this.posts.get(ctx, args.postId);
    const query = this.db
      .getRepository(Comment)
      .createQueryBuilder('c')
      .where('c.organisationId = :org AND c.postId = :postId AND c.parentCommentId IS NULL', {
        org: ctx.organisationId,
        postId: post.id,
      });
    return paginate(query, args, {
      column: 'c.createdAt',
      valueOf: (c) => c.createdAt,
      direction: 'ASC',
      idColumn: 'c.id',
      idOf: (c) => c.id,
    });
  }

  /** Replies to the given comments, oldest first (for the DataLoader). */
  async repliesOf(ctx: RequestContext, commentIds: readonly string[]): Promise<Comment[][]> {
    const rows = await this.db.getRepository(Comment).find({
      where: { organisationId: ctx.organisationId, parentCommentId: In([...commentIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return commentIds.map((id) => rows.filter((r) => r.parentCommentId === id));
  }

  async add(ctx: RequestContext, input: AddCommentInput): Promise<Comment> {
    const typed = validateBody(input.body, MAX_COMMENT_LENGTH, 'A comment');
    return this.db.transaction(ctx, async () => {
      const post = await this.posts.get(ctx, input.postId);
      const { body, mentions } = await this.posts.mentionsIn(ctx, typed, MAX_COMMENT_LENGTH);
      let parent: Comment | null = null;
      if (input.parentCommentId) {
        parent = await this.db.manager.findOneBy(Comment, {
          organisationId: ctx.organisationId,
          id: input.parentCommentId,
          postId: post.id,
        });
        if (!parent) throw new NotFoundError('Comment');
        if (parent.parentCommentId) {
          throw new BadInputError('Reply to the top-level comment: replies go one level deep', {
            field: 'parentCommentId',
          });
        }
      }
      const comment = await this.db.manager.save(
        this.db.manager.create(Comment, {
          organisationId: ctx.organisationId,
          postId: post.id,
          parentCommentId: parent?.id ?? null,
          authorMembershipId: ctx.membershipId,
          body,
          bodyHtml: renderMarkdown(body),
        }),
      );
      await this.db.manager.increment(Post, { organisationId: ctx.organisationId, id: post.id }, 'commentCount', 1);
      await this.notifyReply(ctx, post, parent, comment);
      comment.unresolved = await this.notifyMentions(ctx, post, comment, mentions, []);
      return comment;
    });
  }

  async update(ctx: RequestContext, input: UpdateCommentInput): Promise<Comment> {
    const typed = validateBody(input.body, MAX_COMMENT_LENGTH, 'A comment');
    return this.db.transaction(ctx, async () => {
      const { comment, post } = await this.changeable(ctx, input.commentId);
      // Only people mentioned by the edit hear of it, not those the comment already mentioned.
      const before = await this.posts.mentionsIn(ctx, comment.body, MAX_COMMENT_LENGTH);
      const { body, mentions } = await this.posts.mentionsIn(ctx, typed, MAX_COMMENT_LENGTH);
      comment.body = body;
      comment.bodyHtml = renderMarkdown(body);
      comment.editedAt = new Date();
      const saved = await this.db.manager.save(comment);
      const already = before.mentions.resolved.map((m) => m.member.membershipId);
      saved.unresolved = await this.notifyMentions(ctx, post, saved, mentions, already);
      return saved;
    });
  }

  /** Deletes a comment and its replies (author or moderator). */
  async delete(ctx: RequestContext, commentId: string): Promise<boolean> {
    return this.db.transaction(ctx, async () => {
      const { comment, post } = await this.changeable(ctx, commentId);
      const replies = await this.db.manager.delete(Comment, {
        organisationId: ctx.organisationId,
        parentCommentId: comment.id,
      });
      await this.db.manager.delete(Comment, { organisationId: ctx.organisationId, id: comment.id });
      await this.db.manager.decrement(
        Post,
        { organisationId: ctx.organisationId, id: post.id },
        'commentCount',
        1 + (replies.affected ?? 0),
      );
      return true;
    });
  }

  private async changeable(ctx: RequestContext, commentId: string) {
    const comment = await this.db.manager.findOneBy(Comment, { organisationId: ctx.organisationId, id: commentId });
    if (!comment) throw new NotFoundError('Comment');
    const post = await this.posts.get(ctx, comment.postId).catch(() => {
      throw new NotFoundError('Comment');
    });
    if (comment.authorMembershipId !== ctx.membershipId && !(await this.posts.canModerate(ctx, post))) {
      throw new ForbiddenError('Only the author or a moderator can change this comment');
    }
    return { comment, post };
  }

  private async notifyReply(ctx: RequestContext, post: Post, parent: Comment | null, comment: Comment): Promise<void> {
    const name = await this.posts.displayName(ctx);
    const text = comment.body.replace(/\s+/g, ' ').slice(0, 120);
    const data = { postId: post.id, commentId: comment.id };
    const postAuthor = post.authorMembershipId !== ctx.membershipId ? post.authorMembershipId : null;
    const commentAuthor =
      parent && parent.authorMembershipId !== ctx.membershipId && parent.authorMembershipId !== post.authorMembershipId
        ? parent.authorMembershipId
        : null;
    // A reply quotes the post's thread: only people who may still see the post hear of it (not someone
    // who has left its private group since they wrote there).
    const readers = new Set(
      await this.posts.canSee(
        post,
        [postAuthor, commentAuthor].filter((id): id is string => !!id),
      ),
    );
    if (postAuthor && readers.has(postAuthor)) {
      await this.notifications.notify({
        organisationId: ctx.organisationId,
        recipientMembershipIds: [postAuthor],
        kind: 'COMMUNITY_REPLY',
        title: `${name} replied to your post`,
        body: text,
        data,
        groupKey: `community-replies:${post.id}`,
      });
    }
    if (parent && commentAuthor && readers.has(commentAuthor)) {
      await this.notifications.notify({
        organisationId: ctx.organisationId,
        recipientMembershipIds: [commentAuthor],
        kind: 'COMMUNITY_REPLY',
        title: `${name} replied to your comment`,
        body: text,
        data,
        groupKey: `community-comment-replies:${parent.id}`,
      });
    }
  }

  private async notifyMentions(
    ctx: RequestContext,
    post: Post,
    comment: Comment,
    mentions: MentionResolution,
    already: string[],
  ): Promise<UnresolvedMentionShape[]> {
    const told = await this.posts.notifyMentions(
      ctx,
      { id: post.id, organisationId: post.organisationId, groupId: post.groupId, body: comment.body },
      mentions,
      already,
      'a comment',
    );
    return told.unresolved;
  }
}
