import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RetentionKind } from './retention-kind';

/**
 * One kind of record's retention in one organisation: the period an admin chose
 * (none: the default) and what the last scheduled run removed. A row appears when
 * an admin sets a period or the job first runs for the organisation.
 */
@Entity()
export class RetentionPolicy {
  @PrimaryColumn('uuid')
  organisationId: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  kind: RetentionKind;

  /** The organisation's choice in days; null keeps the default of `RETENTION_RULES`. */
  @Column({ type: 'int', nullable: true })
  days: number | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  changedAt: Date | null;

  /** The `now` of the last run that enforced this period. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastRunAt: Date | null;

  /** Records that run deleted. */
  @Column({ type: 'int', default: 0 })
  lastRemoved: number;
}
