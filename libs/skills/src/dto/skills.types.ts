import { Connection, PageArgs } from '@crowdcomms/pagination';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Skill, SkillCategoryEnum } from '../skill.entity';
import { SKILL_CATEGORIES, SkillCategory } from '../taxonomy.data';

export const SkillConnection = Connection(Skill, 'Skill');

// NUL and other control characters cannot be stored in PostgreSQL text and are never meant: dropped, then trimmed.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;
const tidy = (v: unknown) => (typeof v === 'string' ? v.replace(CONTROL, '').trim() : v);
const trim = ({ value }: { value: unknown }) => tidy(value);
const trimEach = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map(tidy) : value);
/** At least one letter or digit: a name of only punctuation cannot be looked up or told apart. */
const HAS_WORD = /[\p{L}\p{N}]/u;

@ArgsType()
export class SkillsArgs extends PageArgs {
  @Field(() => SkillCategoryEnum, { nullable: true })
  @IsOptional()
  @IsIn(SKILL_CATEGORIES)
  category?: SkillCategory;
}

@ArgsType()
export class LookupSkillsArgs {
  @Field({ description: 'What the person typed; typos are tolerated.' })
  @Transform(trim)
  @IsString()
  @Length(1, 120)
  name: string;

  @Field(() => Int, { nullable: true, description: 'At most this many suggestions (1–25, default 10).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(25)
  first?: number;
}

@InputType()
export class CreateSkillInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(2, 120)
  @Matches(HAS_WORD, { message: 'name must contain a letter or digit' })
  name: string;

  @Field(() => SkillCategoryEnum)
  @IsIn(SKILL_CATEGORIES)
  category: SkillCategory;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @Transform(trimEach)
  @ArrayMaxSize(20)
  @ArrayUnique((a: string) => a.toLowerCase())
  @IsString({ each: true })
  @Length(1, 120, { each: true })
  @Matches(HAS_WORD, { each: true, message: 'each alias must contain a letter or digit' })
  aliases?: string[];

  @Field(() => [ID], { nullable: true, description: 'Related skills (shipped or your organisation’s).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  relatedSkillIds?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  description?: string;
}

@InputType()
export class MergeSkillsInput {
  @Field(() => ID, { description: 'Your organisation’s duplicate skill; it disappears into the target.' })
  @IsUUID()
  sourceSkillId: string;

  @Field(() => ID, { description: 'The skill that stays (shipped or your organisation’s).' })
  @IsUUID()
  targetSkillId: string;
}
