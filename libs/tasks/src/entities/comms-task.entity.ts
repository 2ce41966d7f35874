import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum CommsTaskKind {
  SOCIAL_ACCOUNT = 'SOCIAL_ACCOUNT',
  CONTENT_TIDY_UP = 'CONTENT_TIDY_UP',
  WORKSHOP = 'WORKSHOP',
  CONTENT_CREATION = 'CONTENT_CREATION',
  OTHER = 'OTHER',
}
registerEnumType(CommsTaskKind, { name: 'CommsTaskKind' });

/** DRAFT → OPEN → FILLED → DONE | CANCELLED; OPEN ⇄ FILLED follows the seats, in the same statement. */
export enum CommsTaskStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  FILLED = 'FILLED',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(CommsTaskStatus, {
  name: 'CommsTaskStatus',
  description: 'DRAFT → OPEN → FILLED → DONE | CANCELLED; OPEN and FILLED follow the seats.',
});

/** numeric ⇄ number: pg returns numeric as a string. */
const decimal = { to: (v: number | null) => v, from: (v: string | null) => (v == null ? null : Number(v)) };

/**
 * A piece of comms work volunteers can take. `seatsTaken` counts accepted and
 * completed assignments; it only ever changes through conditional UPDATEs
 * (see seats.sql.ts), and a CHECK keeps it within `seats` as a last line.
 */
@ObjectType()
@Entity()
@Index('comms_task_organisation_status_created_idx', ['organisationId', 'status', 'createdAt', 'id'])
@Index('comms_task_organisation_created_idx', ['organisationId', 'createdAt', 'id'])
@Check('comms_task_seats', `"seats" >= 1 AND "seats_taken" >= 0 AND "seats_taken" <= "seats"`)
@Check('comms_task_effort', `"effort_hours" > 0`)
@Check(
  'comms_task_attendees',
  `"attendees_registered" >= 0 AND ("attendee_capacity" IS NULL OR "attendees_registered" <= "attendee_capacity")`,
)
@Check('comms_task_dates', `"starts_at" IS NULL OR "due_at" IS NULL OR "starts_at" <= "due_at"`)
export class CommsTask {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Field()
  @Column({ length: 200 })
  title: string;

  @Field(() => CommsTaskKind)
  @Column({ type: 'varchar', length: 20 })
  kind: CommsTaskKind;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => Float, { description: 'Hours of work per volunteer.' })
  @Column({ type: 'numeric', precision: 6, scale: 1, transformer: decimal })
  effortHours: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  seats: number;

  @Field(() => Int, { description: 'Seats taken by accepted (and completed) assignments.' })
  @Column({ type: 'int', default: 0 })
  seatsTaken: number;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  startsAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  dueAt: Date | null;

  @Field()
  @Column({ default: true })
  remote: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 160, nullable: true })
  location: string | null;

  @Field(() => String, { nullable: true, description: 'The link to join online (a workshop held online).' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  onlineLink: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Workshops: how many attendees may register (apart from the facilitators’ seats); null takes none.',
  })
  @Column({ type: 'int', nullable: true })
  attendeeCapacity: number | null;

  @Field(() => Int, { description: 'Workshops: attendees holding a place (never above the capacity).' })
  @Column({ type: 'int', default: 0 })
  attendeesRegistered: number;

  @Field({
    description: 'Volunteers may take this up directly: a seat is theirs at once, without waiting for an offer.',
  })
  @Column({ default: false })
  takeUpDirectly: boolean;

  @Field(() => CommsTaskStatus)
  @Column({ type: 'varchar', length: 10, default: CommsTaskStatus.DRAFT })
  status: CommsTaskStatus;

  @Column('uuid')
  createdByMembershipId: string;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  openedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the last seat was first taken.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  filledAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;

  /** The iCalendar SEQUENCE of the task's event: raised by a database trigger when what the event shows changes. */
  @Column({ type: 'int', default: 0 })
  calendarSequence: number;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Field(() => Int)
  get seatsFree(): number {
    return Math.max(0, this.seats - this.seatsTaken);
  }

  @Field(() => Int, { nullable: true, description: 'Workshops: attendee places still free (null without a capacity).' })
  get attendeePlacesLeft(): number | null {
    return this.attendeeCapacity == null ? null : Math.max(0, this.attendeeCapacity - this.attendeesRegistered);
  }
}
