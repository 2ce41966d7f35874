import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type SignInMethod = 'PASSWORD' | 'SSO';

/**
 * One signed-in session of a user in an organisation: the family its rotating
 * refresh tokens belong to. Access tokens name it (`sid`), so revoking it ends
 * the session at once.
 */
@Entity()
@Index('auth_session_organisation_user_idx', ['organisationId', 'userId'])
export class AuthSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column('uuid')
  userId: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  revokedReason: string | null;

  /** How the session began: an organisation that comes to require single sign-on ends the PASSWORD ones. */
  @Column({ type: 'varchar', length: 20, default: 'PASSWORD' })
  signedInWith: SignInMethod;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
