import { ApiToken, ApiTokenAccess, MAX_API_TOKEN_DAYS } from '@crowdcomms/identity';
import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';

@InputType()
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for, e.g. "Nightly HR export" (1–80 characters).' })
  @IsString()
  @MaxLength(80, { message: 'A token name can be at most 80 characters' })
  name: string;

  @Field(() => ApiTokenAccess)
  @IsEnum(ApiTokenAccess)
  access: ApiTokenAccess;

  @Field(() => Int, { description: `Days until it expires (1–${MAX_API_TOKEN_DAYS}).` })
  @IsInt()
  @Min(1, { message: 'A token must last at least a day' })
  @Max(MAX_API_TOKEN_DAYS, { message: `A token can last at most ${MAX_API_TOKEN_DAYS} days` })
  expiresInDays: number;
}

@ObjectType()
export class CreatedApiToken {
  @Field({
    description: 'The secret, shown this once: send it as `Authorization: Bearer <token>`. Only its hash is kept.',
  })
  token: string;

  @Field(() => ApiToken)
  apiToken: ApiToken;
}
