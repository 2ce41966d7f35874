import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength } from 'class-validator';

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The secret from the e-mailed link.' })
  @IsString()
  @MaxLength(200)
  token: string;

  @Field({ description: 'At least 10 characters, not a common password.' })
  @IsString()
  @MaxLength(200)
  newPassword: string;
}
