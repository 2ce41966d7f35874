import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The bearer credential an organisation's directory (Entra ID, Okta…) sends to `/scim/v2`. It names
 * its organisation and authorises nothing but SCIM provisioning there. Only its SHA-256 hash is stored;
 * at most one is live: rotating revokes the previous one at once.
 */
@Entity()
@Index('scim_token_organisation_hash_idx', ['organisationId', 'hash'], { unique: true })
@Index('scim_token_organisation_created_idx', ['organisationId', 'createdAt'])
export class ScimToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column({ length: 64, select: false })
  hash: string;

  @Column('uuid')
  createdByMembershipId: string;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
