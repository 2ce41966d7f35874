import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * REGISTERED (holds one of the workshop's attendee places) or WAITLISTED (first
 * come, first served: the first in line is REGISTERED the moment a place frees);
 * CANCELLED by the attendee, or when comms cancel the workshop.
 */
export enum WorkshopRegistrationStatus {
  REGISTERED = 'REGISTERED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(WorkshopRegistrationStatus, {
  name: 'WorkshopRegistrationStatus',
  description: 'REGISTERED holds a place; WAITLISTED gets the next freed place, first come first served; CANCELLED.',
});

/**
 * A member's place at a workshop (a comms task of kind WORKSHOP), apart from
 * its facilitators' seats. The places taken are counted on the task
 * (`attendees_registered`) and change only through conditional UPDATEs, like
 * seats (see workshops.sql.ts); one live registration per member and workshop.
 */
@ObjectType()
@Entity()
@Index('workshop_registration_organisation_task_member_live_key', ['organisationId', 'taskId', 'membershipId'], {
  unique: true,
  where: `"status" IN ('REGISTERED', 'WAITLISTED')`,
})
@Index('workshop_registration_organisation_task_status_idx', [
  'organisationId',
  'taskId',
  'status',
  'waitlistedAt',
  'id',
])
@Index('workshop_registration_organisation_member_idx', ['organisationId', 'membershipId', 'createdAt', 'id'])
export class WorkshopRegistration {
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

  @Field(() => WorkshopRegistrationStatus)
  @Column({ type: 'varchar', length: 12 })
  status: WorkshopRegistrationStatus;

  @Field(() => Date, { nullable: true, description: 'When the place became theirs (at once, or off the waitlist).' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  registeredAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When they joined the waitlist (its order).' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  waitlistedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  cancelledAt: Date | null;

  /** When the day-before reminder went out: set once, in the transaction that queues it. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  remindedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  /** Place in the waitlist (1 = next), filled in by the service for WAITLISTED registrations. */
  @Field(() => Int, { nullable: true, description: 'Place in the waitlist (1 = next to get a place).' })
  waitlistPosition?: number | null;
}
