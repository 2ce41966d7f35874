import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum PrivacyRequestKind {
  /** "Download my data" (UK GDPR Art. 15 and 20). */
  EXPORT = 'EXPORT',
  /** "Erase me" (Art. 17). */
  ERASURE = 'ERASURE',
}
registerEnumType(PrivacyRequestKind, { name: 'PrivacyRequestKind' });

export enum PrivacyRequestStatus {
  /** An export being built, or an erasure waiting for its cooling-off to end. */
  PENDING = 'PENDING',
  /** An export whose link has been e-mailed and not used yet. */
  READY = 'READY',
  /** An export downloaded (its archive is gone), or an erasure carried out. */
  COMPLETED = 'COMPLETED',
  /** An erasure called off during its cooling-off. */
  CANCELLED = 'CANCELLED',
  /** An erasure that could not be carried out (the person had become the only admin). */
  REFUSED = 'REFUSED',
}
registerEnumType(PrivacyRequestStatus, { name: 'PrivacyRequestStatus' });

/**
 * A person's request to download or erase what is held about them in one
 * organisation. Once an erasure is carried out the row is its receipt: the
 * person's id is cleared and only counts per table remain.
 */
@ObjectType()
@Entity()
@Index('privacy_request_member_idx', ['organisationId', 'membershipId', 'createdAt'])
// Asking for an export while one is being built gives that one: one job, one e-mail.
@Index('privacy_request_one_pending_export_key', ['organisationId', 'membershipId'], {
  unique: true,
  where: `"kind" = 'EXPORT' AND "status" = 'PENDING'`,
})
// One erasure waiting at a time per person.
@Index('privacy_request_one_pending_erasure_key', ['organisationId', 'membershipId'], {
  unique: true,
  where: `"kind" = 'ERASURE' AND "status" = 'PENDING'`,
})
@Index('privacy_request_token_hash_key', ['organisationId', 'tokenHash'], { unique: true })
@Index('privacy_request_due_idx', ['organisationId', 'notBefore'], { where: `"status" = 'PENDING'` })
export class PrivacyRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Field(() => PrivacyRequestKind)
  @Column({ type: 'varchar', length: 10 })
  kind: PrivacyRequestKind;

  @Field(() => PrivacyRequestStatus)
  @Column({ type: 'varchar', length: 10 })
  status: PrivacyRequestStatus;

  /** Whose data; cleared when an erasure is carried out. */
  @Column({ type: 'uuid', nullable: true })
  membershipId: string | null;

  /** The person themselves, or the admin who acted on their request; cleared with the person. */
  @Column({ type: 'uuid', nullable: true })
  requestedByMembershipId: string | null;

  /** An erasure is carried out no earlier than this (the cooling-off). */
  @Field(() => Date, {
    nullable: true,
    description: 'For an erasure: when it will be carried out, unless called off before.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  notBefore: Date | null;

  /** The hash of the download link's secret (never the secret). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  tokenHash: string | null;

  @Field(() => Date, { nullable: true, description: 'For an export: when its download link stops working.' })
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  /** The built export, kept only until it is downloaded or its link expires. */
  @Column({ type: 'jsonb', nullable: true })
  archive: Record<string, unknown> | null;

  /** For a carried-out erasure: rows erased or anonymised per table, and nothing about the person. */
  @Column({ type: 'jsonb', nullable: true })
  receipt: Record<string, unknown> | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
