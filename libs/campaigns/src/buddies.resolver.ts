import { AnyMember, CurrentContext, RequestContext, Role, Roles } from '@crowdcomms/request-context';
import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';
import { BuddiesService } from './buddies.service';
import { BuddyMessage } from './entities/buddy-message.entity';
import { BuddyPair } from './entities/buddy-pair.entity';

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
  constructor(private readonly buddies: BuddiesService) {}

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => [BuddyPair], { description: 'Pair the participants for a new round of peer interviews.' })
  createBuddyRound(
    @CurrentContext() ctx: RequestContext,
    @Args('campaignId', { type: () => ID }, new ParseUUIDPipe()) campaignId: string,
  ): Promise<BuddyPair[]> {
    return this.buddies.createRound(ctx, campaignId);
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
