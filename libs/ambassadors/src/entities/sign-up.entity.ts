import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** The intake pipeline: APPLIED → TALKED → ACTIVE → PAUSED | WITHDRAWN | DECLINED (see pipeline.ts). */
export enum SignUpStatus {
  APPLIED = 'APPLIED',
  TALKED = 'TALKED',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  WITHDRAWN = 'WITHDRAWN',
  DECLINED = 'DECLINED',
}
registerEnumType(SignUpStatus, {
  name: 'SignUpStatus',
  description: 'APPLIED → TALKED → ACTIVE → PAUSED | WITHDRAWN | DECLINED.',
});

/** Where a volunteer already shows up online, as the intake conversation records it (OTHER: see `intakeChannelsOther`). */
export enum OnlineChannel {
  BLOG = 'BLOG',
  LINKEDIN = 'LINKEDIN',
  X_TWITTER = 'X_TWITTER',
  INSTAGRAM = 'INSTAGRAM',
  FACEBOOK = 'FACEBOOK',
  TIKTOK = 'TIKTOK',
  YOUTUBE = 'YOUTUBE',
  PODCAST = 'PODCAST',
  NEWSLETTER = 'NEWSLETTER',
  OTHER = 'OTHER',
}
registerEnumType(OnlineChannel, { name: 'OnlineChannel', description: 'Where a volunteer already shows up online.' });

/** How confident the volunteer said they are in one skill (1–5), at intake. */
export interface IntakeConfidenceEntry {
  skillId: string;
  level: number;
}

/**
 * A colleague's answer to an ambassador call. One per person per call: the
 * unique key enforces it, whatever the concurrency.
 */
@ObjectType()
@Entity()
@Unique('sign_up_organisation_call_member_key', ['organisationId', 'callId', 'membershipId'])
@Index('sign_up_organisation_call_status_created_idx', ['organisationId', 'callId', 'status', 'createdAt', 'id'])
@Index('sign_up_organisation_status_created_idx', ['organisationId', 'status', 'createdAt', 'id'])
@Index('sign_up_organisation_member_idx', ['organisationId', 'membershipId'])
@Check('sign_up_hours', `"available_hours_per_month" IS NULL OR "available_hours_per_month" BETWEEN 0 AND 200`)
@Check('sign_up_intake_hours', `"intake_hours_per_month" IS NULL OR "intake_hours_per_month" BETWEEN 0 AND 200`)
export class SignUp {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Field(() => ID)
  @Column('uuid')
  callId: string;

  @Field(() => ID, { name: 'memberId' })
  @Column('uuid')
  membershipId: string;

  @Field({ description: 'Why I want to help.' })
  @Column({ type: 'text' })
  motivation: string;

  @Field({ description: 'My ideas for what comms could do differently.' })
  @Column({ type: 'text', default: '' })
  ideas: string;

  @Field({ description: 'When I can help, in my words (e.g. "Tuesday afternoons").' })
  @Column({ type: 'text', default: '' })
  availability: string;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'smallint', nullable: true })
  availableHoursPerMonth: number | null;

  @Field(() => SignUpStatus)
  @Column({ type: 'varchar', length: 10, default: SignUpStatus.APPLIED })
  status: SignUpStatus;

  @Field()
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  statusChangedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When they first became an active ambassador.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  activatedAt: Date | null;

  // The structured intake (recorded by comms, read through the `intake` field's rules, see SignUpIntake).

  @Column({ type: 'varchar', length: 20, array: true, default: '{}' })
  intakeChannels: OnlineChannel[];

  /** What OTHER stands for, in the volunteer's words. */
  @Column({ type: 'varchar', length: 200, default: '' })
  intakeChannelsOther: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  intakeConfidence: IntakeConfidenceEntry[];

  @Column({ type: 'text', default: '' })
  intakeWantsToDo: string;

  @Column({ type: 'smallint', nullable: true })
  intakeHoursPerMonth: number | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  intakeRecordedAt: Date | null;

  /** When the volunteer agreed to copy the intake's confidence and hours to their profile (since it was last recorded). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  intakeCopiedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
