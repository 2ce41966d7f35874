import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * What the directory knows of a member beyond the membership itself: its own id for them
 * (`externalId`). A SCIM User is a membership; this row exists once the directory has touched it.
 */
@Entity()
@Index('scim_user_organisation_external_idx', ['organisationId', 'externalId'], {
  unique: true,
  where: '"external_id" IS NOT NULL',
})
export class ScimUser {
  @PrimaryColumn('uuid')
  organisationId: string;

  @PrimaryColumn('uuid')
  membershipId: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  externalId: string | null;

  /** The directory created the person's account (so it may also change their name and e-mail). */
  @Column({ default: false })
  accountCreated: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
