import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsArray, IsBoolean, IsOptional, IsString } from 'class-validator';

@ObjectType({ description: 'How the organisation’s people sign in with its own OpenID Connect provider.' })
export class SsoSettings {
  @Field({ description: 'The provider’s issuer URL, e.g. https://login.microsoftonline.com/<tenant>/v2.0.' })
  issuer: string;

  @Field()
  clientId: string;

  @Field({ description: 'Whether a client secret is stored (it is never shown again).' })
  clientSecretSet: boolean;

  @Field(() => [String], { description: 'Only people whose verified e-mail is in one of these domains may sign in.' })
  allowedDomains: string[];

  @Field(() => String, { nullable: true, description: 'The claim that names a person’s department.' })
  departmentClaim: string | null;

  @Field(() => String, { nullable: true, description: 'The claim that names a person’s grade.' })
  gradeClaim: string | null;

  @Field({ description: 'Passwords are refused for the organisation’s members, except the break-glass admin’s.' })
  requireSso: boolean;

  @Field(() => ID, { nullable: true, description: 'The admin who may still sign in with a password.' })
  breakGlassMemberId: string | null;

  @Field({ description: 'The redirect URI to register at the provider.' })
  redirectUri: string;

  @Field({ description: 'Where the organisation’s people start “Sign in with your organisation”.' })
  signInUrl: string;
}

@InputType()
export class ConfigureSsoInput {
  @Field({ description: 'The provider’s issuer URL (https).' })
  @IsString()
  issuer: string;

  @Field()
  @IsString()
  clientId: string;

  @Field(() => String, {
    nullable: true,
    description: 'Required the first time; leave out to keep the stored one. Stored encrypted, never returned.',
  })
  @IsOptional()
  @IsString()
  clientSecret?: string | null;

  @Field(() => [String], { description: 'E-mail domains allowed to sign in, e.g. ["harbourside.gov.uk"] (1–50).' })
  @IsArray()
  @IsString({ each: true })
  allowedDomains: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  departmentClaim?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  gradeClaim?: string | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  requireSso: boolean;

  @Field(() => ID, { nullable: true, description: 'An active admin; required when requireSso is true.' })
  @IsOptional()
  @IsString()
  breakGlassMemberId?: string | null;
}
