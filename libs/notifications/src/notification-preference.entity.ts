import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A member's choices about e-mail from Crowdcomms. No row means the defaults:
 * a member who never opened their settings gets what the defaults promise.
 */
@ObjectType('NotificationSettings')
@Entity()
export class NotificationPreference {
  @PrimaryColumn('uuid')
  organisationId: string;

  @PrimaryColumn('uuid')
  membershipId: string;

  @Field({ description: 'E-mail me when comms publish a call looking for skills I have (default: yes).' })
  @Column({ default: true })
  emailAmbassadorCalls: boolean;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
