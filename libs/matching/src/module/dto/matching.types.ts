import { CommsTask } from '@crowdcomms/tasks';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MatchPlanStatus } from '../match-plan.entity';

registerEnumType(MatchPlanStatus, {
  name: 'MatchPlanStatus',
  description: 'PENDING (the optimiser is running) → READY → OFFERED; FAILED when it could not be computed.',
});

@ObjectType({ description: 'The named parts of a match score, each 0–1 before weighting.' })
export class MatchParts {
  @Field(() => Float, { description: 'Weighted coverage of the required skills.' })
  skill: number;
  @Field(() => Float, { description: 'Required skills the volunteer wants to develop.' })
  development: number;
  @Field(() => Float, { description: 'Shared interests (only with targeting consent).' })
  interest: number;
  @Field(() => Float, { description: 'Free hours relative to the effort.' })
  availability: number;
  @Field(() => Float, { description: 'Completed tasks of the same kind.' })
  experience: number;
  @Field(() => Float, { description: 'Relevant online presence (a blog, Twitter, …).' })
  presence: number;
  @Field(() => Float, { description: 'Load from recent asks and current work; lowers the score.' })
  fairnessPenalty: number;
}

@ObjectType({ description: 'An open task matched to you, with why.' })
export class MatchedTask {
  @Field(() => CommsTask)
  task: CommsTask;
  @Field(() => Float, { description: '0–1.' })
  score: number;
  @Field(() => MatchParts)
  parts: MatchParts;
  @Field({ description: 'Why, in words.' })
  explanation: string;
  @Field()
  computedAt: Date;
}

@ObjectType({ description: 'A volunteer matched to a task, with why.' })
export class MatchCandidate {
  @Field(() => ID)
  memberId: string;
  @Field(() => Float)
  score: number;
  @Field(() => MatchParts)
  parts: MatchParts;
  @Field()
  explanation: string;
  @Field()
  computedAt: Date;
}

@ObjectType({ description: 'One proposed assignment of a plan.' })
export class MatchPlanLine {
  @Field(() => ID)
  taskId: string;
  @Field(() => ID)
  memberId: string;
  @Field(() => Float)
  score: number;
  @Field()
  explanation: string;
  @Field(() => String, { nullable: true, description: 'After offerPlan: OFFERED, SKIPPED or FAILED.' })
  outcome: string | null;
  @Field(() => ID, { nullable: true })
  assignmentId: string | null;
  @Field(() => String, { nullable: true, description: 'Why the offer failed.' })
  error: string | null;
}

@ObjectType({ description: 'A task’s picks in a plan.' })
export class MatchPlanTask {
  @Field(() => ID)
  taskId: string;
  @Field(() => [MatchPlanLine])
  picks: MatchPlanLine[];
  @Field(() => Float)
  total: number;
}

@ObjectType({ description: 'An organisation-wide assignment proposal to review, then offer.' })
export class MatchPlanView {
  @Field(() => ID)
  id: string;
  @Field(() => MatchPlanStatus)
  status: MatchPlanStatus;
  @Field(() => String, { nullable: true, description: 'exact-flow (proven optimal) or heuristic.' })
  method: string | null;
  @Field(() => Float, { nullable: true, description: 'Sum of the scores of every line.' })
  total: number | null;
  @Field(() => Float, { nullable: true, description: 'No plan can score more than this.' })
  upperBound: number | null;
  @Field(() => [MatchPlanLine])
  lines: MatchPlanLine[];
  @Field(() => [MatchPlanTask])
  tasks: MatchPlanTask[];
  @Field()
  createdAt: Date;
  @Field(() => Date, { nullable: true })
  computedAt: Date | null;
  @Field(() => Date, { nullable: true })
  offeredAt: Date | null;
}

@ArgsType()
export class MatchesArgs {
  @Field(() => Int, { defaultValue: 10 })
  @IsInt()
  @Min(1)
  @Max(50)
  first: number = 10;
}

@ArgsType()
export class CandidatesArgs extends MatchesArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'taskId must be a task id' })
  taskId: string;
}

@InputType()
export class PlanLineInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'taskId must be a task id' })
  taskId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'memberId must be a member id' })
  memberId: string;
}

@InputType()
export class OfferPlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'planId must be a plan id' })
  planId: string;

  @Field(() => [PlanLineInput], {
    nullable: true,
    description: 'The lines comms accepted; every line of the plan when omitted.',
  })
  @IsOptional()
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => PlanLineInput)
  acceptedLines?: PlanLineInput[];

  @Field({ nullable: true, description: 'A note sent with every offer.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(2000)
  message?: string;
}
