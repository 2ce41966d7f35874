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
 * One person's answers to one survey, once per person (editable while open).
 * An anonymous survey's responses do not store the member: only the keyed hash
 * `respondentKey` (respondent-key.ts) says a response is someone's.
 */
@ObjectType()
@Entity()
@Unique('survey_response_organisation_survey_respondent_key', ['organisationId', 'surveyId', 'respondentKey'])
export class SurveyResponse {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Field(() => ID)
  @Column('uuid')
  surveyId: string;

  /** Null for an anonymous survey. */
  @Column({ type: 'uuid', nullable: true })
  membershipId: string | null;

  @Column({ type: 'varchar', length: 64 })
  respondentKey: string;

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
