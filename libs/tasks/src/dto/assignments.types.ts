import { Connection, PageArgs } from '@crowdcomms/pagination';
import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsPositive,
  IsString,
  IsUUID,
  Max,
  MaxLength,
} from 'class-validator';
import { Assignment, AssignmentStatus } from '../entities/assignment.entity';
import { cleanTrim } from '@crowdcomms/request-context';
import { IsHours } from './is-hours.decorator';

export const AssignmentConnection = Connection(Assignment);

@InputType()
export class OfferTaskInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'taskId must be a task id' })
  taskId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'memberId must be a member id' })
  memberId: string;

  @Field({ nullable: true, description: 'A personal note with the offer.' })
  @IsOptional()
  @Transform(cleanTrim)
  @IsString()
  @MaxLength(2000)
  message?: string;
}

@InputType()
export class DecideAssignmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'assignmentId must be an assignment id' })
  assignmentId: string;

  @Field({ nullable: true, description: 'Why (optional).' })
  @IsOptional()
  @Transform(cleanTrim)
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

@InputType()
export class CompleteAssignmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'assignmentId must be an assignment id' })
  assignmentId: string;

  @Field({ nullable: true, description: 'Feedback to the volunteer.' })
  @IsOptional()
  @Transform(cleanTrim)
  @IsString()
  @MaxLength(4000)
  feedback?: string;

  @Field({ nullable: true, description: 'What came of it (the impact note).' })
  @IsOptional()
  @Transform(cleanTrim)
  @IsString()
  @IsNotEmpty({ message: 'impact must not be empty' })
  @MaxLength(4000)
  impact?: string;

  @Field(() => Float, { nullable: true, description: 'Hours contributed (default: the task’s effort).' })
  @IsOptional()
  @IsHours()
  @IsPositive({ message: 'hoursContributed must be above 0' })
  @Max(1000)
  hoursContributed?: number;

  @Field(() => [ID], { nullable: true, description: 'Skills of the volunteer to endorse (up to 10).' })
  @IsOptional()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each skill id must be a skill id' })
  endorseSkillIds?: string[];
}

/** The volunteer marks their own accepted work done; comms may still add feedback and endorsements. */
@InputType()
export class MarkAssignmentDoneInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'assignmentId must be an assignment id' })
  assignmentId: string;

  @Field({ nullable: true, description: 'What I did (up to 4 000 characters).' })
  @IsOptional()
  @Transform(cleanTrim)
  @IsString()
  @MaxLength(4000)
  workDone?: string;

  @Field({ description: 'What came of it, in my words (up to 4 000 characters).' })
  @Transform(cleanTrim)
  @IsString()
  @IsNotEmpty({ message: 'impact must not be empty' })
  @MaxLength(4000)
  impact: string;

  @Field(() => Float, { nullable: true, description: 'Hours I gave (default: the task’s effort).' })
  @IsOptional()
  @IsHours()
  @IsPositive({ message: 'hoursContributed must be above 0' })
  @Max(1000)
  hoursContributed?: number;
}

@ArgsType()
export class AssignmentsArgs extends PageArgs {
  @Field(() => [AssignmentStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(8)
  @IsEnum(AssignmentStatus, { each: true })
  statuses?: AssignmentStatus[];
}

@ArgsType()
export class TaskAssignmentsArgs extends AssignmentsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'taskId must be a task id' })
  taskId: string;
}
