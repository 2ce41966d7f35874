import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * SUGGESTED (by matching) / INTERESTED (the member asked) → OFFERED (by comms)
 * → ACCEPTED | DECLINED | WITHDRAWN → COMPLETED. WAITLISTED: interested in a
 * full task; the first in line gets the next freed seat (→ ACCEPTED). A task
 * comms let volunteers take up directly goes straight to ACCEPTED.
 */
export enum AssignmentStatus {
  SUGGESTED = 'SUGGESTED',
  INTERESTED = 'INTERESTED',
  WAITLISTED = 'WAITLISTED',
  OFFERED = 'OFFERED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
  COMPLETED = 'COMPLETED',
}
registerEnumType(AssignmentStatus, { name: 'AssignmentStatus' });

/** Statuses in which a member is still attached to a task: at most one such row per member and task. */
export const LIVE_ASSIGNMENT_STATUSES = [
  AssignmentStatus.SUGGESTED,
  AssignmentStatus.INTERESTED,
  AssignmentStatus.WAITLISTED,
  AssignmentStatus.OFFERED,
  AssignmentStatus.ACCEPTED,
  AssignmentStatus.COMPLETED,
] as const;

export enum AssignmentParty {
  MEMBER = 'MEMBER',
  COMMS = 'COMMS',
}
registerEnumType(AssignmentParty, { name: 'AssignmentParty' });

/** numeric ⇄ number: pg returns numeric as a string. */
const decimal = { to: (v: number | null) => v, from: (v: string | null) => (v == null ? null : Number(v)) };

/** A member on a task. `score`/`explanation` are filled by the matching module. */
@ObjectType()
@Entity()
@Index('assignment_organisation_task_member_live_key', ['organisationId', 'taskId', 'membershipId'], {
  unique: true,
  where: `"status" IN ('SUGGESTED', 'INTERESTED', 'WAITLISTED', 'OFFERED', 'ACCEPTED', 'COMPLETED')`,
})
@Index('assignment_organisation_task_status_idx', ['organisationId', 'taskId', 'status', 'waitlistedAt', 'id'])
@Index('assignment_organisation_member_created_idx', ['organisationId', 'membershipId', 'createdAt', 'id'])
@Index('assignment_organisation_created_idx', ['organisationId', 'createdAt', 'id'])
export class Assignment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Field(() => ID)
  @Column('uuid')
  taskId: string;

  @Field(() => ID, { name: 'memberId' })
  @Column('uuid')
  membershipId: string;

  @Field(() => AssignmentStatus)
  @Column({ type: 'varchar', length: 12 })
  status: AssignmentStatus;

  @Field(() => Float, { nullable: true, description: 'Fit from the matching service (0–1), when it suggested this.' })
  @Column({ type: 'real', nullable: true })
  score: number | null;

  @Field(() => String, { nullable: true, description: 'Why matching suggested this, in words.' })
  @Column({ type: 'text', nullable: true })
  explanation: string | null;

  @Field(() => String, { nullable: true, description: 'The note comms sent with the offer.' })
  @Column({ type: 'text', nullable: true })
  offerMessage: string | null;

  @Column({ type: 'uuid', nullable: true })
  offeredByMembershipId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  offeredAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the member joined the waitlist (first come, first served).' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  waitlistedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  acceptedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  declinedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  declineReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  withdrawnAt: Date | null;

  @Field(() => AssignmentParty, { nullable: true })
  @Column({ type: 'varchar', length: 10, nullable: true })
  withdrawnBy: AssignmentParty | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  withdrawReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  completedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Comms’ feedback to the volunteer.' })
  @Column({ type: 'text', nullable: true })
  feedback: string | null;

  @Field(() => String, { nullable: true, description: 'What the volunteer did, in their completion report.' })
  @Column({ type: 'text', nullable: true })
  workDone: string | null;

  @Field(() => String, { nullable: true, description: 'What came of it.' })
  @Column({ type: 'text', nullable: true })
  impact: string | null;

  @Field(() => Float, { nullable: true, description: 'Hours contributed, recorded on completion.' })
  @Column({ type: 'numeric', precision: 6, scale: 1, nullable: true, transformer: decimal })
  hoursContributed: number | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When comms endorsed the completion (their feedback and endorsed skills go with it).',
  })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  endorsedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  endorsedByMembershipId: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
