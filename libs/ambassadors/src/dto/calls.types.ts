import { Connection, PageArgs } from '@crowdcomms/pagination';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsDate,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { AmbassadorCall, AmbassadorCallStatus } from '../entities/ambassador-call.entity';
import { cleanTrim } from '@crowdcomms/request-context';

export const AmbassadorCallConnection = Connection(AmbassadorCall);

@InputType()
export class CreateAmbassadorCallInput {
  @Field()
  @Transform(cleanTrim)
  @IsString()
  @IsNotEmpty({ message: 'title must not be empty' })
  @MaxLength(200)
  title: string;

  @Field({ description: 'Why colleagues should answer (up to 10 000 characters).' })
  @Transform(cleanTrim)
  @IsString()
  @IsNotEmpty({ message: 'pitch must not be empty' })
  @MaxLength(10000)
  pitch: string;

  @Field(() => [ID], { nullable: true, description: 'Skills sought (up to 30).' })
  @IsOptional()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each skill id must be a skill id' })
  skillIds?: string[];

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  opensAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  closesAt?: Date | null;
}

/** Fields left out are unchanged; null clears a date. */
@InputType()
export class UpdateAmbassadorCallInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a call id' })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(cleanTrim)
  @IsString()
  @IsNotEmpty({ message: 'title must not be empty' })
  @MaxLength(200)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(cleanTrim)
  @IsString()
  @IsNotEmpty({ message: 'pitch must not be empty' })
  @MaxLength(10000)
  pitch?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each skill id must be a skill id' })
  skillIds?: string[];

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  opensAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  closesAt?: Date | null;
}

@ArgsType()
export class AmbassadorCallsArgs extends PageArgs {
  @Field(() => AmbassadorCallStatus, {
    nullable: true,
    description: 'Comms may filter by any status; members only ever see open calls.',
  })
  @IsOptional()
  @IsEnum(AmbassadorCallStatus)
  status?: AmbassadorCallStatus;
}
