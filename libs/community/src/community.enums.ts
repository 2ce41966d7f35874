import { registerEnumType } from '@nestjs/graphql';

export enum PostKind {
  UPDATE = 'UPDATE',
  QUESTION = 'QUESTION',
  WORK_SHARE = 'WORK_SHARE',
  ANNOUNCEMENT = 'ANNOUNCEMENT',
}
registerEnumType(PostKind, {
  name: 'PostKind',
  description: 'What a post is: an update, a question, a share of work or an announcement.',
});

/** A small fixed set, as on most workplace networks. */
export enum ReactionKind {
  LIKE = 'LIKE',
  CELEBRATE = 'CELEBRATE',
  SUPPORT = 'SUPPORT',
  INSIGHTFUL = 'INSIGHTFUL',
  CURIOUS = 'CURIOUS',
}
registerEnumType(ReactionKind, { name: 'ReactionKind' });

export enum GroupPrivacy {
  /** Anyone joins; posts are visible to the whole organisation. */
  OPEN = 'OPEN',
  /** Joining needs a manager's approval; posts are visible to members only. */
  PRIVATE = 'PRIVATE',
}
registerEnumType(GroupPrivacy, { name: 'GroupPrivacy' });

export enum GroupRole {
  MEMBER = 'MEMBER',
  MANAGER = 'MANAGER',
}
registerEnumType(GroupRole, { name: 'GroupRole' });

export enum GroupMemberStatus {
  ACTIVE = 'ACTIVE',
  /** Asked to join a private group; waiting for a manager. */
  PENDING = 'PENDING',
}
registerEnumType(GroupMemberStatus, { name: 'GroupMemberStatus' });

export enum FollowTargetType {
  MEMBER = 'MEMBER',
  TOPIC = 'TOPIC',
  GROUP = 'GROUP',
}
registerEnumType(FollowTargetType, { name: 'FollowTargetType' });

export enum DigestFrequency {
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  NONE = 'NONE',
}
registerEnumType(DigestFrequency, { name: 'DigestFrequency' });
