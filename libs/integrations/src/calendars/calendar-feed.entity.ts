import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A member's calendar subscription: the secret in its URL (`APP_URL/calendar/<secret>.ics`) opens their
 * own commitments, read-only, for calendar apps that cannot sign in. Only the secret's SHA-256 hash is
 * stored; a member has at most one live feed (making a new one revokes the old).
 */
@ObjectType()
@Entity()
@Index('calendar_feed_organisation_hash_idx', ['organisationId', 'hash'], { unique: true })
@Index('calendar_feed_organisation_member_idx', ['organisationId', 'membershipId', 'createdAt'])
export class CalendarFeed {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column('uuid')
  membershipId: string;

  @Column({ length: 64, select: false })
  hash: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revokedAt: Date | null;
}
