import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

@ObjectType()
export class SurveyAnswer {
  @Field(() => ID)
  questionId: string;

  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => [String], { nullable: true })
  choices?: string[] | null;

  @Field(() => Int, { nullable: true })
  scale?: number | null;
}

/**
 * One person's answers to one survey. The respondent is stored even for an
 * anonymous survey (once per person, editable) but never shown in its results.
 */
@ObjectType()
@Entity()
@Unique('survey_response_organisation_survey_member_key', ['organisationId', 'surveyId', 'membershipId'])
export class SurveyResponse {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Field(() => ID)
  @Column('uuid')
  surveyId: string;

  @Column('uuid')
  membershipId: string;

  @Field(() => [SurveyAnswer])
  @Column({ type: 'jsonb' })
  answers: SurveyAnswer[];

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
