import { Connection, PageArgs } from '@crowdcomms/pagination';
import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CommsTask, CommsTaskKind, CommsTaskStatus } from '../entities/comms-task.entity';
import { cleanTrim } from '@crowdcomms/request-context';
import { IsHours } from './is-hours.decorator';

export const CommsTaskConnection = Connection(CommsTask);

/** Trimmed; an empty value clears the field (null). */
const blankAsNull = (params: { value: unknown }): unknown => {
  const value = cleanTrim(params);
  return value === '' ? null : value;
};

@InputType()
export class TaskSkillInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'skillId must be a skill id' })
  skillId: string;

  @Field(() => Int, { nullable: true, description: 'Minimum level 1–5 (default 1).' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'minLevel must be between 1 and 5' })
  @Max(5, { message: 'minLevel must be between 1 and 5' })
  minLevel?: number;

  @Field(() => Float, { nullable: true, description: 'Weight in matching, above 0 and up to 10 (default 1).' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive({ message: 'weight must be above 0' })
  @Max(10)
  weight?: number;
}

@InputType()
export class CreateCommsTaskInput {
  @Field()
  @Transform(cleanTrim)
  @IsString()
  @IsNotEmpty({ message: 'title must not be empty' })
  @MaxLength(200)
  title: string;

  @Field(() => CommsTaskKind)
  @IsEnum(CommsTaskKind)
  kind: CommsTaskKind;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(cleanTrim)
  @IsString()
  @MaxLength(10000)
  description?: string;

  @Field(() => [TaskSkillInput], { nullable: true, description: 'Required skills (up to 20).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ArrayUnique((s: TaskSkillInput) => s?.skillId, { message: 'each skill may appear once' })
  @ValidateNested({ each: true })
  @Type(() => TaskSkillInput)
  requiredSkills?: TaskSkillInput[];

  @Field(() => Float, { description: 'Hours of work per volunteer; above 0, up to 1 000.' })
  @IsHours()
  @IsPositive({ message: 'effortHours must be above 0' })
  @Max(1000)
  effortHours: number;

  @Field(() => Int, { description: 'How many volunteers (1–500).' })
  @IsInt()
  @Min(1, { message: 'seats must be at least 1' })
  @Max(500)
  seats: number;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  dueAt?: Date | null;

  @Field({ nullable: true, description: 'Default true.' })
  @IsOptional()
  @IsBoolean()
  remote?: boolean;

  @Field(() => String, { nullable: true, description: 'Where, when it is not remote.' })
  @IsOptional()
  @Transform(cleanTrim)
  @IsString()
  @MaxLength(160)
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'Workshops held online: the link to join (http or https).' })
  @Transform(blankAsNull)
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'onlineLink must be an http(s) link' })
  @MaxLength(500)
  onlineLink?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Workshops only: how many attendees may register (1–1 000), apart from the facilitators’ seats.',
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'attendeeCapacity must be at least 1' })
  @Max(1000, { message: 'attendeeCapacity must be at most 1000' })
  attendeeCapacity?: number | null;

  @Field({
    nullable: true,
    description: 'Volunteers may take this up directly, without waiting for an offer (default false).',
  })
  @IsOptional()
  @IsBoolean()
  takeUpDirectly?: boolean;
}

/** Fields left out are unchanged; lists given replace the stored list; null clears. */
@InputType()
export class UpdateCommsTaskInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a task id' })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(cleanTrim)
  @IsString()
  @IsNotEmpty({ message: 'title must not be empty' })
  @MaxLength(200)
  title?: string;

  @Field(() => CommsTaskKind, { nullable: true })
  @IsOptional()
  @IsEnum(CommsTaskKind)
  kind?: CommsTaskKind;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(cleanTrim)
  @IsString()
  @MaxLength(10000)
  description?: string;

  @Field(() => [TaskSkillInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ArrayUnique((s: TaskSkillInput) => s?.skillId, { message: 'each skill may appear once' })
  @ValidateNested({ each: true })
  @Type(() => TaskSkillInput)
  requiredSkills?: TaskSkillInput[];

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsHours()
  @IsPositive({ message: 'effortHours must be above 0' })
  @Max(1000)
  effortHours?: number;

  @Field(() => Int, { nullable: true, description: 'Never below the seats already taken.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'seats must be at least 1' })
  @Max(500)
  seats?: number;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  dueAt?: Date | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  remote?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(cleanTrim)
  @IsString()
  @MaxLength(160)
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'Workshops held online: the link to join (http or https).' })
  @Transform(blankAsNull)
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'onlineLink must be an http(s) link' })
  @MaxLength(500)
  onlineLink?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Workshops only: never below the places already taken; null takes no attendees.',
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'attendeeCapacity must be at least 1' })
  @Max(1000, { message: 'attendeeCapacity must be at most 1000' })
  attendeeCapacity?: number | null;

  @Field({
    nullable: true,
    description: 'Volunteers may take this up directly, without waiting for an offer (default false).',
  })
  @IsOptional()
  @IsBoolean()
  takeUpDirectly?: boolean;
}

@InputType()
export class CommsTaskFilter {
  @Field(() => [CommsTaskStatus], { nullable: true, description: 'Members never see drafts.' })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsEnum(CommsTaskStatus, { each: true })
  statuses?: CommsTaskStatus[];

  @Field(() => [CommsTaskKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsEnum(CommsTaskKind, { each: true })
  kinds?: CommsTaskKind[];

  @Field(() => ID, { nullable: true, description: 'Tasks requiring this skill.' })
  @IsOptional()
  @IsUUID('all', { message: 'skillId must be a skill id' })
  skillId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  remote?: boolean;

  @Field({ nullable: true, description: 'Only tasks with a free seat.' })
  @IsOptional()
  @IsBoolean()
  hasFreeSeats?: boolean;

  @Field({ nullable: true, description: 'Part of the title or description.' })
  @IsOptional()
  @Transform(cleanTrim)
  @IsString()
  @Length(1, 120)
  search?: string;
}

@ArgsType()
export class CommsTasksArgs extends PageArgs {
  @Field(() => CommsTaskFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CommsTaskFilter)
  filter?: CommsTaskFilter;
}

@InputType()
export class CancelCommsTaskInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a task id' })
  id: string;

  @Field({ nullable: true, description: 'Told to everyone on the task.' })
  @IsOptional()
  @Transform(cleanTrim)
  @IsString()
  @MaxLength(2000)
  reason?: string;
}
