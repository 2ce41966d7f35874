import { Connection, ConnectionShape, PageArgs } from '@crowdcomms/pagination';
import { Membership, memberLoader, MembersService } from '@crowdcomms/identity';
import {
  AnyMember,
  CurrentContext,
  Loaders,
  RequestContext,
  RequestLoaders,
  Role,
  Roles,
} from '@crowdcomms/request-context';
import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ProfileAuditService } from '@crowdcomms/profiles';
import { CampaignsService } from './campaigns.service';
import {
  BaselineImportResult,
  BaselineShareInput,
  CampaignProgress,
  CampaignReport,
  CreateCampaignInput,
  LogShareInput,
  NonSharers,
  RecordFollowerSnapshotsInput,
  UpdateShareInteractionsInput,
} from './dto/campaigns.types';
import { Campaign } from './entities/campaign.entity';
import { CampaignShare } from './entities/campaign-share.entity';
import { FollowerSnapshot } from './entities/follower-snapshot.entity';

export const CampaignConnection = Connection(Campaign);

@Resolver(() => Campaign)
export class CampaignsResolver {
  constructor(
    private readonly service: CampaignsService,
    private readonly audit: ProfileAuditService,
  ) {}

  @AnyMember()
  @Query(() => CampaignConnection, { description: 'Sharing campaigns, newest first.' })
  campaigns(@CurrentContext() ctx: RequestContext, @Args() args: PageArgs): Promise<ConnectionShape<Campaign>> {
    return this.service.list(ctx, args);
  }

  @AnyMember()
  @Query(() => Campaign)
  campaign(
    @CurrentContext() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<Campaign> {
    return this.service.get(ctx, id);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => Campaign, { description: 'Start planning a sharing campaign.' })
  createCampaign(@CurrentContext() ctx: RequestContext, @Args('input') input: CreateCampaignInput): Promise<Campaign> {
    return this.service.create(ctx, input);
  }

  @AnyMember()
  @Mutation(() => CampaignShare, {
    description: 'Log something you shared outside the community; the same URL again updates it.',
  })
  logCampaignShare(@CurrentContext() ctx: RequestContext, @Args('input') input: LogShareInput): Promise<CampaignShare> {
    return this.service.logShare(ctx, input);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => Campaign, {
    description:
      'Set the hashtag whose community posts count as internal shares (null: every post everyone may see counts).',
  })
  setCampaignHashtag(
    @CurrentContext() ctx: RequestContext,
    @Args('campaignId', { type: () => ID }, new ParseUUIDPipe()) campaignId: string,
    @Args('hashtag', { type: () => String, nullable: true }) hashtag: string | null,
  ): Promise<Campaign> {
    return this.service.setHashtag(ctx, campaignId, hashtag ?? null);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => CampaignShare, {
    description: 'Record something a participant shared outside before the start, so the baseline counts it.',
  })
  recordBaselineShare(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: BaselineShareInput,
  ): Promise<CampaignShare> {
    return this.service.recordBaselineShare(ctx, input);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => BaselineImportResult, {
    description:
      'Import baseline shares: CSV with the header member,channel,form,url,title,sharedOn (member: e-mail or member id); a result per line.',
  })
  importBaselineShares(
    @CurrentContext() ctx: RequestContext,
    @Args('campaignId', { type: () => ID }, new ParseUUIDPipe()) campaignId: string,
    @Args('csv', { description: 'At most 1000 lines after the header.' }) csv: string,
  ): Promise<BaselineImportResult> {
    return this.service.importBaselineShares(ctx, campaignId, csv);
  }

  @AnyMember()
  @Mutation(() => CampaignShare, { description: 'Record the latest likes, comments, reshares and views.' })
  updateCampaignShareInteractions(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: UpdateShareInteractionsInput,
  ): Promise<CampaignShare> {
    return this.service.updateInteractions(ctx, input);
  }

  @AnyMember()
  @Query(() => [CampaignShare], { description: 'All shares for comms; your own for everyone else.' })
  campaignShares(
    @CurrentContext() ctx: RequestContext,
    @Args('campaignId', { type: () => ID }, new ParseUUIDPipe()) campaignId: string,
  ): Promise<CampaignShare[]> {
    return this.service.shares(ctx, campaignId);
  }

  @AnyMember()
  @Query(() => CampaignProgress, { description: 'Your shares this period against the campaign’s target.' })
  myCampaignProgress(
    @CurrentContext() ctx: RequestContext,
    @Args('campaignId', { type: () => ID }, new ParseUUIDPipe()) campaignId: string,
  ): Promise<CampaignProgress> {
    return this.service.myProgress(ctx, campaignId);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Query(() => CampaignReport, { description: 'Metrics per period and overall, each against the baseline.' })
  campaignReport(
    @CurrentContext() ctx: RequestContext,
    @Args('campaignId', { type: () => ID }, new ParseUUIDPipe()) campaignId: string,
  ): Promise<CampaignReport> {
    return this.service.report(ctx, campaignId);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Query(() => String, { description: 'The campaign report as CSV.' })
  async exportCampaignReport(
    @CurrentContext() ctx: RequestContext,
    @Args('campaignId', { type: () => ID }, new ParseUUIDPipe()) campaignId: string,
  ): Promise<string> {
    const csv = await this.service.reportCsv(ctx, campaignId);
    await this.audit.recordExport(ctx, 'CAMPAIGN_REPORT', { campaignId });
    return csv;
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Query(() => NonSharers, { description: 'Who has not shared yet in the period containing `on` (default today).' })
  campaignNonSharers(
    @CurrentContext() ctx: RequestContext,
    @Args('campaignId', { type: () => ID }, new ParseUUIDPipe()) campaignId: string,
    @Args('on', { nullable: true, description: 'YYYY-MM-DD' }) on?: string,
  ): Promise<NonSharers> {
    return this.service.nonSharers(ctx, campaignId, on ?? undefined);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => [FollowerSnapshot], { description: 'Record follower figures of the organisation’s channels.' })
  recordFollowerSnapshots(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: RecordFollowerSnapshotsInput,
  ): Promise<FollowerSnapshot[]> {
    return this.service.recordFollowerSnapshots(ctx, input);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => [FollowerSnapshot], { description: 'Import `channel,takenOn,followers` CSV lines.' })
  importFollowerSnapshots(
    @CurrentContext() ctx: RequestContext,
    @Args('csv', { description: 'At most 1000 lines after the header.' }) csv: string,
  ): Promise<FollowerSnapshot[]> {
    return this.service.importFollowerSnapshotsCsv(ctx, csv);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Query(() => [FollowerSnapshot])
  followerSnapshots(@CurrentContext() ctx: RequestContext): Promise<FollowerSnapshot[]> {
    return this.service.followerSnapshots(ctx);
  }
}

@Resolver(() => CampaignShare)
export class CampaignShareResolver {
  constructor(private readonly members: MembersService) {}

  @ResolveField(() => Membership, {
    nullable: true,
    description: 'Who shared (name, department); null once they left.',
  })
  member(
    @CurrentContext() ctx: RequestContext,
    @Parent() share: CampaignShare,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Membership | null> {
    return memberLoader(loaders, ctx, this.members).load(share.membershipId);
  }
}

@Resolver(() => NonSharers)
export class NonSharersResolver {
  constructor(private readonly memberships: MembersService) {}

  @ResolveField(() => [Membership], {
    description: 'The participants with nothing shared yet, with names and departments.',
  })
  async members(
    @CurrentContext() ctx: RequestContext,
    @Parent() nonSharers: NonSharers,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Membership[]> {
    const found = await memberLoader(loaders, ctx, this.memberships).loadMany(nonSharers.memberIds);
    return found.filter((m): m is Membership => !!m && !(m instanceof Error));
  }
}
