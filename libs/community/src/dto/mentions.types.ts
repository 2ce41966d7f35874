import { Membership } from '@crowdcomms/identity';
import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { MentionProblem } from '../mentions';

registerEnumType(MentionProblem, {
  name: 'MentionProblem',
  description: 'Why an @mention notified no one.',
  valuesMap: {
    AMBIGUOUS: { description: 'More than one person has that name: write their full name (@Marie.Curie).' },
    NOT_FOUND: { description: 'No active member has that name.' },
    CANNOT_SEE: { description: 'The person cannot see where it was written (a private group they are not in).' },
  },
});

/** An @mention that reached no one, told to the author. */
@ObjectType()
export class UnresolvedMention {
  @Field({ description: 'As written, with its @.' })
  text: string;

  @Field(() => MentionProblem)
  problem: MentionProblem;

  @Field(() => Int, { description: 'How many active members have that name.' })
  matches: number;
}

/** Someone a mention being typed may mean, and how to write it. */
@ObjectType()
export class MentionSuggestion {
  @Field(() => Membership)
  member: Membership;

  @Field({ description: 'The mention to insert, without its @: the full name, words joined by dots (Marie.Curie).' })
  mention: string;
}

@ArgsType()
export class MentionSuggestionsArgs {
  @Field({ description: 'What follows the @ so far (a first name, a surname or the start of either).' })
  @IsString()
  @MaxLength(80)
  prefix: string;

  @Field(() => ID, { nullable: true, description: 'Writing in this group: only people who can read it.' })
  @IsOptional()
  @IsUUID()
  groupId?: string | null;

  @Field(() => Int, { defaultValue: 8 })
  @IsInt()
  @Min(1)
  @Max(20)
  first: number;
}
