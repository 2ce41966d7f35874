import { Field, Int, ObjectType } from '@nestjs/graphql';

/** One row of the completeness report: counts only, never people. */
@ObjectType()
export class DepartmentCompleteness {
  @Field(() => String, { nullable: true, description: 'The department; null for the row pooling small departments.' })
  department: string | null;

  @Field({ description: 'What to call the row ("Finance", "No department", "Other departments …").' })
  label: string;

  @Field(() => Int, { description: 'How many departments the row covers (1 unless it pools the small ones).' })
  departments: number;

  @Field(() => Int, { nullable: true, description: 'Active members; null when fewer than five (no figures then).' })
  members: number | null;

  @Field(() => Int, { nullable: true, description: 'Members whose profile is at least 50 % complete.' })
  atLeastHalf: number | null;

  @Field(() => Int, { nullable: true, description: 'Average completeness, 0–100.' })
  averageScore: number | null;

  @Field(() => Int, { nullable: true, description: 'Median completeness, 0–100.' })
  medianScore: number | null;
}

@ObjectType()
export class CompletenessReport {
  @Field(() => Int, {
    description: 'Departments smaller than this are pooled; a pool smaller than this has no figures.',
  })
  minimumGroupSize: number;

  @Field(() => [DepartmentCompleteness], { description: 'Largest departments first; the pooled small ones last.' })
  departments: DepartmentCompleteness[];
}
