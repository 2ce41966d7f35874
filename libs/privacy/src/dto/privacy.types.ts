import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class MemberErasureArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'memberId must be a member id' })
  memberId: string;
}

@ArgsType()
export class CancelErasureArgs {
  @Field(() => ID, { nullable: true, description: 'An admin calls off a member’s erasure; by default, your own.' })
  @IsOptional()
  @IsUUID('all', { message: 'memberId must be a member id' })
  memberId?: string;
}
