import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A job recorded in the same transaction as the write that calls for it; the
 * relay moves it to BullMQ after commit. Infrastructure, not organisation data:
 * `organisationId` is kept for tracing only.
 */
@Entity()
@Index('outbox_entry_pending_idx', ['id'], { where: '"dispatched_at" IS NULL' })
export class OutboxEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ length: 60 })
  queue: string;

  @Column({ length: 60 })
  jobName: string;

  /** Stable BullMQ job id: the same logical job is never queued twice. */
  @Index('outbox_entry_job_id_key', { unique: true })
  @Column({ length: 200 })
  jobId: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
