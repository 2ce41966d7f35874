import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A member appointed by admins or comms to look after a topic: pin, describe, moderate. */
@Entity()
@Unique('topic_manager_organisation_topic_member_key', ['organisationId', 'topicId', 'membershipId'])
@Index('topic_manager_organisation_member_idx', ['organisationId', 'membershipId'])
export class TopicManager {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column('uuid')
  topicId: string;

  @Column('uuid')
  membershipId: string;

  @Column('uuid')
  appointedByMembershipId: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
