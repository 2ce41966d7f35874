import { ArgsType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

export enum SelfSufficiency {
  /** Fewer than 25 monthly active members: comms still carries the community. */
  BELOW = 'BELOW',
  /** 25–35 active members: the range where a community tends to start carrying itself. */
  REACHING = 'REACHING',
  /** More than 35 active members. */
  SELF_SUFFICIENT = 'SELF_SUFFICIENT',
}
registerEnumType(SelfSufficiency, { name: 'SelfSufficiency' });

@ArgsType()
export class CommunityHealthArgs {
  @Field(() => Int, { defaultValue: 6, description: 'Months of trend, 1–24, the current month included.' })
  @IsInt()
  @Min(1)
  @Max(24)
  months: number = 6;
}

@ObjectType()
export class MonthlyCommunityHealth {
  @Field({ description: 'YYYY-MM (UTC).' })
  month: string;

  @Field(() => Int, { description: 'Members who posted, commented, reacted or opened the community.' })
  activeMembers: number;

  @Field(() => Int, { description: 'Members who posted or commented.' })
  posters: number;

  @Field(() => Int, { description: 'Active members who only read or reacted.' })
  readers: number;

  @Field(() => Int)
  posts: number;

  @Field(() => Int)
  replies: number;

  @Field(() => Int, { description: 'People who joined the organisation.' })
  newMembers: number;
}

@ObjectType()
export class WeeklyCommunityHealth {
  @Field({ description: 'The Monday the week starts (YYYY-MM-DD, UTC).' })
  week: string;

  @Field(() => Int, { description: 'Members who posted, commented, reacted or opened the community.' })
  activeMembers: number;

  @Field(() => Int, { description: 'Members who posted or commented.' })
  posters: number;
}

@ObjectType()
export class TopicActivity {
  @Field()
  tag: string;

  @Field(() => Int)
  posts: number;

  @Field(() => Int)
  replies: number;
}

@ObjectType()
export class CommunityHealth {
  @Field(() => Int, { description: 'Active in the last 7 days.' })
  weeklyActiveMembers: number;

  @Field(() => Int, { description: 'Active in the last 30 days.' })
  monthlyActiveMembers: number;

  @Field(() => Int, { description: 'Posted or commented in the last 30 days.' })
  posters: number;

  @Field(() => Int, { description: 'Active in the last 30 days without posting or commenting.' })
  readers: number;

  @Field(() => Int, { description: 'Active members of the organisation.' })
  members: number;

  @Field(() => Int, { description: 'Joined in the last 30 days.' })
  newMembers: number;

  @Field(() => SelfSufficiency)
  selfSufficiency: SelfSufficiency;

  @Field({ description: 'Where the community stands against the 25–35 active members mark, in words.' })
  selfSufficiencyNote: string;

  @Field(() => [TopicActivity], { description: 'Posts and replies per topic over the last 30 days, busiest first.' })
  topics: TopicActivity[];

  @Field(() => [WeeklyCommunityHealth], { description: 'The last 8 weeks, the current one included, oldest first.' })
  weeklyTrend: WeeklyCommunityHealth[];

  @Field(() => [MonthlyCommunityHealth], { description: 'Oldest month first.' })
  trend: MonthlyCommunityHealth[];
}
