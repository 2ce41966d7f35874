import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** The charity's interview guide, the default for every new round. */
export const DEFAULT_INTERVIEW_GUIDE = ['What did you share?', 'What stopped you?', 'What would help?'];

/** One round of buddy interviews: its number and the questions the pairs ask each other. */
@ObjectType()
@Entity()
@Unique('buddy_round_organisation_campaign_round_key', ['organisationId', 'campaignId', 'round'])
export class BuddyRound {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Field(() => ID)
  @Column('uuid')
  campaignId: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  round: number;

  @Field(() => [String], { description: 'The interview guide: the questions the pair ask each other.' })
  @Column({ type: 'text', array: true, default: '{}' })
  questions: string[];

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
