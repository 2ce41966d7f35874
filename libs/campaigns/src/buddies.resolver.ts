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
import { Args, ArgsType, Field, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsOptional, IsString, IsUUID, Length, Min } from 'class-validator';
import { BuddiesService, MAX_GUIDE_QUESTIONS } from './buddies.service';
import { CampaignsService } from './campaigns.service';
import { BuddyRoundCompletion } from './dto/campaigns.types';
import { BuddyMessage } from './entities/buddy-message.entity';
import { BuddyPair } from './entities/buddy-pair.entity';
import { BuddyRound } from './entities/buddy-round.entity';

@ArgsType()
export class CreateBuddyRoundArgs {
  @Field(() => ID)
  @IsUUID()
  campaignId: string;

  @Field(() => [String], {
    nullable: true,
    description:
      'The interview guide; the charity’s (what did you share, what stopped you, what would help) by default.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_GUIDE_QUESTIONS)
  @IsString({ each: true })
  questions?: string[] | null;
}

@ArgsType()
export class BuddyGuideArgs {
  @Field(() => ID)
  @IsUUID()
  campaignId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  round: number;

  @Field(() => [String])
  @ArrayMaxSize(MAX_GUIDE_QUESTIONS)
  @IsString({ each: true })
  questions: string[];
}

@ArgsType()
export class BuddyMessageArgs {
  @Field(() => ID)
  @IsUUID()
  pairId: string;

  @Field()
  @IsString()
  @Length(1, 5000)
  body: string;
}

@Resolver(() => BuddyPair)
export class BuddiesResolver {
  constructor(
    private readonly buddies: BuddiesService,
    private readonly memberships: MembersService,
  ) {}

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => [BuddyPair], {
    description: 'Pair the participants for a new round of peer interviews, with its interview guide.',
  })
  createBuddyRound(@CurrentContext() ctx: RequestContext, @Args() args: CreateBuddyRoundArgs): Promise<BuddyPair[]> {
    return this.buddies.createRound(ctx, args.campaignId, args.questions);
  }

  @AnyMember()
  @Query(() => [BuddyRound], {
    description: 'Buddy rounds and their interview guides: all for comms; yours otherwise.',
  })
  buddyRounds(
    @CurrentContext() ctx: RequestContext,
    @Args('campaignId', { type: () => ID }, new ParseUUIDPipe()) campaignId: string,
  ): Promise<BuddyRound[]> {
    return this.buddies.rounds(ctx, campaignId);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => BuddyRound, { description: 'Change the questions of a round’s interview guide.' })
  setBuddyInterviewGuide(@CurrentContext() ctx: RequestContext, @Args() args: BuddyGuideArgs): Promise<BuddyRound> {
    return this.buddies.setGuide(ctx, args.campaignId, args.round, args.questions);
  }

  @AnyMember()
  @Mutation(() => BuddyPair, {
    description: '“We met”: a member of the pair (or comms) records that the interview happened; once.',
  })
  recordBuddyMeeting(
    @CurrentContext() ctx: RequestContext,
    @Args('pairId', { type: () => ID }, new ParseUUIDPipe()) pairId: string,
  ): Promise<BuddyPair> {
    return this.buddies.recordMeeting(ctx, pairId);
  }

  @ResolveField(() => [Membership], {
    description: 'The pair’s members with their names and departments (a member who has left is left out).',
  })
  async members(
    @CurrentContext() ctx: RequestContext,
    @Parent() pair: BuddyPair,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Membership[]> {
    const found = await memberLoader(loaders, ctx, this.memberships).loadMany(pair.memberIds);
    return found.filter((m): m is Membership => !!m && !(m instanceof Error));
  }

  @AnyMember()
  @Query(() => [BuddyPair], { description: 'All pairs for comms; your own otherwise.' })
  buddyPairs(
    @CurrentContext() ctx: RequestContext,
    @Args('campaignId', { type: () => ID }, new ParseUUIDPipe()) campaignId: string,
  ): Promise<BuddyPair[]> {
    return this.buddies.pairs(ctx, campaignId);
  }

  @AnyMember()
  @Mutation(() => BuddyMessage, { description: 'Write in your pair’s shared thread.' })
  postBuddyMessage(@CurrentContext() ctx: RequestContext, @Args() args: BuddyMessageArgs): Promise<BuddyMessage> {
    return this.buddies.postMessage(ctx, args.pairId, args.body);
  }

  @AnyMember()
  @Query(() => [BuddyMessage])
  buddyMessages(
    @CurrentContext() ctx: RequestContext,
    @Args('pairId', { type: () => ID }, new ParseUUIDPipe()) pairId: string,
  ): Promise<BuddyMessage[]> {
    return this.buddies.messages(ctx, pairId);
  }
}

@Resolver(() => BuddyRound)
export class BuddyRoundsResolver {
  constructor(private readonly campaigns: CampaignsService) {}

  @ResolveField(() => BuddyRoundCompletion, { description: 'How many of the round’s pairs said they met.' })
  async completion(
    @CurrentContext() ctx: RequestContext,
    @Parent() round: BuddyRound,
    @Loaders() loaders: RequestLoaders,
  ): Promise<BuddyRoundCompletion> {
    // One query per campaign for all its rounds, however many rounds a page shows.
    const byCampaign = loaders.get<string, BuddyRoundCompletion[]>('campaigns.buddyCompletion', (ids) =>
      Promise.all(ids.map((id) => this.campaigns.buddyCompletion(ctx, id))),
    );
    const rounds = await byCampaign.load(round.campaignId);
    return rounds.find((r) => r.round === round.round) ?? { round: round.round, pairs: 0, met: 0, completionRate: 0 };
  }
}
