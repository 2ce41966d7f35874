import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsInt } from 'class-validator';
import { RetentionKind } from './retention-kind';

@ObjectType({ description: 'How long one kind of record is kept in this organisation, and what the last run removed.' })
export class RetentionPeriod {
  @Field(() => RetentionKind)
  kind: RetentionKind;

  @Field(() => Int, { description: 'Days a record of this kind is kept; then the daily job deletes it.' })
  days: number;

  @Field(() => Int)
  defaultDays: number;

  @Field(() => Int, { description: 'The shortest period that may be chosen.' })
  minDays: number;

  @Field(() => Int, { description: 'The longest period that may be chosen.' })
  maxDays: number;

  @Field(() => Date, { nullable: true, description: 'When an admin last changed it (null: never, the default).' })
  changedAt: Date | null;

  @Field(() => Int, { description: 'Records of this kind the last run deleted.' })
  lastRemoved: number;
}

@ObjectType()
export class RetentionSettings {
  @Field(() => [RetentionPeriod])
  periods: RetentionPeriod[];

  @Field(() => Date, { nullable: true, description: 'When the retention job last ran for this organisation.' })
  lastRunAt: Date | null;
}

@InputType()
export class SetRetentionPeriodInput {
  @Field(() => RetentionKind)
  @IsEnum(RetentionKind, { message: 'kind must be a kind of record' })
  kind: RetentionKind;

  @Field(() => Int, { description: 'Days, within the kind’s minDays and maxDays.' })
  @IsInt({ message: 'days must be a whole number of days' })
  days: number;
}
