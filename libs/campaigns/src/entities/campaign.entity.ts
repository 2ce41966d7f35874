import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CampaignAudience, CampaignCadence, ShareChannel } from '../campaigns.enums';

/**
 * A sharing experiment. Dates are calendar days (UTC) and `endsOn` is
 * inclusive; periods follow from `startsOn` and the cadence, so they can never
 * overlap or leave gaps.
 */
@ObjectType()
@Entity()
@Index('campaign_organisation_starts_idx', ['organisationId', 'startsOn', 'id'])
export class Campaign {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => [String], { description: 'What the experiment wants to learn; each is measured in the report.' })
  @Column({ type: 'text', array: true, default: '{}' })
  aims: string[];

  @Field({ description: 'First day (YYYY-MM-DD, UTC).' })
  @Column({ type: 'date' })
  startsOn: string;

  @Field({ description: 'Last day, inclusive (YYYY-MM-DD, UTC).' })
  @Column({ type: 'date' })
  endsOn: string;

  @Field(() => CampaignCadence)
  @Column({ type: 'varchar', length: 10, default: CampaignCadence.MONTHLY })
  cadence: CampaignCadence;

  @Field(() => Int, { description: 'Shares each participant aims for in each period.' })
  @Column({ type: 'int', default: 1 })
  targetPerPeriod: number;

  @Field(() => CampaignAudience)
  @Column({ type: 'varchar', length: 10, default: CampaignAudience.EVERYONE })
  audience: CampaignAudience;

  @Field(() => [ID], {
    description: 'The participants when the audience is PEOPLE (added to the groups’ with GROUPS).',
  })
  @Column({ type: 'uuid', array: true, default: '{}' })
  participantMemberIds: string[];

  @Field(() => [ID], { description: 'The community groups whose members take part when the audience is GROUPS.' })
  @Column({ type: 'uuid', array: true, default: '{}' })
  participantGroupIds: string[];

  @Field(() => [ShareChannel], { description: 'Channels whose shares count.' })
  @Column({ type: 'text', array: true })
  channels: ShareChannel[];

  @Field(() => String, {
    nullable: true,
    description:
      'Community posts count as internal shares when they carry this hashtag (lower-case, without #). Null: every post everyone may see counts, as before hashtags existed.',
  })
  @Column({ type: 'varchar', length: 50, nullable: true })
  hashtag: string | null;

  @Column('uuid')
  createdByMembershipId: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
