import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ShareChannel, ShareForm } from '../campaigns.enums';

/**
 * Something a participant shared outside the internal network (internal
 * shares are community posts, read from the community when metrics are
 * computed). A URL is logged once per organisation.
 */
@ObjectType()
@Entity()
@Unique('campaign_share_organisation_url_key', ['organisationId', 'url'])
@Index('campaign_share_organisation_member_shared_idx', ['organisationId', 'membershipId', 'sharedOn'])
@Index('campaign_share_organisation_campaign_shared_idx', ['organisationId', 'campaignId', 'sharedOn'])
export class CampaignShare {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Field(() => ID)
  @Column('uuid')
  campaignId: string;

  @Field(() => ID, { description: 'Who shared.' })
  @Column('uuid')
  membershipId: string;

  @Field(() => ShareChannel)
  @Column({ type: 'varchar', length: 20 })
  channel: ShareChannel;

  @Field(() => ShareForm)
  @Column({ type: 'varchar', length: 20 })
  form: ShareForm;

  @Field()
  @Column({ type: 'varchar', length: 2000 })
  url: string;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field({ description: 'Day shared (YYYY-MM-DD, UTC).' })
  @Column({ type: 'date' })
  sharedOn: string;

  @Field({ description: 'Shared outside before the campaign started, recorded so the baseline counts it.' })
  @Column({ type: 'boolean', default: false })
  baseline: boolean;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  likes: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  comments: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  reshares: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  views: number;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
