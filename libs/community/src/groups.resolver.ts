import { Membership } from '@crowdcomms/identity';
import { Connection, ConnectionShape, PageArgs } from '@crowdcomms/pagination';
import { AnyMember, CurrentContext, Loaders, RequestContext, RequestLoaders } from '@crowdcomms/request-context';
import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommunityLoaders } from './community-loaders';
import { CreateGroupInput, GroupMemberArgs, GroupMembersArgs, SetGroupRoleArgs } from './dto/topics-groups.types';
import { CommunityGroup } from './entities/community-group.entity';
import { GroupMember } from './entities/group-member.entity';
import { GroupsService } from './groups.service';

export const GroupConnection = Connection(CommunityGroup, 'Group');
export const GroupMemberConnection = Connection(GroupMember);

@Resolver(() => CommunityGroup)
export class GroupsResolver {
  constructor(private readonly groupsService: GroupsService) {}

  @AnyMember()
  @Query(() => CommunityGroup)
  group(
    @CurrentContext() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<CommunityGroup> {
    return this.groupsService.get(ctx, id);
  }

  @AnyMember()
  @Query(() => GroupConnection, { description: 'Every group of the organisation, open and private.' })
  groups(@CurrentContext() ctx: RequestContext, @Args() args: PageArgs): Promise<ConnectionShape<CommunityGroup>> {
    return this.groupsService.list(ctx, args);
  }

  @AnyMember()
  @Query(() => GroupMemberConnection, { description: 'A group’s members, or (for its managers) its join requests.' })
  groupMembers(
    @CurrentContext() ctx: RequestContext,
    @Args() args: GroupMembersArgs,
  ): Promise<ConnectionShape<GroupMember>> {
    return this.groupsService.listMembers(ctx, args);
  }

  @AnyMember()
  @Mutation(() => CommunityGroup, { description: 'Create a group; you become its manager.' })
  createGroup(@CurrentContext() ctx: RequestContext, @Args('input') input: CreateGroupInput): Promise<CommunityGroup> {
    return this.groupsService.create(ctx, input);
  }

  @AnyMember()
  @Mutation(() => GroupMember, { description: 'Join an open group, or ask to join a private one.' })
  joinGroup(
    @CurrentContext() ctx: RequestContext,
    @Args('groupId', { type: () => ID }, new ParseUUIDPipe()) groupId: string,
  ): Promise<GroupMember> {
    return this.groupsService.join(ctx, groupId);
  }

  @AnyMember()
  @Mutation(() => Boolean)
  leaveGroup(
    @CurrentContext() ctx: RequestContext,
    @Args('groupId', { type: () => ID }, new ParseUUIDPipe()) groupId: string,
  ): Promise<boolean> {
    return this.groupsService.leave(ctx, groupId);
  }

  @AnyMember()
  @Mutation(() => GroupMember, { description: 'Group managers approve a request to join.' })
  approveGroupMember(@CurrentContext() ctx: RequestContext, @Args() args: GroupMemberArgs): Promise<GroupMember> {
    return this.groupsService.approve(ctx, args.groupId, args.memberId);
  }

  @AnyMember()
  @Mutation(() => Boolean, { description: 'Group managers decline a request to join.' })
  declineGroupMember(@CurrentContext() ctx: RequestContext, @Args() args: GroupMemberArgs): Promise<boolean> {
    return this.groupsService.decline(ctx, args.groupId, args.memberId);
  }

  @AnyMember()
  @Mutation(() => GroupMember, { description: 'Group managers make a member a manager, or a manager a member.' })
  setGroupRole(@CurrentContext() ctx: RequestContext, @Args() args: SetGroupRoleArgs): Promise<GroupMember> {
    return this.groupsService.setRole(ctx, args.groupId, args.memberId, args.role);
  }

  @ResolveField(() => Int)
  memberCount(
    @Parent() group: CommunityGroup,
    @CurrentContext() ctx: RequestContext,
    @Loaders() loaders: RequestLoaders,
  ): Promise<number> {
    return loaders
      .get<string, number>('community.groupMemberCount', (ids) => this.groupsService.memberCounts(ctx, ids))
      .load(group.id);
  }

  @ResolveField(() => GroupMember, { nullable: true, description: 'Your membership or pending request.' })
  viewerMembership(
    @Parent() group: CommunityGroup,
    @CurrentContext() ctx: RequestContext,
    @Loaders() loaders: RequestLoaders,
  ): Promise<GroupMember | null> {
    return loaders
      .get<string, GroupMember | null>('community.myGroupMembership', (ids) =>
        this.groupsService.myMemberships(ctx, ids),
      )
      .load(group.id);
  }
}

@Resolver(() => GroupMember)
export class GroupMemberResolver {
  constructor(private readonly loaders: CommunityLoaders) {}

  @ResolveField(() => Membership, { nullable: true })
  member(
    @Parent() row: GroupMember,
    @CurrentContext() ctx: RequestContext,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Membership | null> {
    return this.loaders.member(ctx, loaders).load(row.membershipId);
  }
}
