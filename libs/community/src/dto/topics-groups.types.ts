import { Membership } from '@crowdcomms/identity';
import { PageArgs } from '@crowdcomms/pagination';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { DigestFrequency, FollowTargetType, GroupMemberStatus, GroupPrivacy, GroupRole } from '../community.enums';

@InputType()
export class UpdateTopicInput {
  @Field(() => ID)
  @IsUUID()
  topicId: string;

  @Field(() => String, { nullable: true, description: 'Plain text; empty clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;
}

@ArgsType()
export class TopicMemberArgs {
  @Field(() => ID)
  @IsUUID()
  topicId: string;

  @Field(() => ID)
  @IsUUID()
  memberId: string;
}

@ArgsType()
export class TopicPostArgs {
  @Field(() => ID)
  @IsUUID()
  topicId: string;

  @Field(() => ID)
  @IsUUID()
  postId: string;
}

@ArgsType()
export class TopicsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Tags starting with this text.' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  prefix?: string;

  @Field({ nullable: true, description: 'Only topics you follow (explicitly, or by following everyone).' })
  @IsOptional()
  @IsBoolean()
  followed?: boolean;
}

@ArgsType()
export class PopularTopicsArgs {
  @Field(() => Int, { defaultValue: 10, description: 'How many topics, 1–20.' })
  @IsInt()
  @Min(1)
  @Max(20)
  first: number = 10;
}

@ObjectType()
export class TopicContributor {
  @Field(() => Membership)
  member: Membership;

  @Field(() => Int, { description: 'Posts in the topic in the last 90 days.' })
  posts: number;
}

@InputType()
export class CreateGroupInput {
  @Field()
  @IsString()
  @Length(2, 80)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => GroupPrivacy, { defaultValue: GroupPrivacy.OPEN })
  @IsEnum(GroupPrivacy)
  privacy: GroupPrivacy = GroupPrivacy.OPEN;
}

@ArgsType()
export class GroupMemberArgs {
  @Field(() => ID)
  @IsUUID()
  groupId: string;

  @Field(() => ID)
  @IsUUID()
  memberId: string;
}

@ArgsType()
export class SetGroupRoleArgs extends GroupMemberArgs {
  @Field(() => GroupRole)
  @IsEnum(GroupRole)
  role: GroupRole;
}

@ArgsType()
export class GroupMembersArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  groupId: string;

  @Field(() => GroupMemberStatus, {
    defaultValue: GroupMemberStatus.ACTIVE,
    description: 'PENDING: join requests (managers only).',
  })
  @IsEnum(GroupMemberStatus)
  status: GroupMemberStatus = GroupMemberStatus.ACTIVE;
}

@ArgsType()
export class FollowArgs {
  @Field(() => FollowTargetType)
  @IsEnum(FollowTargetType)
  targetType: FollowTargetType;

  @Field(() => ID, { description: 'A member, topic or group id.' })
  @IsUUID()
  targetId: string;
}

@ObjectType()
export class CommunitySettings {
  @Field(() => DigestFrequency)
  digestFrequency: DigestFrequency;

  @Field({ description: 'Follow every person and topic (except those you unfollow).' })
  followEveryone: boolean;
}

@ObjectType({ description: 'Your community digest as it would be e-mailed now; nothing is sent.' })
export class DigestPreview {
  @Field(() => DigestFrequency, { description: 'Your digest setting (with digests off, the preview covers a week).' })
  frequency: DigestFrequency;

  @Field({ description: 'The digest covers posts since then: your last digest, or the start of its period.' })
  since: Date;

  @Field(() => Int, { description: 'New posts in your feed since then (the e-mail lists the first 10).' })
  postCount: number;

  @Field()
  subject: string;

  @Field({ description: 'The e-mail’s text, as plain text.' })
  text: string;
}

@InputType()
export class UpdateCommunitySettingsInput {
  @Field(() => DigestFrequency, { nullable: true })
  @IsOptional()
  @IsEnum(DigestFrequency)
  digestFrequency?: DigestFrequency;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  followEveryone?: boolean;
}
