import { Role } from '@crowdcomms/request-context';
import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEmail, IsEnum, MaxLength } from 'class-validator';
import { MemberPlacementInput } from './members.types';

@InputType()
export class InviteMemberInput extends MemberPlacementInput {
  @Field()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;

  @Field(() => [Role], { description: 'Default: [MEMBER].', defaultValue: [Role.MEMBER] })
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsEnum(Role, { each: true })
  roles: Role[];
}
