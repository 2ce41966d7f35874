import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { SurveyQuestionKind } from '../campaigns.enums';

@ObjectType()
export class SurveyQuestion {
  @Field(() => ID, { description: 'Stable within the survey (q1, q2, …).' })
  id: string;

  @Field(() => SurveyQuestionKind)
  kind: SurveyQuestionKind;

  @Field()
  prompt: string;

  @Field(() => [String], { description: 'The choices of a single or multiple choice question.' })
  options: string[];
}

/** A survey attached to a campaign; its questions never change once it exists, so answers stay comparable. */
@ObjectType()
@Entity()
@Index('survey_organisation_campaign_idx', ['organisationId', 'campaignId', 'createdAt'])
export class Survey {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Field(() => ID)
  @Column('uuid')
  campaignId: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field({ description: 'Results never show who answered what.' })
  @Column({ type: 'boolean', default: false })
  anonymous: boolean;

  @Field(() => [SurveyQuestion])
  @Column({ type: 'jsonb' })
  questions: SurveyQuestion[];

  @Field(() => Date, { nullable: true, description: 'Answers can be given and edited until then.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
