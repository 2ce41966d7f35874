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

  @Field(() => [ID])
  @Column({ type: 'uuid', array: true })
  memberIds: string[];

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
