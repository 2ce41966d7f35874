import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ShareChannel } from '../campaigns.enums';

/** Followers of one of the organisation's own channels on a day; one figure per channel and day. */
@ObjectType()
@Entity()
@Unique('follower_snapshot_organisation_channel_day_key', ['organisationId', 'channel', 'takenOn'])
export class FollowerSnapshot {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Field(() => ShareChannel)
  @Column({ type: 'varchar', length: 20 })
  channel: ShareChannel;

  @Field()
  @Column({ type: 'date' })
  takenOn: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  followers: number;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
