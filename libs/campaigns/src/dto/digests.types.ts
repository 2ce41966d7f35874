import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';

@InputType()
export class CurateDigestInput {
  @Field(() => ID)
  @IsUUID()
  campaignId: string;

  @Field(() => Int, { description: '1-based period number.' })
  @IsInt()
  @Min(1)
  periodIndex: number;

  @Field(() => [ID], { nullable: true, description: 'Shares of the period to show first.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  highlightShareIds?: string[];

  @Field(() => String, { nullable: true, description: 'A note from the comms lead, shown at the top.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}
