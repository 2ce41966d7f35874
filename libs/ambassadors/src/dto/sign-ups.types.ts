import { Connection, PageArgs } from '@crowdcomms/pagination';
import { SkillLevelInput } from '@crowdcomms/profiles';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
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
import { SignUp, SignUpStatus } from '../entities/sign-up.entity';
import { cleanTrim } from '@crowdcomms/request-context';

export const SignUpConnection = Connection(SignUp);

@InputType()
export class AmbassadorSignUpInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'callId must be a call id' })
  callId: string;

  @Field({ description: 'Why I want to help (up to 4 000 characters).' })
  @Transform(cleanTrim)
  @IsString()
  @IsNotEmpty({ message: 'motivation must not be empty' })
  @MaxLength(4000)
  motivation: string;

  @Field({ nullable: true, description: 'Ideas for what comms could do differently (up to 4 000 characters).' })
  @IsOptional()
  @Transform(cleanTrim)
  @IsString()
  @MaxLength(4000)
  ideas?: string;

  @Field({ nullable: true, description: 'When I can help, in my words.' })
  @IsOptional()
  @Transform(cleanTrim)
  @IsString()
  @MaxLength(500)
  availability?: string;

  @Field(() => Int, { nullable: true, description: 'Hours a month I can give (0–200).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(200)
  availableHoursPerMonth?: number;

  @Field(() => [SkillLevelInput], {
    nullable: true,
    description: 'Skills to add to (or re-level in) my profile from the same form; others stay as they are.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @ArrayUnique((s: SkillLevelInput) => s?.skillId, { message: 'each skill may appear once' })
  @ValidateNested({ each: true })
  @Type(() => SkillLevelInput)
  skills?: SkillLevelInput[];
}

@InputType()
export class MoveSignUpInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'signUpId must be a sign-up id' })
  signUpId: string;

  @Field(() => SignUpStatus)
  @IsEnum(SignUpStatus)
  status: SignUpStatus;

  @Field({ nullable: true, description: 'An intake note to add with the move.' })
  @IsOptional()
  @Transform(cleanTrim)
  @IsString()
  @IsNotEmpty({ message: 'note must not be empty' })
  @MaxLength(10000)
  note?: string;
}

@InputType()
export class AddIntakeNoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'signUpId must be a sign-up id' })
  signUpId: string;

  @Field()
  @Transform(cleanTrim)
  @IsString()
  @IsNotEmpty({ message: 'body must not be empty' })
  @MaxLength(10000)
  body: string;
}

@ArgsType()
export class SignUpsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'callId must be a call id' })
  callId?: string;

  @Field(() => [SignUpStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsEnum(SignUpStatus, { each: true })
  statuses?: SignUpStatus[];
}

@ArgsType()
export class CallScopedArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'One call only; all calls when omitted.' })
  @IsOptional()
  @IsUUID('all', { message: 'callId must be a call id' })
  callId?: string;
}

/** What comms may see of an ambassador's profile: shared by signing up to the programme. */
@ObjectType()
export class AmbassadorProfileSummary {
  @Field(() => String, { nullable: true })
  headline: string | null;

  @Field(() => Int, { nullable: true })
  availableHoursPerMonth: number | null;

  /** Profile id, for the skill loaders. */
  profileId: string;
}
