import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * How an organisation's people sign in with its own OpenID Connect provider: one row per organisation.
 * The client secret is stored sealed (SecretBox) and never leaves the API; `requireSso` refuses password
 * sign-in to every member but the named break-glass admin.
 */
@Entity()
export class SsoConfiguration {
  @PrimaryColumn('uuid')
  organisationId: string;

  @Column({ length: 500 })
  issuer: string;

  @Column({ length: 255 })
  clientId: string;

  @Column('text')
  clientSecretSealed: string;

  @Column({ type: 'text', array: true })
  allowedDomains: string[];

  @Column({ type: 'varchar', length: 100, nullable: true })
  departmentClaim: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  gradeClaim: string | null;

  @Column({ default: false })
  requireSso: boolean;

  @Column({ type: 'uuid', nullable: true })
  breakGlassMembershipId: string | null;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
