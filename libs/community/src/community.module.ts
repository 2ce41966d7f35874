import { IdentityModule } from '@crowdcomms/identity';
import { NotificationsModule } from '@crowdcomms/notifications';
import { Module } from '@nestjs/common';
import { CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';
import { COMMUNITY_LOADER_OPTIONS, CommunityLoaders } from './community-loaders';
import { CommunityMembersService } from './community-members.service';
import { CommunityProcessor, DigestScheduler } from './community.processor';
import { DigestService } from './digest.service';
import { FeedService } from './feed.service';
import { FollowsResolver } from './follows.resolver';
import { FollowsService } from './follows.service';
import { GroupMemberResolver, GroupsResolver } from './groups.resolver';
import { GroupsService } from './groups.service';
import { CommunityHealthResolver } from './health.resolver';
import { CommunityHealthService } from './health.service';
import { MentionsResolver } from './mentions.resolver';
import { PostsResolver } from './posts.resolver';
import { PostsService } from './posts.service';
import { TopicsResolver } from './topics.resolver';
import { TopicsService } from './topics.service';

const SERVICES = [
  CommunityMembersService,
  FeedService,
  PostsService,
  CommentsService,
  TopicsService,
  GroupsService,
  FollowsService,
  CommunityHealthService,
  DigestService,
  CommunityLoaders,
  { provide: COMMUNITY_LOADER_OPTIONS, useValue: { batch: true } },
];

/** The API's side of the community: posts, topics, groups, follows, feeds, live updates and health. */
@Module({
  imports: [IdentityModule, NotificationsModule],
  providers: [
    ...SERVICES,
    PostsResolver,
    MentionsResolver,
    CommentsResolver,
    TopicsResolver,
    GroupsResolver,
    GroupMemberResolver,
    FollowsResolver,
    CommunityHealthResolver,
  ],
  exports: [PostsService, FeedService, DigestService, GroupsService, CommentsService],
})
export class CommunityModule {}

/** The worker's side: announce new posts to live subscribers, schedule and build digests. */
@Module({
  imports: [IdentityModule, NotificationsModule],
  providers: [...SERVICES, CommunityProcessor, DigestScheduler],
  exports: [DigestService, PostsService, GroupsService],
})
export class CommunityWorkerModule {}
