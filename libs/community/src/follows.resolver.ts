import { OrganisationsService } from '@crowdcomms/identity';
import { AnyMember, CurrentContext, RequestContext, Role, Roles } from '@crowdcomms/request-context';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommunityMembersService } from './community-members.service';
import { DigestService } from './digest.service';
import { CommunitySettings, DigestPreview, FollowArgs, UpdateCommunitySettingsInput } from './dto/topics-groups.types';
import { FollowsService } from './follows.service';

@Resolver()
export class FollowsResolver {
  constructor(
    private readonly follows: FollowsService,
    private readonly communityMembers: CommunityMembersService,
    private readonly organisations: OrganisationsService,
    private readonly digests: DigestService,
  ) {}

  @AnyMember()
  @Mutation(() => Boolean, {
    description: 'Follow a person, topic or group; returns true. Following twice is harmless.',
  })
  follow(@CurrentContext() ctx: RequestContext, @Args() args: FollowArgs): Promise<boolean> {
    return this.follows.set(ctx, args.targetType, args.targetId, true);
  }

  @AnyMember()
  @Mutation(() => Boolean, { description: 'Stop following (also someone you follow by default); returns false.' })
  unfollow(@CurrentContext() ctx: RequestContext, @Args() args: FollowArgs): Promise<boolean> {
    return this.follows.set(ctx, args.targetType, args.targetId, false);
  }

  @AnyMember()
  @Query(() => Boolean, { description: 'Whether you follow a person, topic or group.' })
  async isFollowing(@CurrentContext() ctx: RequestContext, @Args() args: FollowArgs): Promise<boolean> {
    return (await this.follows.isFollowing(ctx, args.targetType, [args.targetId]))[0];
  }

  @AnyMember()
  @Query(() => CommunitySettings)
  myCommunitySettings(@CurrentContext() ctx: RequestContext): Promise<CommunitySettings> {
    return this.communityMembers.ensure(ctx);
  }

  @AnyMember()
  @Query(() => DigestPreview, {
    description: 'Your community digest as it would be e-mailed now, without sending it or moving your next one.',
  })
  myDigestPreview(@CurrentContext() ctx: RequestContext): Promise<DigestPreview> {
    return this.digests.preview(ctx);
  }

  @AnyMember()
  @Mutation(() => CommunitySettings, {
    description: 'Your digest e-mail (daily, weekly or none) and follow-everyone choice.',
  })
  updateMyCommunitySettings(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: UpdateCommunitySettingsInput,
  ): Promise<CommunitySettings> {
    return this.communityMembers.update(ctx, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, {
    description: 'Organisation setting: members new to the community follow everyone and every topic by default.',
  })
  async setFollowEveryoneByDefault(
    @CurrentContext() ctx: RequestContext,
    @Args('enabled') enabled: boolean,
  ): Promise<boolean> {
    return (await this.organisations.setFollowEveryoneByDefault(ctx.organisationId, enabled)).followEveryoneByDefault;
  }
}
