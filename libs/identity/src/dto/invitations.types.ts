import { Role } from '@crowdcomms/request-context';
import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEmail, IsEnum, MaxLength } from 'class-validator';
import { Invitation } from '../entities/invitation.entity';
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

/** Most rows one `inviteMembers` call takes: a pilot's list, in one request. */
export const MAX_BULK_INVITATIONS = 200;

/** What happened to one row of a bulk invitation. */
export enum InvitationRowCode {
  /** Invited: the e-mail is on its way. */
  INVITED = 'INVITED',
  /** The e-mail address is not one. */
  INVALID_EMAIL = 'INVALID_EMAIL',
  /** Another field is wrong (a role, or a department, grade or location too long); see `field`. */
  INVALID_ROW = 'INVALID_ROW',
  /** The same address is on an earlier row of the list. */
  DUPLICATE_IN_LIST = 'DUPLICATE_IN_LIST',
  /** This person is already a member. */
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  /** The department is not one the organisation uses, and the call did not name it as new. */
  UNKNOWN_DEPARTMENT = 'UNKNOWN_DEPARTMENT',
  /** The organisation's invitations for this hour are used up; see `retryAfter`. */
  RATE_LIMITED = 'RATE_LIMITED',
}
registerEnumType(InvitationRowCode, {
  name: 'InvitationRowCode',
  description: 'What happened to one row of a bulk invitation.',
});

@ObjectType()
export class InvitationRowResult {
  @Field(() => Int, { description: 'The row’s position in the list, from 1.' })
  row: number;

  @Field({ description: 'The address as given (lower-cased and trimmed when valid).' })
  email: string;

  @Field(() => InvitationRowCode)
  code: InvitationRowCode;

  @Field({ description: 'What happened, in plain words.' })
  message: string;

  @Field(() => String, { nullable: true, description: 'The field at fault, when one is.' })
  field: string | null;

  @Field(() => Int, { nullable: true, description: 'RATE_LIMITED: seconds until invitations can be sent again.' })
  retryAfter: number | null;

  @Field(() => Invitation, { nullable: true })
  invitation: Invitation | null;
}
