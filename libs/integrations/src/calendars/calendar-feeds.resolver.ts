import { AnyMember, CurrentContext, RequestContext } from '@crowdcomms/request-context';
import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { CalendarFeed } from './calendar-feed.entity';
import { CalendarFeedsService } from './calendar-feeds.service';
import { CreatedCalendarFeed } from './calendar-feeds.types';

/** A member's own calendar subscription: make (or remake) its secret URL, see whether one is live, stop it. */
@Resolver(() => CalendarFeed)
export class CalendarFeedsResolver {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @AnyMember()
  @Query(() => CalendarFeed, {
    nullable: true,
    description: 'Your live calendar subscription, if you made one (its URL is shown only when made).',
  })
  myCalendarFeed(@CurrentContext() ctx: RequestContext): Promise<CalendarFeed | null> {
    return this.feeds.mine(ctx);
  }

  @AnyMember()
  @Mutation(() => CreatedCalendarFeed, {
    description:
      'A secret URL listing your commitments (tasks you are on, workshops you have a place at, campaigns you take part in) for your calendar app. Making a new one stops the old one.',
  })
  createCalendarFeed(@CurrentContext() ctx: RequestContext): Promise<CreatedCalendarFeed> {
    return this.feeds.create(ctx);
  }

  @AnyMember()
  @Mutation(() => Boolean, {
    description: 'Stops your calendar subscription URL at once (it then answers 404); false if you had none.',
  })
  revokeCalendarFeed(@CurrentContext() ctx: RequestContext): Promise<boolean> {
    return this.feeds.revoke(ctx);
  }
}
