import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ScoreParts } from '../engine/types';

/**
 * One stored, explained suggestion: a volunteer (membership) who matches an
 * open task. Rows are replaced by the matching worker whenever the volunteer
 * or the task changes; the unique key makes every recompute an upsert.
 */
@Entity()
@Unique('match_suggestion_organisation_member_task_key', ['organisationId', 'membershipId', 'taskId'])
@Index('match_suggestion_organisation_task_score_idx', ['organisationId', 'taskId', 'score'])
export class MatchSuggestion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column('uuid')
  membershipId: string;

  @Column('uuid')
  taskId: string;

  @Column({ type: 'double precision' })
  score: number;

  @Column({ type: 'jsonb' })
  parts: ScoreParts;

  @Column({ type: 'text' })
  explanation: string;

  @Column({ type: 'timestamptz', precision: 3 })
  computedAt: Date;
}
