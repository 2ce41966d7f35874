import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { DigestFrequency } from '../community.enums';

/**
 * A member's community settings, created the first time they use the
 * community: `followEveryone` starts from the organisation's
 * `followEveryoneByDefault` at that moment, so the setting applies to new
 * members while everyone keeps their own choice afterwards.
 */
@Entity()
@Unique('community_member_organisation_member_key', ['organisationId', 'membershipId'])
@Index('community_member_organisation_digest_idx', ['organisationId', 'digestFrequency', 'lastDigestAt'])
export class CommunityMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column('uuid')
  membershipId: string;

  @Column({ type: 'boolean', default: false })
  followEveryone: boolean;

  @Column({ type: 'varchar', length: 10, default: DigestFrequency.WEEKLY })
  digestFrequency: DigestFrequency;

  /** The `now` of the last digest built for them; the next one starts here. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastDigestAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
