import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per member reminded to complete their profile, per calendar month
 * ("2026-12"): the key that makes the monthly reminder go out at most once,
 * however often the job runs.
 */
@Entity()
export class ProfileReminder {
  @PrimaryColumn('uuid')
  organisationId: string;

  @PrimaryColumn('uuid')
  membershipId: string;

  @PrimaryColumn({ type: 'varchar', length: 7 })
  month: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  sentAt: Date;
}
