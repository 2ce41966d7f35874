export * from './post.entity';
export * from './comment.entity';
export * from './reaction.entity';
export * from './topic.entity';
export * from './topic-manager.entity';
export * from './topic-pin.entity';
export * from './community-group.entity';
export * from './group-member.entity';
export * from './follow.entity';
export * from './community-member.entity';
export * from './community-visit.entity';

import { Comment } from './comment.entity';
import { CommunityGroup } from './community-group.entity';
import { CommunityMember } from './community-member.entity';
import { CommunityVisit } from './community-visit.entity';
import { Follow } from './follow.entity';
import { GroupMember } from './group-member.entity';
import { Post } from './post.entity';
import { Reaction } from './reaction.entity';
import { Topic } from './topic.entity';
import { TopicManager } from './topic-manager.entity';
import { TopicPin } from './topic-pin.entity';

/** Every table of the community context, for the schema registry. */
export const COMMUNITY_ENTITIES = [
  Post,
  Comment,
  Reaction,
  Topic,
  TopicManager,
  TopicPin,
  CommunityGroup,
  GroupMember,
  Follow,
  CommunityMember,
  CommunityVisit,
];
