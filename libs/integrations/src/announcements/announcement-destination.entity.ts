import { AnnouncementEvent } from '@crowdcomms/queue';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum AnnouncementDestinationKind {
  TEAMS = 'TEAMS',
  SLACK = 'SLACK',
  GENERIC = 'GENERIC',
}
registerEnumType(AnnouncementDestinationKind, {
  name: 'AnnouncementDestinationKind',
  valuesMap: {
    TEAMS: {
      description:
        'A Microsoft Teams channel: the URL of a Teams workflow or incoming webhook; posts an Adaptive Card.',
    },
    SLACK: { description: 'A Slack channel: the URL of a Slack incoming webhook; posts text and blocks.' },
    GENERIC: { description: 'Any system: JSON posted with an HMAC-SHA256 signature header (X-Crowdcomms-Signature).' },
  },
});

registerEnumType(AnnouncementEvent, {
  name: 'AnnouncementEvent',
  valuesMap: {
    NEW_AMBASSADOR_CALL: { description: 'An ambassador call is opened: its title and link.' },
    TASK_NEEDS_VOLUNTEERS: { description: 'A task is opened and looking for volunteers: its title and a link.' },
    CAMPAIGN_DIGEST: { description: 'A campaign period’s digest is published: the campaign, the period and a link.' },
  },
});

export enum AnnouncementDeliveryStatus {
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(AnnouncementDeliveryStatus, { name: 'AnnouncementDeliveryStatus' });

/**
 * A channel where an organisation's announcements are posted, with what it announces and how its
 * deliveries went. Its URL (which is itself a credential: anyone holding a Teams or Slack webhook URL can
 * post there) and a generic webhook's signing secret are stored sealed (SecretBox), never in the clear.
 * After `PAUSE_AFTER_FAILURES` failed attempts in a row it pauses itself until an admin resumes it.
 */
@ObjectType()
@Entity()
@Index('announcement_destination_organisation_created_idx', ['organisationId', 'createdAt'])
export class AnnouncementDestination {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Field({ description: 'What the admin calls it, e.g. "Comms team channel".' })
  @Column({ length: 80 })
  name: string;

  @Field(() => AnnouncementDestinationKind)
  @Column({ type: 'varchar', length: 10 })
  kind: AnnouncementDestinationKind;

  @Field(() => [AnnouncementEvent], { description: 'What it announces; empty announces nothing.' })
  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  events: AnnouncementEvent[];

  /** The webhook URL, sealed. */
  @Column({ type: 'text' })
  sealedUrl: string;

  @Field({ description: 'The URL’s host, to recognise it by (the URL itself is a secret and never shown again).' })
  @Column({ length: 255 })
  urlHost: string;

  /** A generic webhook's HMAC signing secret, sealed (read back to sign each delivery). */
  @Column({ type: 'text', nullable: true })
  sealedSigningSecret: string | null;

  /** The signing secret it had before the last rotation, sealed; deliveries are signed with it too until it expires. */
  @Column({ type: 'text', nullable: true })
  sealedPreviousSigningSecret: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Set after the signing secret was rotated with an overlap: until then each delivery is also signed with the previous secret.',
  })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  previousSecretExpiresAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Set while it is paused: nothing is sent until an admin resumes it.',
  })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  pausedAt: Date | null;

  @Field(() => AnnouncementDeliveryStatus, { nullable: true, description: 'How the last delivery attempt went.' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  lastStatus: AnnouncementDeliveryStatus | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, in plain words.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastAttemptAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastSuccessAt: Date | null;

  @Field(() => Int, { description: 'Delivery attempts so far, retries included.' })
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Field(() => Int, { description: 'Failed attempts since the last success; it pauses itself at the limit.' })
  @Column({ type: 'int', default: 0 })
  consecutiveFailures: number;

  @Column('uuid')
  createdByMembershipId: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
