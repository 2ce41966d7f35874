import { PageArgs, PageInfo } from '@crowdcomms/pagination';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUrl, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { PostKind, ReactionKind } from '../community.enums';
import { Comment } from '../entities/comment.entity';
import { Post } from '../entities/post.entity';
import { MAX_COMMENT_LENGTH, MAX_POST_LENGTH } from '../markdown';

// Limits are checked again, with clearer messages, by `validateBody`; these stop absurd payloads early.
const BODY_CAP = MAX_POST_LENGTH * 2;

@InputType()
export class CreatePostInput {
  @Field({ description: `Markdown, 1–${MAX_POST_LENGTH} characters; #hashtags become topics, @name mentions notify.` })
  @IsString()
  @MaxLength(BODY_CAP)
  body: string;

  @Field(() => PostKind, { defaultValue: PostKind.UPDATE })
  @IsEnum(PostKind)
  kind: PostKind = PostKind.UPDATE;

  @Field(() => String, { nullable: true, description: 'An external http(s) link shared with the post.' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'linkUrl must be an http(s) URL' })
  @MaxLength(2000)
  linkUrl?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf((o: CreatePostInput) => o.linkTitle != null)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  linkTitle?: string | null;

  @Field(() => ID, { nullable: true, description: 'Post inside this group.' })
  @IsOptional()
  @IsUUID()
  groupId?: string | null;
}

@InputType()
export class UpdatePostInput {
  @Field(() => ID)
  @IsUUID()
  postId: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(BODY_CAP)
  body?: string;

  @Field(() => PostKind, { nullable: true })
  @IsOptional()
  @IsEnum(PostKind)
  kind?: PostKind;

  @Field(() => String, { nullable: true, description: 'Empty string removes the link.' })
  @IsOptional()
  @ValidateIf((o: UpdatePostInput) => !!o.linkUrl)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'linkUrl must be an http(s) URL' })
  @MaxLength(2000)
  linkUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  linkTitle?: string | null;
}

@ArgsType()
export class ReactArgs {
  @Field(() => ID)
  @IsUUID()
  postId: string;

  @Field(() => ReactionKind, { defaultValue: ReactionKind.LIKE })
  @IsEnum(ReactionKind)
  kind: ReactionKind = ReactionKind.LIKE;
}

@InputType()
export class AddCommentInput {
  @Field(() => ID)
  @IsUUID()
  postId: string;

  @Field(() => ID, { nullable: true, description: 'Reply to this top-level comment (one level of replies).' })
  @IsOptional()
  @IsUUID()
  parentCommentId?: string | null;

  @Field({ description: `Markdown, 1–${MAX_COMMENT_LENGTH} characters.` })
  @IsString()
  @MaxLength(MAX_COMMENT_LENGTH * 2)
  body: string;
}

@InputType()
export class UpdateCommentInput {
  @Field(() => ID)
  @IsUUID()
  commentId: string;

  @Field()
  @IsString()
  @MaxLength(MAX_COMMENT_LENGTH * 2)
  body: string;
}

@ObjectType()
export class ReactionCount {
  @Field(() => ReactionKind)
  kind: ReactionKind;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class PostEdge {
  @Field()
  cursor: string;

  @Field(() => Post)
  node: Post;
}

/** A feed page: newest first, keyset cursors, no total (feeds are endless). */
@ObjectType()
export class PostConnection {
  @Field(() => [PostEdge])
  edges: PostEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType()
export class CommentEdge {
  @Field()
  cursor: string;

  @Field(() => Comment)
  node: Comment;
}

@ObjectType()
export class CommentConnection {
  @Field(() => [CommentEdge])
  edges: CommentEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@ArgsType()
export class FeedArgs extends PageArgs {}

@ArgsType()
export class TopicFeedArgs extends PageArgs {
  @Field({ description: 'The hashtag, with or without #.' })
  @IsString()
  @MaxLength(51)
  tag: string;
}

@ArgsType()
export class GroupFeedArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  groupId: string;
}

@ArgsType()
export class MemberPostsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  memberId: string;
}

@ArgsType()
export class CommentsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  postId: string;
}

/** What a live subscriber hears: a post they may see is waiting in the view they watch. */
@ObjectType()
export class NewPostNotice {
  @Field(() => ID)
  postId: string;

  @Field(() => ID)
  authorId: string;

  @Field(() => ID, { nullable: true })
  groupId: string | null;

  @Field()
  createdAt: Date;
}

@ArgsType()
export class NewPostsArgs {
  @Field(() => ID, { nullable: true, description: 'Watch a topic thread instead of your feed.' })
  @IsOptional()
  @IsUUID()
  topicId?: string;

  @Field(() => ID, { nullable: true, description: 'Watch a group instead of your feed.' })
  @IsOptional()
  @IsUUID()
  groupId?: string;
}
