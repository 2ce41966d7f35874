import { AnyMember, CurrentContext, RequestContext, Role, Roles } from '@crowdcomms/request-context';
import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CampaignPeriodsService } from './campaign-periods.service';
import { CurateDigestInput } from './dto/digests.types';
import { CampaignDigest } from './entities/campaign-digest.entity';

@Resolver(() => CampaignDigest)
export class DigestsResolver {
  constructor(private readonly periods: CampaignPeriodsService) {}

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => CampaignDigest, {
    description: 'Pick highlights and add a note before the period’s digest goes out.',
  })
  curateCampaignDigest(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: CurateDigestInput,
  ): Promise<CampaignDigest> {
    return this.periods.curate(ctx, input);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => CampaignDigest, {
    description: 'Publish the period’s digest now (what was shared so far), instead of when the period ends.',
  })
  publishCampaignDigest(
    @CurrentContext() ctx: RequestContext,
    @Args('campaignId', { type: () => ID }, new ParseUUIDPipe()) campaignId: string,
    @Args('periodIndex', { type: () => Int, description: '1-based period number.' }) periodIndex: number,
  ): Promise<CampaignDigest> {
    return this.periods.publishNow(ctx, campaignId, periodIndex);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => CampaignDigest, {
    description:
      'Take back a published digest: its community post is removed (e-mails already sent stay sent); publish it again when ready.',
  })
  unpublishCampaignDigest(
    @CurrentContext() ctx: RequestContext,
    @Args('campaignId', { type: () => ID }, new ParseUUIDPipe()) campaignId: string,
    @Args('periodIndex', { type: () => Int, description: '1-based period number.' }) periodIndex: number,
  ): Promise<CampaignDigest> {
    return this.periods.unpublish(ctx, campaignId, periodIndex);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => Int, {
    description:
      'E-mail a reminder now to participants who have not shared yet this period (once per person and period); returns how many were sent.',
  })
  remindCampaignNonSharers(
    @CurrentContext() ctx: RequestContext,
    @Args('campaignId', { type: () => ID }, new ParseUUIDPipe()) campaignId: string,
  ): Promise<number> {
    return this.periods.remindNow(ctx, campaignId);
  }

  @AnyMember()
  @Query(() => [CampaignDigest], { description: 'Curated and published digests, by period.' })
  campaignDigests(
    @CurrentContext() ctx: RequestContext,
    @Args('campaignId', { type: () => ID }, new ParseUUIDPipe()) campaignId: string,
  ): Promise<CampaignDigest[]> {
    return this.periods.digests(ctx, campaignId);
  }

  @AnyMember()
  @Mutation(() => Boolean, { description: 'Turn this campaign’s end-of-period reminders off (false) or on (true).' })
  setCampaignReminders(
    @CurrentContext() ctx: RequestContext,
    @Args('campaignId', { type: () => ID }, new ParseUUIDPipe()) campaignId: string,
    @Args('enabled') enabled: boolean,
  ): Promise<boolean> {
    return this.periods.setReminders(ctx, campaignId, enabled);
  }
}
