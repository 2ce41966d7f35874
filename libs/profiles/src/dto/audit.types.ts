import { Connection, PageArgs } from '@crowdcomms/pagination';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ProfileAuditAction, ProfileAuditEvent } from '../entities/profile-audit-event.entity';

export const ProfileAuditEventConnection = Connection(ProfileAuditEvent, 'ProfileAuditEvent');

@InputType()
export class AuditLogFilter {
  @Field(() => ProfileAuditAction, { nullable: true })
  @IsOptional()
  @IsEnum(ProfileAuditAction)
  action?: ProfileAuditAction;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorMemberId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  subjectMemberId?: string;

  @Field({ nullable: true, description: 'From this instant (inclusive).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Before this instant (exclusive).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditLogFilter)
  filter?: AuditLogFilter;
}
