import { ProfileVisibility } from '@crowdcomms/identity';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { LinkKind } from '../entities/profile.entity';

import { clean } from './clean-text';

const trim = clean();
const trimEach = clean();

/** Only web addresses someone can open: http(s), a real host name, no credentials. */
const URL_OPTIONS = {
  protocols: ['http', 'https'],
  require_protocol: true,
  require_tld: true,
  allow_underscores: false,
  disallow_auth: true,
};

export enum ProfileSection {
  HEADLINE = 'HEADLINE',
  BIO = 'BIO',
  PHOTO = 'PHOTO',
  CV = 'CV',
  SKILLS = 'SKILLS',
  WANTS_TO_DEVELOP = 'WANTS_TO_DEVELOP',
  INTERESTS = 'INTERESTS',
  AVAILABILITY = 'AVAILABILITY',
  LINKS = 'LINKS',
}
registerEnumType(ProfileSection, { name: 'ProfileSection' });

@ObjectType()
export class ProfileCompleteness {
  @Field(() => Int, { description: '0–100.' })
  score: number;

  @Field(() => [ProfileSection], { description: 'What would raise the score, most valuable first.' })
  missing: ProfileSection[];
}

@InputType()
export class ProfileLinkInput {
  @Field(() => LinkKind)
  @IsEnum(LinkKind)
  kind: LinkKind;

  @Field()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  @IsUrl(URL_OPTIONS, { message: 'url must be a web address starting with http:// or https://' })
  url: string;
}

const given = (value: unknown): boolean => value !== undefined && value !== null;

/** A skill named by its id or, instead, by its name or an alias (any case): exactly one of the two. */
@InputType({ isAbstract: true })
export class SkillRefInput {
  @Field(() => ID, { nullable: true, description: 'The skill’s id (or give skillName).' })
  @ValidateIf((s: SkillRefInput) => !given(s.skillName))
  @IsUUID('all', { message: 'skillId must be a skill id' })
  skillId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The skill’s name or an alias, any case ("podcast editing", "Instagram"), instead of its id.',
  })
  @ValidateIf((s: SkillRefInput) => given(s.skillName))
  @Transform(trim)
  @IsString()
  @Length(1, 120, { message: 'skillName must be 1 to 120 characters' })
  skillName?: string | null;
}

@InputType()
export class SkillLevelInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'skillId must be a skill id' })
  skillId: string;

  @Field(() => Int, { description: '1 aware, 2 beginner, 3 competent, 4 proficient, 5 expert.' })
  @IsInt()
  @Min(1, { message: 'level must be between 1 and 5' })
  @Max(5, { message: 'level must be between 1 and 5' })
  level: number;

  @Field(() => Int, { nullable: true, description: 'Years of experience (0–60).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  years?: number | null;
}

/** A skill of my profile with its level, named by id or by name. */
@InputType()
export class ProfileSkillLevelInput extends SkillRefInput {
  @Field(() => Int, { description: '1 aware, 2 beginner, 3 competent, 4 proficient, 5 expert.' })
  @IsInt()
  @Min(1, { message: 'level must be between 1 and 5' })
  @Max(5, { message: 'level must be between 1 and 5' })
  level: number;

  @Field(() => Int, { nullable: true, description: 'Years of experience (0–60).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  years?: number | null;
}

/** Fields left out are unchanged; lists given replace the whole list; null clears. */
@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(160)
  headline?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(4000)
  bio?: string | null;

  @Field(() => String, { nullable: true, description: 'Plain-text CV, up to 20 000 characters.' })
  @IsOptional()
  @Transform(clean(false))
  @IsString()
  @MaxLength(20000)
  cvText?: string | null;

  @Field(() => [ProfileLinkInput], { nullable: true, description: 'Where to find me online (up to 10).' })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ProfileLinkInput)
  links?: ProfileLinkInput[];

  @Field(() => [String], { nullable: true, description: 'Free tags (up to 30).' })
  @IsOptional()
  @Transform(trimEach)
  @ArrayMaxSize(30)
  @ArrayUnique((tag: string) => (typeof tag === 'string' ? tag.toLowerCase() : tag))
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  @Matches(/[\p{L}\p{N}]/u, { each: true, message: 'each interest must contain a letter or digit' })
  interests?: string[];

  @Field(() => Int, { nullable: true, description: 'Hours a month I can give (0–200).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(200)
  availableHoursPerMonth?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  @IsUrl(URL_OPTIONS, { message: 'photoUrl must be a web address starting with http:// or https://' })
  photoUrl?: string | null;

  @Field(() => [ProfileSkillLevelInput], {
    nullable: true,
    description: 'Skills I have, by id or name (replaces the list; up to 50).',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @ArrayUnique((s: ProfileSkillLevelInput) => s?.skillId ?? s?.skillName?.toLowerCase(), {
    message: 'each skill may appear once',
  })
  @ValidateNested({ each: true })
  @Type(() => ProfileSkillLevelInput)
  skills?: ProfileSkillLevelInput[];

  @Field(() => [ID], { nullable: true, description: 'Skills I want to develop (replaces the list; up to 20).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each skill id must be a skill id' })
  wantsToDevelop?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Skills I want to develop by name or alias, instead of ids (with wantsToDevelop: both count).',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @Transform(trimEach)
  @IsString({ each: true })
  @Length(1, 120, { each: true })
  wantsToDevelopNames?: string[];
}

/** One skill to add to my profile (or whose level to change), without re-sending the others. */
@InputType()
export class AddMySkillInput extends SkillRefInput {
  @Field(() => Int, { nullable: true, description: '1–5; required unless wantsToDevelop.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'level must be between 1 and 5' })
  @Max(5, { message: 'level must be between 1 and 5' })
  level?: number | null;

  @Field(() => Int, { nullable: true, description: 'Years of experience (0–60).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  years?: number | null;

  @Field({ nullable: true, description: 'Add it to the skills I want to develop instead (no level).' })
  @IsOptional()
  @IsBoolean()
  wantsToDevelop?: boolean;
}

/** One skill to take off my profile (from my skills, or from those I want to develop). */
@InputType()
export class RemoveMySkillInput extends SkillRefInput {
  @Field({ nullable: true, description: 'Remove it from the skills I want to develop instead.' })
  @IsOptional()
  @IsBoolean()
  wantsToDevelop?: boolean;
}

@InputType()
export class UpdateProfilePrivacyInput {
  @Field(() => ProfileVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(ProfileVisibility)
  visibility?: ProfileVisibility;

  @Field({ nullable: true, description: 'Let comms use my interests to target calls and campaigns.' })
  @IsOptional()
  @IsBoolean()
  interestsTargetingConsent?: boolean;
}
