import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A post pinned to the top of a topic's thread. */
@Entity()
@Unique('topic_pin_organisation_topic_post_key', ['organisationId', 'topicId', 'postId'])
@Index('topic_pin_organisation_post_idx', ['organisationId', 'postId'])
export class TopicPin {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column('uuid')
  topicId: string;

  @Column('uuid')
  postId: string;

  @Column('uuid')
  pinnedByMembershipId: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
