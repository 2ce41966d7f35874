import { Skill } from '@crowdcomms/skills';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { SkillDemandSource } from '../entities/skill-demand.entity';
import { clean } from './clean-text';

export enum SkillsGapSort {
  GAP = 'GAP',
  DEMAND = 'DEMAND',
  SUPPLY = 'SUPPLY',
  LEARNERS = 'LEARNERS',
  SKILL = 'SKILL',
}
registerEnumType(SkillsGapSort, { name: 'SkillsGapSort' });

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

const DATE_ONLY = { strict: true, strictSeparator: true };

@InputType()
export class RecordSkillDemandInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'skillId must be a skill id' })
  skillId: string;

  @Field(() => Int, { description: '1–5.' })
  @IsInt()
  @Min(1, { message: 'minLevel must be between 1 and 5' })
  @Max(5, { message: 'minLevel must be between 1 and 5' })
  minLevel: number;

  @Field(() => Int, { description: 'People needed (1–10 000).' })
  @IsInt()
  @Min(1)
  @Max(10000)
  people: number;

  @Field(() => Int, { nullable: true, description: 'Hours of work needed in the period (0–100 000).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  hours?: number;

  @Field({ description: 'YYYY-MM-DD.' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsISO8601(DATE_ONLY, { message: 'period must be a date (YYYY-MM-DD)' })
  @MaxLength(10, { message: 'period must be a date (YYYY-MM-DD)' })
  period: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(clean())
  @IsString()
  @MaxLength(300)
  note?: string;

  @Field(() => SkillDemandSource, { nullable: true, description: 'Default MANUAL.' })
  @IsOptional()
  @IsEnum(SkillDemandSource)
  sourceKind?: SkillDemandSource;

  @Field(() => ID, { nullable: true, description: 'The task or call this demand comes from.' })
  @IsOptional()
  @IsUUID()
  sourceId?: string;
}

@InputType()
export class SkillsGapInput {
  @Field({ description: 'First day (YYYY-MM-DD), inclusive.' })
  @IsISO8601(DATE_ONLY, { message: 'from must be a date (YYYY-MM-DD)' })
  @MaxLength(10, { message: 'from must be a date (YYYY-MM-DD)' })
  from: string;

  @Field({ description: 'Last day (YYYY-MM-DD), inclusive.' })
  @IsISO8601(DATE_ONLY, { message: 'to must be a date (YYYY-MM-DD)' })
  @MaxLength(10, { message: 'to must be a date (YYYY-MM-DD)' })
  to: string;

  @Field(() => SkillsGapSort, { nullable: true, description: 'Default GAP.' })
  @IsOptional()
  @IsEnum(SkillsGapSort)
  sort?: SkillsGapSort;

  @Field(() => SortDirection, { nullable: true, description: 'Default DESC (ASC for SKILL).' })
  @IsOptional()
  @IsEnum(SortDirection)
  direction?: SortDirection;
}

@ObjectType()
export class SkillsGapRow {
  /** Not exposed: the demanded skill's id, for loading it. */
  skillId: string;

  @Field(() => Skill)
  skill: Skill;

  @Field(() => Int, { description: 'The minimum level demanded.' })
  minLevel: number;

  @Field(() => Int, { description: 'People demanded in the period.' })
  demandPeople: number;

  @Field(() => Int, { description: 'Hours demanded in the period.' })
  demandHours: number;

  @Field(() => Int, { description: 'People whose visible profile has the skill at least at that level.' })
  supplyPeople: number;

  @Field(() => Int, { description: 'Their available hours per month, summed.' })
  supplyHoursPerMonth: number;

  @Field(() => Int, { description: 'People (visible profiles) who want to develop the skill.' })
  learners: number;

  @Field(() => Int, { description: 'People short: demand − supply, never below 0.' })
  gap: number;
}
