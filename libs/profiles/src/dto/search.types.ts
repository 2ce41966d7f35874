import { Connection, ConnectionShape, PageArgs } from '@crowdcomms/pagination';
import { Skill } from '@crowdcomms/skills';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PeopleSearchCriteria } from '../search/people-search.query';
import { clean } from './clean-text';

@InputType()
export class SkillAtLeastInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'skillId must be a skill id' })
  skillId: string;

  @Field(() => Int, { nullable: true, description: 'Minimum level 1–5 (default 1).' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'minLevel must be between 1 and 5' })
  @Max(5, { message: 'minLevel must be between 1 and 5' })
  minLevel?: number;
}

@InputType()
export class PeopleSearchFilter {
  @Field(() => [SkillAtLeastInput], { nullable: true, description: 'Every one must hold (up to 10).' })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => SkillAtLeastInput)
  skills?: SkillAtLeastInput[];

  @Field(() => ID, { nullable: true, description: 'Wants to develop this skill.' })
  @IsOptional()
  @IsUUID('all', { message: 'wantsToDevelop must be a skill id' })
  wantsToDevelop?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(clean())
  @IsString()
  @MaxLength(120)
  department?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(clean())
  @IsString()
  @MaxLength(60)
  grade?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(clean())
  @IsString()
  @MaxLength(120)
  location?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(200)
  minAvailableHours?: number;
}

@ArgsType()
export class PeopleSearchArgs extends PageArgs {
  @Field({
    nullable: true,
    description:
      'Words to find in names, headlines, bios, CVs, skills and interests; every word must match. Results are ' +
      'ranked by the words in name and headline, then skills and interests (a match only through bio or CV ranks ' +
      'last). When more than 1 000 profiles match (totalCountIsExact false), the ranked results are the best of ' +
      'the 1 000 matching profiles with the strongest skill records (highest sum of skill levels, then a stable ' +
      'id order); up to 1 000 matches, every match is ranked.',
  })
  @IsOptional()
  @Transform(clean(false))
  @IsString()
  @Length(0, 200)
  query?: string;

  @Field({ nullable: true, description: 'A name, typos tolerated ("mari smith" finds Marie Smyth).' })
  @IsOptional()
  @Transform(clean(false))
  @IsString()
  @Length(0, 120)
  name?: string;

  @Field(() => PeopleSearchFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PeopleSearchFilter)
  filter?: PeopleSearchFilter;
}

/** One person in search results: enough to decide whether to open the profile (which is audited). */
@ObjectType()
export class PersonResult {
  /** Not exposed: the profile behind the result, for loading its skills. */
  profileId: string;

  @Field(() => ID)
  memberId: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true })
  headline: string | null;

  @Field(() => String, { nullable: true })
  photoUrl: string | null;

  @Field(() => Int, { nullable: true })
  availableHoursPerMonth: number | null;

  @Field(() => String, { nullable: true })
  department: string | null;

  @Field(() => String, { nullable: true })
  grade: string | null;

  @Field(() => String, { nullable: true })
  location: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Relevance when searching by text (rank over name, headline, skills, interests) or name (similarity).',
  })
  score: number | null;
}

@ObjectType()
export class ValueCount {
  @Field()
  value: string;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class SkillCount {
  @Field(() => Skill)
  skill: Skill;

  @Field(() => Int)
  count: number;
}

@ObjectType({
  description:
    'Counts over every visible match, not just this page: exact up to `exactUpTo` matches; past it, estimates ' +
    '(`estimated` true) from a uniform sample of the organisation.',
})
export class PeopleFacets {
  @Field({
    description:
      'True when more people match than `exactUpTo`: every count here (and `matchCount`) is then an estimate, ' +
      'scaled up from the matches in a uniform sample of the organisation’s profiles, and should read "about".',
  })
  estimated: boolean;

  @Field(() => Int, { description: 'Up to this many matches, every count is exact.' })
  exactUpTo: number;

  @Field(() => Int, {
    description:
      'How many visible people the counts are over (an estimate when `estimated`, never below exactUpTo + 1).',
  })
  matchCount: number;

  @Field(() => [SkillCount])
  skills: SkillCount[];

  @Field(() => [ValueCount])
  departments: ValueCount[];

  @Field(() => [ValueCount])
  grades: ValueCount[];
}

@ObjectType()
export class PeopleSearchConnection extends Connection(PersonResult, 'PersonResult') {
  @Field({ description: 'False when more than 1 000 match: totalCount then reads "at least 1 000".' })
  totalCountIsExact: boolean;

  /** Not exposed: what the facets are computed over (null when the search cannot match anyone). */
  criteria: PeopleSearchCriteria | null;
}

export type PeopleSearchResult = ConnectionShape<PersonResult> & {
  totalCountIsExact: boolean;
  criteria: PeopleSearchCriteria | null;
};
