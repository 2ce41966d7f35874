import { cleanTrim } from '@crowdcomms/request-context';
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { OnlineChannel } from '../entities/sign-up.entity';

@InputType()
export class IntakeConfidenceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'each skillId must be a skill id' })
  skillId: string;

  @Field(() => Int, { description: 'How confident they are, 1 (beginner) to 5 (could teach it).' })
  @IsInt({ message: 'level must be a whole number from 1 to 5' })
  @Min(1, { message: 'level must be from 1 to 5' })
  @Max(5, { message: 'level must be from 1 to 5' })
  level: number;
}

/** What comms learnt in the intake conversation; it replaces what was recorded before. */
@InputType()
export class RecordIntakeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'signUpId must be a sign-up id' })
  signUpId: string;

  @Field(() => [OnlineChannel], {
    description: 'Where they already show up online (OTHER: say where in channelsOther).',
  })
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsEnum(OnlineChannel, { each: true })
  channels: OnlineChannel[];

  @Field({ nullable: true, description: 'The other channels, in words (up to 200 characters; required with OTHER).' })
  @IsOptional()
  @Transform(cleanTrim)
  @IsString()
  @MaxLength(200)
  channelsOther?: string;

  @Field(() => [IntakeConfidenceInput], { description: 'Confidence per relevant skill (up to 30 skills).' })
  @ArrayMaxSize(30)
  @ArrayUnique((c: IntakeConfidenceInput) => c?.skillId, { message: 'each skill may appear once' })
  @ValidateNested({ each: true })
  @Type(() => IntakeConfidenceInput)
  confidence: IntakeConfidenceInput[];

  @Field({ nullable: true, description: 'What they want to do for comms, in their words (up to 4 000 characters).' })
  @IsOptional()
  @Transform(cleanTrim)
  @IsString()
  @MaxLength(4000)
  wantsToDo?: string;

  @Field(() => Int, { nullable: true, description: 'Hours a month they can give (0–200).' })
  @IsOptional()
  @IsInt({ message: 'hoursPerMonth must be a whole number from 0 to 200' })
  @Min(0, { message: 'hoursPerMonth must be from 0 to 200' })
  @Max(200, { message: 'hoursPerMonth must be from 0 to 200' })
  hoursPerMonth?: number | null;

  @Field({ nullable: true, description: 'A free intake note to add with it.' })
  @IsOptional()
  @Transform(cleanTrim)
  @IsString()
  @IsNotEmpty({ message: 'note must not be empty' })
  @MaxLength(10000)
  note?: string;
}

/** The volunteer's agreement to copy their intake to their own profile. */
@InputType()
export class CopyIntakeToProfileInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'signUpId must be a sign-up id' })
  signUpId: string;

  @Field({ defaultValue: true, description: 'Add the skills at the confidence recorded (replacing their level).' })
  @IsBoolean()
  skills: boolean;

  @Field({ defaultValue: true, description: 'Set my profile’s hours a month to the intake’s (what matching uses).' })
  @IsBoolean()
  availability: boolean;
}

@ObjectType()
export class IntakeConfidence {
  @Field(() => ID)
  skillId: string;

  @Field(() => Int)
  level: number;
}

/**
 * The structured intake of a sign-up: comms see it while the sign-up is live (like the
 * profile summary), the volunteer always sees their own.
 */
@ObjectType()
export class SignUpIntake {
  @Field(() => [OnlineChannel])
  channels: OnlineChannel[];

  @Field()
  channelsOther: string;

  @Field(() => [IntakeConfidence])
  confidence: IntakeConfidence[];

  @Field()
  wantsToDo: string;

  @Field(() => Int, { nullable: true })
  hoursPerMonth: number | null;

  @Field()
  recordedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the volunteer copied it to their profile (null: not yet).' })
  copiedToProfileAt: Date | null;
}
