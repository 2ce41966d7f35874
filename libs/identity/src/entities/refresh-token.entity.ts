import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A single-use refresh token (hash only); using it twice revokes its session. */
@Entity()
@Index('refresh_token_organisation_session_idx', ['organisationId', 'sessionId'])
@Index('refresh_token_organisation_hash_key', ['organisationId', 'tokenHash'], { unique: true })
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column('uuid')
  sessionId: string;

  @Column({ length: 64 })
  tokenHash: string;

  @Column({ type: 'timestamptz', nullable: true })
  rotatedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
