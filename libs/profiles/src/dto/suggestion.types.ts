import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';

@InputType()
export class AcceptSkillSuggestionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'suggestionId must be a suggestion id' })
  suggestionId: string;

  @Field(() => Int, { description: '1 aware, 2 beginner, 3 competent, 4 proficient, 5 expert.' })
  @IsInt()
  @Min(1, { message: 'level must be between 1 and 5' })
  @Max(5, { message: 'level must be between 1 and 5' })
  level: number;
}

@InputType()
export class DismissSkillSuggestionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'suggestionId must be a suggestion id' })
  suggestionId: string;
}
