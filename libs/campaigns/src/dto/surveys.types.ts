import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
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
import { SurveyQuestionKind } from '../campaigns.enums';
import { Survey } from '../entities/survey.entity';
import { CountByKey } from './campaigns.types';

@InputType()
export class SurveyQuestionInput {
  @Field(() => SurveyQuestionKind)
  @IsEnum(SurveyQuestionKind)
  kind: SurveyQuestionKind;

  @Field()
  @IsString()
  @Length(1, 500)
  prompt: string;

  @Field(() => [String], { nullable: true, description: 'Required for choice questions (2–20).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  options?: string[];
}

@InputType()
export class CreateSurveyInput {
  @Field(() => ID)
  @IsUUID()
  campaignId: string;

  @Field()
  @IsString()
  @Length(1, 200)
  title: string;

  @Field({ nullable: true, description: 'Hide who answered what (false by default).' })
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;

  @Field({
    nullable: true,
    description: 'Start with the closing questions: what you shared, what stopped you, what help you need.',
  })
  @IsOptional()
  @IsBoolean()
  closingTemplate?: boolean;

  @Field(() => [SurveyQuestionInput], { nullable: true, description: 'Asked after the template questions.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionInput)
  questions?: SurveyQuestionInput[];
}

@InputType()
export class SurveyAnswerInput {
  @Field(() => ID)
  @IsString()
  @Length(1, 20)
  questionId: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  text?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  choices?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  scale?: number;
}

@InputType()
export class SurveyResponseInput {
  @Field(() => ID)
  @IsUUID()
  surveyId: string;

  @Field(() => [SurveyAnswerInput])
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SurveyAnswerInput)
  answers: SurveyAnswerInput[];
}

@ObjectType()
export class SurveyQuestionResult {
  @Field(() => ID)
  questionId: string;

  @Field(() => SurveyQuestionKind)
  kind: SurveyQuestionKind;

  @Field()
  prompt: string;

  @Field(() => Int, { description: 'Responses that answered this question.' })
  answered: number;

  @Field(() => [CountByKey], { description: 'Choices (every option, in order) or scale points 1–5.' })
  distribution: CountByKey[];

  @Field(() => Float, { nullable: true, description: 'Mean of a scale question.' })
  average: number | null;

  @Field(() => [String], { description: 'Every free-text answer.' })
  texts: string[];
}

@ObjectType()
export class SurveyResults {
  @Field(() => Survey)
  survey: Survey;

  @Field(() => Int)
  responses: number;

  @Field(() => [SurveyQuestionResult], { description: 'Empty while the results are withheld.' })
  questions: SurveyQuestionResult[];

  @Field(() => Int, {
    nullable: true,
    description:
      'Set when an anonymous survey has fewer answers than this: its results are withheld, as so few could identify people.',
  })
  withheldBelow: number | null;
}
