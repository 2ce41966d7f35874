import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The pair's shared thread: only its members read and write it. */
@ObjectType()
@Entity()
@Index('buddy_message_organisation_pair_created_idx', ['organisationId', 'pairId', 'createdAt', 'id'])
export class BuddyMessage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Field(() => ID)
  @Column('uuid')
  pairId: string;

  @Field(() => ID)
  @Column('uuid')
  authorMembershipId: string;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
