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

@ObjectType({ description: 'A workshop to attend, because it teaches skills you want to develop.' })
export class WorkshopToAttend {
  @Field(() => CommsTask)
  task: CommsTask;
  @Field(() => Float, { description: '0–1: the share of what it teaches that you want to develop (half when full).' })
  score: number;
  @Field(() => [String], { description: 'Why, phrase by phrase (“wants to develop Blogging”, “3 places left”).' })
  reasons: string[];
  @Field({ description: 'The reasons in one sentence.' })
  explanation: string;
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

/** Why a volunteer is kept from a task (the engine's hard rules). */
export const MatchExclusionReason = {
  DEACTIVATED: 'DEACTIVATED',
  PAUSED: 'PAUSED',
  NOT_AMBASSADOR: 'NOT_AMBASSADOR',
  DECLINED: 'DECLINED',
  NO_FREE_SEATS: 'NO_FREE_SEATS',
  NOT_ENOUGH_HOURS: 'NOT_ENOUGH_HOURS',
  DATE_CLASH: 'DATE_CLASH',
  NO_RELEVANT_SKILL: 'NO_RELEVANT_SKILL',
} as const;
registerEnumType(MatchExclusionReason, {
  name: 'MatchExclusionReason',
  description: 'Why a volunteer cannot be matched to a task (DECLINED also covers tasks they are already on).',
});

/** What keeps you from a task, as the volunteer is told it. */
export const MatchObstacleReason = {
  PAUSED: 'PAUSED',
  NOT_AMBASSADOR: 'NOT_AMBASSADOR',
  NO_FREE_SEATS: 'NO_FREE_SEATS',
  NOT_ENOUGH_HOURS: 'NOT_ENOUGH_HOURS',
  DATE_CLASH: 'DATE_CLASH',
  SKILL_BELOW_LEVEL: 'SKILL_BELOW_LEVEL',
} as const;
registerEnumType(MatchObstacleReason, { name: 'MatchObstacleReason' });

@ObjectType({ description: 'One thing that keeps you from a task, in words.' })
export class MatchObstacle {
  @Field(() => MatchObstacleReason)
  reason: keyof typeof MatchObstacleReason;
  @Field({ description: 'e.g. “Needs 8 h a month; you have 4 free”.' })
  message: string;
}

@ObjectType({ description: 'An open task you are not matched to, and what stands in the way.' })
export class NearMissTask {
  @Field(() => CommsTask)
  task: CommsTask;
  @Field(() => [MatchObstacle])
  obstacles: MatchObstacle[];
}

@ObjectType({ description: 'Why you have the matches you have: the nearest misses first.' })
export class MyNearMisses {
  @Field({ description: 'False when you are not an active ambassador: matching starts once comms make you one.' })
  inPool: boolean;
  @Field(() => [NearMissTask])
  tasks: NearMissTask[];
}

@ObjectType()
export class ExclusionCount {
  @Field(() => MatchExclusionReason)
  reason: keyof typeof MatchExclusionReason;
  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'How a task’s pool of volunteers stands, and what would widen it (counts only).' })
export class TaskCandidatePool {
  @Field(() => Int, { description: 'Volunteers the task can be matched to.' })
  candidates: number;
  @Field(() => Int, { description: 'Volunteers in the pool (active ambassadors).' })
  volunteers: number;
  @Field(() => [ExclusionCount], { description: 'Volunteers kept out, by reason; one may count under several.' })
  excluded: ExclusionCount[];
  @Field(() => [String], { description: 'Changes that would bring more volunteers in.' })
  widen: string[];
}

@ArgsType()
export class NearMissesArgs {
  @Field(() => Int, { defaultValue: 5 })
  @IsInt()
  @Min(1)
  @Max(20)
  first: number = 5;
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
