import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A reminder sent (period ≥ 1) or a member's opt-out of a campaign's reminders (period 0). */
@Entity()
@Unique('campaign_reminder_organisation_campaign_period_member_key', [
  'organisationId',
  'campaignId',
  'periodIndex',
  'membershipId',
])
export class CampaignReminder {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column('uuid')
  campaignId: string;

  @Column({ type: 'int' })
  periodIndex: number;

  @Column('uuid')
  membershipId: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
