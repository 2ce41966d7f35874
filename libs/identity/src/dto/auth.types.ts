import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { Membership } from '../entities/membership.entity';
import { Organisation } from '../entities/organisation.entity';
import { User } from '../entities/user.entity';

const normaliseEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

@InputType()
export class SignUpInput {
  @Field()
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;

  @Field({ description: 'At least 10 characters, not a common password.' })
  @IsString()
  @MaxLength(200)
  password: string;

  @Field()
  @IsString()
  @Length(1, 120)
  displayName: string;

  @Field({ description: 'The organisation to create; you become its admin.' })
  @IsString()
  @Length(2, 120)
  organisationName: string;
}

@InputType()
export class LoginInput {
  @Field()
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MaxLength(200)
  password: string;

  @Field(() => ID, { nullable: true, description: 'Organisation to sign in to; defaults to your first one.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(200)
  currentPassword: string;

  @Field()
  @IsString()
  @MaxLength(200)
  newPassword: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @MaxLength(200)
  token: string;

  @Field({ description: 'A new password (new users) or your current one (existing users).' })
  @IsString()
  @MaxLength(200)
  password: string;

  @Field({ nullable: true, description: 'Required for new users.' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  displayName?: string;
}

@ObjectType({ description: 'A signed-in session: tokens plus who and where you are.' })
export class AuthPayload {
  @Field({ description: `Short-lived bearer token for the Authorization header.` })
  accessToken: string;

  @Field()
  accessTokenExpiresAt: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'Single-use; exchange it with `refresh` for a new pair. Null for the web app, which gets it as an HttpOnly cookie.',
  })
  refreshToken: string | null;

  @Field(() => User)
  user: User;

  @Field(() => Organisation)
  organisation: Organisation;

  @Field(() => Membership)
  member: Membership;
}

/**
 * Each part is read when the query asks for it (a client checking who is signed in often wants only the member),
 * so a part is a promise: GraphQL waits for the ones it selects.
 */
@ObjectType({ description: 'The caller: who they are, where they are signed in, and where else they belong.' })
export class Me {
  @Field(() => User)
  user: Promise<User>;

  @Field(() => Organisation)
  organisation: Promise<Organisation>;

  @Field(() => Membership)
  member: Promise<Membership>;

  @Field(() => [Organisation], { description: 'Every organisation you are an active member of.' })
  organisations: Promise<Organisation[]>;
}
