import { AnnouncementEvent } from '@crowdcomms/queue';
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AnnouncementDestination, AnnouncementDestinationKind } from '../announcement-destination.entity';

@InputType()
export class CreateAnnouncementDestinationInput {
  @Field({ description: 'What to call it, e.g. "Comms team channel" (1–80 characters).' })
  @IsString()
  @MaxLength(80, { message: 'A name can be at most 80 characters' })
  name: string;

  @Field(() => AnnouncementDestinationKind)
  @IsEnum(AnnouncementDestinationKind)
  kind: AnnouncementDestinationKind;

  @Field({
    description:
      'The https webhook URL from Teams, Slack or the receiving system. Stored encrypted, never shown again.',
  })
  @IsString()
  @MaxLength(2048, { message: 'A webhook URL can be at most 2048 characters' })
  url: string;

  @Field(() => [AnnouncementEvent], { description: 'What it announces.' })
  @IsEnum(AnnouncementEvent, { each: true })
  @ArrayMaxSize(10)
  events: AnnouncementEvent[];
}

@InputType()
export class UpdateAnnouncementDestinationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an announcement destination id' })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(80, { message: 'A name can be at most 80 characters' })
  name?: string;

  @Field({ nullable: true, description: 'A new webhook URL (a generic webhook keeps its signing secret).' })
  @IsOptional()
  @IsString()
  @MaxLength(2048, { message: 'A webhook URL can be at most 2048 characters' })
  url?: string;

  @Field(() => [AnnouncementEvent], { nullable: true })
  @IsOptional()
  @IsEnum(AnnouncementEvent, { each: true })
  @ArrayMaxSize(10)
  events?: AnnouncementEvent[];
}

@ObjectType()
export class CreatedAnnouncementDestination {
  @Field(() => AnnouncementDestination)
  destination: AnnouncementDestination;

  @Field(() => String, {
    nullable: true,
    description:
      'A generic webhook’s signing secret, shown this once: the receiver checks X-Crowdcomms-Signature with it. Null for Teams and Slack.',
  })
  signingSecret: string | null;
}
