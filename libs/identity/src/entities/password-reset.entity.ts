import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A "forgotten password" link: the hash of its secret only, single use, short-lived.
 * People are global, so this is not organisation data.
 */
@Entity()
@Index('password_reset_user_idx', ['userId'])
@Index('password_reset_token_hash_key', ['tokenHash'], { unique: true })
export class PasswordReset {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  userId: string;

  @Column({ length: 64 })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** Set when the link is used, or replaced by a newer one. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
