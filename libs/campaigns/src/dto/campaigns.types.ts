import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CampaignAudience, CampaignCadence, ShareChannel, ShareForm } from '../campaigns.enums';
import { Campaign } from '../entities/campaign.entity';

const DAY = { strict: true, strictSeparator: true };

@InputType()
export class CreateCampaignInput {
  @Field()
  @IsString()
  @Length(1, 200)
  name: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  aims?: string[];

  @Field({ description: 'YYYY-MM-DD' })
  @IsISO8601(DAY, { message: 'startsOn must be a day (YYYY-MM-DD)' })
  @Length(10, 10, { message: 'startsOn must be a day (YYYY-MM-DD)' })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD, inclusive' })
  @IsISO8601(DAY, { message: 'endsOn must be a day (YYYY-MM-DD)' })
  @Length(10, 10, { message: 'endsOn must be a day (YYYY-MM-DD)' })
  endsOn: string;

  @Field(() => CampaignCadence, { nullable: true, description: 'MONTHLY by default.' })
  @IsOptional()
  @IsEnum(CampaignCadence)
  cadence?: CampaignCadence;

  @Field(() => Int, { nullable: true, description: '1 by default.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  targetPerPeriod?: number;

  @Field(() => CampaignAudience, { nullable: true, description: 'EVERYONE by default.' })
  @IsOptional()
  @IsEnum(CampaignAudience)
  audience?: CampaignAudience;

  @Field(() => [ID], { nullable: true, description: 'Required when the audience is PEOPLE.' })
  @IsOptional()
  @ArrayMaxSize(5000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  participantMemberIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Required when the audience is GROUPS.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  participantGroupIds?: string[];

  @Field(() => [ShareChannel], { nullable: true, description: 'All channels by default.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(ShareChannel, { each: true })
  channels?: ShareChannel[];

  @Field(() => String, {
    nullable: true,
    description: 'Posts carrying this hashtag count as internal shares (with or without #; letters, digits, _).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(51)
  hashtag?: string | null;
}

@InputType({ description: 'Something a participant shared outside before the campaign started.' })
export class BaselineShareInput {
  @Field(() => ID)
  @IsUUID()
  campaignId: string;

  @Field(() => ID, { description: 'The participant who shared it.' })
  @IsUUID()
  memberId: string;

  @Field(() => ShareChannel)
  @IsEnum(ShareChannel)
  channel: ShareChannel;

  @Field(() => ShareForm)
  @IsEnum(ShareForm)
  form: ShareForm;

  @Field()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) URL' })
  @MaxLength(2000)
  url: string;

  @Field()
  @IsString()
  @Length(1, 300)
  title: string;

  @Field({ description: 'YYYY-MM-DD, before the campaign’s start.' })
  @IsISO8601(DAY, { message: 'sharedOn must be a day (YYYY-MM-DD)' })
  @Length(10, 10, { message: 'sharedOn must be a day (YYYY-MM-DD)' })
  sharedOn: string;
}

@ObjectType({ description: 'What happened to one line of a baseline import.' })
export class BaselineImportRow {
  @Field(() => Int, { description: 'The line of the file (the header is line 1).' })
  line: number;

  @Field(() => ID, { nullable: true, description: 'The share recorded, when the line was imported.' })
  shareId: string | null;

  @Field(() => String, { nullable: true, description: 'The column at fault, when the line was refused.' })
  field: string | null;

  @Field(() => String, { nullable: true, description: 'Why the line was refused.' })
  error: string | null;
}

@ObjectType()
export class BaselineImportResult {
  @Field(() => Int)
  imported: number;

  @Field(() => Int)
  refused: number;

  @Field(() => [BaselineImportRow], { description: 'One per line after the header, in file order.' })
  rows: BaselineImportRow[];
}

@ObjectType({ description: 'How many pairs of a buddy round said they met.' })
export class BuddyRoundCompletion {
  @Field(() => Int)
  round: number;

  @Field(() => Int)
  pairs: number;

  @Field(() => Int, { description: 'Pairs (or groups of three) who said they met.' })
  met: number;

  @Field(() => Float, { description: 'met / pairs, 0 to 1.' })
  completionRate: number;
}

@InputType()
export class LogShareInput {
  @Field(() => ID)
  @IsUUID()
  campaignId: string;

  @Field(() => ShareChannel, { description: 'Where it was shared (internal shares are community posts).' })
  @IsEnum(ShareChannel)
  channel: ShareChannel;

  @Field(() => ShareForm)
  @IsEnum(ShareForm)
  form: ShareForm;

  @Field()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) URL' })
  @MaxLength(2000)
  url: string;

  @Field()
  @IsString()
  @Length(1, 300)
  title: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsISO8601(DAY, { message: 'sharedOn must be a day (YYYY-MM-DD)' })
  @Length(10, 10, { message: 'sharedOn must be a day (YYYY-MM-DD)' })
  sharedOn: string;
}

@InputType()
export class UpdateShareInteractionsInput {
  @Field(() => ID)
  @IsUUID()
  shareId: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  likes?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  comments?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  reshares?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  views?: number;
}

@InputType()
export class FollowerSnapshotInput {
  @Field(() => ShareChannel)
  @IsEnum(ShareChannel)
  channel: ShareChannel;

  @Field({ description: 'YYYY-MM-DD' })
  @IsISO8601(DAY, { message: 'takenOn must be a day (YYYY-MM-DD)' })
  @Length(10, 10, { message: 'takenOn must be a day (YYYY-MM-DD)' })
  takenOn: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  followers: number;
}

@InputType()
export class RecordFollowerSnapshotsInput {
  @Field(() => [FollowerSnapshotInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => FollowerSnapshotInput)
  snapshots: FollowerSnapshotInput[];
}

@ObjectType()
export class CountByKey {
  @Field()
  key: string;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class FollowerGrowth {
  @Field(() => ShareChannel)
  channel: ShareChannel;

  @Field(() => Int, { nullable: true, description: 'Latest figure before the range.' })
  start: number | null;

  @Field(() => Int, { nullable: true, description: 'Latest figure before the end of the range.' })
  end: number | null;

  @Field(() => Int, { nullable: true })
  growth: number | null;
}

@ObjectType({ description: 'What happened in one range of days [from, to).' })
export class CampaignMetrics {
  @Field()
  from: string;

  @Field({ description: 'Exclusive.' })
  to: string;

  @Field(() => Int)
  participants: number;

  @Field(() => Int, {
    description:
      'External shares logged (baseline shares included before the start) plus participants’ community posts with the campaign’s hashtag.',
  })
  shares: number;

  @Field(() => Int)
  participantsMeetingTarget: number;

  @Field(() => Float, { description: 'participantsMeetingTarget / participants.' })
  participationRate: number;

  @Field(() => [CountByKey])
  sharesByForm: CountByKey[];

  @Field(() => [CountByKey])
  sharesByChannel: CountByKey[];

  @Field(() => Int, { description: 'Likes, comments and reshares on external shares; reactions and replies on posts.' })
  interactions: number;

  @Field(() => Float)
  interactionsPerShare: number;

  @Field(() => [FollowerGrowth])
  followerGrowth: FollowerGrowth[];

  @Field(() => Int)
  posts: number;

  @Field(() => Int)
  replies: number;

  @Field(() => Int)
  reactions: number;
}

@ObjectType()
export class PeriodComparison {
  @Field(() => Int, { description: '1-based; 0 for the whole campaign.' })
  index: number;

  @Field(() => CampaignMetrics)
  current: CampaignMetrics;

  @Field(() => CampaignMetrics, { description: 'The range of equal length just before the start.' })
  baseline: CampaignMetrics;
}

@ObjectType()
export class CampaignReport {
  @Field(() => Campaign)
  campaign: Campaign;

  @Field(() => [PeriodComparison], { description: 'One per period, each against the baseline.' })
  periods: PeriodComparison[];

  @Field(() => PeriodComparison)
  overall: PeriodComparison;

  @Field(() => [BuddyRoundCompletion], { description: 'Buddy interview rounds and how many pairs met, by round.' })
  buddyRounds: BuddyRoundCompletion[];
}

@ObjectType()
export class NonSharers {
  @Field()
  from: string;

  @Field()
  to: string;

  @Field(() => [ID], {
    description: 'Participants with nothing shared in the period yet (kept for compatibility: `members` names them).',
  })
  memberIds: string[];
}

@ObjectType({ description: 'Where the caller stands in a campaign today.' })
export class CampaignProgress {
  @Field({ description: 'Whether the caller takes part (their shares count).' })
  participating: boolean;

  @Field(() => Int, { description: 'The current period (1-based); 0 before the start and after the end.' })
  periodIndex: number;

  @Field(() => String, { nullable: true, description: 'First day of the current period.' })
  from: string | null;

  @Field(() => String, { nullable: true, description: 'Day after the current period (exclusive).' })
  to: string | null;

  @Field(() => Int, { description: 'The caller’s shares this period: external shares and community posts.' })
  shares: number;

  @Field(() => Int, { description: 'Shares each participant aims for in each period.' })
  target: number;
}
