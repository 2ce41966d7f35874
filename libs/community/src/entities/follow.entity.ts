import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { FollowTargetType } from '../community.enums';

/**
 * An explicit choice to follow (`following`) or not follow a person, topic or
 * group. A "not following" row matters to members who follow everyone by
 * default: it is how they unfollow one person or topic.
 */
@Entity()
@Unique('follow_organisation_follower_target_key', ['organisationId', 'followerMembershipId', 'targetType', 'targetId'])
@Index('follow_organisation_target_idx', ['organisationId', 'targetType', 'targetId'])
export class Follow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column('uuid')
  followerMembershipId: string;

  @Column({ type: 'varchar', length: 10 })
  targetType: FollowTargetType;

  @Column('uuid')
  targetId: string;

  @Column({ type: 'boolean' })
  following: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
