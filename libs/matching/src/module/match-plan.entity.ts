import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum MatchPlanStatus {
  /** Queued; the worker runs the optimiser. */
  PENDING = 'PENDING',
  READY = 'READY',
  /** Its accepted lines were offered. */
  OFFERED = 'OFFERED',
  FAILED = 'FAILED',
}

/** One proposed assignment of a plan, and what happened when it was offered. */
export interface MatchPlanLineData {
  taskId: string;
  membershipId: string;
  score: number;
  explanation: string;
  /** Set by offerPlan: OFFERED, SKIPPED (not accepted) or FAILED (with `error`). */
  outcome?: 'OFFERED' | 'SKIPPED' | 'FAILED';
  assignmentId?: string;
  error?: string;
}

/** An organisation-wide assignment proposal from the optimiser, for comms to review and offer. */
@Entity()
@Index('match_plan_organisation_created_idx', ['organisationId', 'createdAt', 'id'])
export class MatchPlan {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column({ type: 'varchar', length: 10 })
  status: MatchPlanStatus;

  @Column('uuid')
  requestedByMembershipId: string;

  @Column({ type: 'varchar', length: 12, nullable: true })
  method: string | null;

  @Column({ type: 'double precision', nullable: true })
  total: number | null;

  @Column({ type: 'double precision', nullable: true })
  upperBound: number | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  lines: MatchPlanLineData[];

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  computedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  offeredAt: Date | null;
}
