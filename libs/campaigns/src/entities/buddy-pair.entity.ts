import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Colleagues paired (or, once per odd round, grouped in three) to interview each other. */
@ObjectType()
@Entity()
@Index('buddy_pair_organisation_campaign_round_idx', ['organisationId', 'campaignId', 'round'])
export class BuddyPair {
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

  @Field(() => [ID], { description: 'Kept for compatibility: `members` gives their names and departments.' })
  @Column({ type: 'uuid', array: true })
  memberIds: string[];

  @Field(() => Date, { nullable: true, description: 'When the pair said they met for their interview.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  metAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who recorded the meeting (a member of the pair or comms).' })
  @Column({ type: 'uuid', nullable: true })
  metRecordedByMembershipId: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
