import { Connection, PageArgs } from '@crowdcomms/pagination';
import { Role } from '@crowdcomms/request-context';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Membership, MembershipStatus } from '../entities/membership.entity';

export const MemberConnection = Connection(Membership, 'Member');

@InputType()
export class MemberFilter {
  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => MembershipStatus, { nullable: true, description: 'Default: ACTIVE.' })
  @IsOptional()
  @IsEnum(MembershipStatus)
  status?: MembershipStatus;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  department?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  grade?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  location?: string;

  @Field({ nullable: true, description: 'Part of a name or e-mail.' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  search?: string;
}

@ArgsType()
export class MembersArgs extends PageArgs {
  @Field(() => MemberFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MemberFilter)
  filter?: MemberFilter;
}

@InputType()
export class MemberPlacementInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  department?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  grade?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  location?: string | null;
}

@InputType()
export class UpdateMemberInput extends MemberPlacementInput {
  @Field(() => ID)
  @IsUUID()
  memberId: string;
}

@InputType()
export class ChangeRolesInput {
  @Field(() => ID)
  @IsUUID()
  memberId: string;

  @Field(() => [Role])
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsEnum(Role, { each: true })
  roles: Role[];
}
