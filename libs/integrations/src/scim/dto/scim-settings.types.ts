import { Role } from '@crowdcomms/request-context';
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { ScimGroup } from '../scim-group.entity';

@ObjectType({ description: 'How the organisation’s directory (Entra ID, Okta…) provisions members over SCIM 2.0.' })
export class ScimSettings {
  @Field({ description: 'The SCIM base URL to enter in the directory: APP_URL/scim/v2.' })
  baseUrl: string;

  @Field(() => Date, { nullable: true, description: 'When the live SCIM token was made; null when there is none.' })
  tokenCreatedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the directory last used it, to the minute.' })
  tokenLastUsedAt: Date | null;

  @Field(() => [ScimGroup], { description: 'The groups the directory has pushed, and what each maps to.' })
  groups: ScimGroup[];
}

@ObjectType()
export class CreatedScimToken {
  @Field({
    description:
      'The secret, shown this once: the directory sends it as `Authorization: Bearer <token>`. Only its hash is kept.',
  })
  token: string;

  @Field({ description: 'The SCIM base URL: APP_URL/scim/v2.' })
  baseUrl: string;

  @Field()
  createdAt: Date;
}

@InputType()
export class MapScimGroupInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'groupId must be a directory group’s id' })
  groupId: string;

  @Field(() => Role, { nullable: true, description: 'COMMS or HR: its members hold the role while in the group.' })
  @IsOptional()
  @IsEnum(Role)
  role?: Role | null;

  @Field(() => ID, { nullable: true, description: 'A community group its members are joined to.' })
  @IsOptional()
  @IsUUID('all', { message: 'communityGroupId must be a community group’s id' })
  communityGroupId?: string | null;
}
