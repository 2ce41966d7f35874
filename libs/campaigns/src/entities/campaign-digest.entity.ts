import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * The curation of one period: comms may pick highlights and add a note until
 * the worker publishes it (a community post and an e-mail to participants).
 */
@ObjectType()
@Entity()
@Unique('campaign_digest_organisation_campaign_period_key', ['organisationId', 'campaignId', 'periodIndex'])
export class CampaignDigest {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Field(() => ID)
  @Column('uuid')
  campaignId: string;

  @Field(() => Int, { description: '1-based.' })
  @Column({ type: 'int' })
  periodIndex: number;

  @Field(() => [ID], { description: 'Shares shown first.' })
  @Column({ type: 'uuid', array: true, default: '{}' })
  highlightShareIds: string[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'The digest as published.' })
  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Field(() => ID, { nullable: true, description: 'The community post it was published as.' })
  @Column({ type: 'uuid', nullable: true })
  postId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When comms last unpublished it (its post removed); the worker then leaves it until published again.',
  })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  unpublishedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who last unpublished it.' })
  @Column({ type: 'uuid', nullable: true })
  unpublishedByMembershipId: string | null;

  @Field(() => Int, { description: 'Publications of this period that failed (each is retried).' })
  @Column({ type: 'int', default: 0 })
  failedAttempts: number;

  @Field(() => String, { nullable: true, description: 'Why the last attempt to publish failed, until one succeeds.' })
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true, description: 'When the last attempt to publish failed, until one succeeds.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastFailedAt: Date | null;
}
