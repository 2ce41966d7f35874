import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { UnresolvedMention } from '../dto/mentions.types';
import { PostKind } from '../community.enums';

/**
 * A community post. The markdown body is rendered and sanitised once, on
 * write; hashtags become topics (`topicIds`, GIN-indexed by a hand-written
 * migration, hence `synchronize: false`). Counters are kept in the same
 * transaction as the comment or reaction that changes them.
 */
@ObjectType()
@Entity()
@Index('post_organisation_created_idx', ['organisationId', 'createdAt', 'id'])
@Index('post_organisation_author_created_idx', ['organisationId', 'authorMembershipId', 'createdAt', 'id'])
@Index('post_organisation_group_created_idx', ['organisationId', 'groupId', 'createdAt', 'id'])
@Index('post_organisation_topic_ids_idx', { synchronize: false })
export class Post {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Field(() => ID, { description: 'The author’s member id.' })
  @Column('uuid')
  authorMembershipId: string;

  @Field(() => PostKind)
  @Column({ type: 'varchar', length: 20 })
  kind: PostKind;

  @Field({ description: 'The markdown as written.' })
  @Column({ type: 'text' })
  body: string;

  @Field({ description: 'The body rendered to safe HTML (no scripts, no raw HTML, http(s)/mailto links only).' })
  @Column({ type: 'text' })
  bodyHtml: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  linkUrl: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  linkTitle: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  groupId: string | null;

  @Field(() => [String], { description: 'Hashtags in the body, lower-cased, without the #.' })
  @Column({ type: 'text', array: true, default: '{}' })
  hashtags: string[];

  @Column({ type: 'uuid', array: true, default: '{}' })
  topicIds: string[];

  @Column({ type: 'uuid', array: true, default: '{}' })
  mentionedMembershipIds: string[];

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  commentCount: number;

  @Field(() => Int, { description: 'All reactions, of every kind.' })
  @Column({ type: 'int', default: 0 })
  reactionCount: number;

  @Field(() => Date, { nullable: true, description: 'Set when the post was edited after publishing.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  editedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  /** The author's mentions that reached no one: set by creating or editing, for the author's response. */
  unresolved?: UnresolvedMention[];

  @Field(() => [UnresolvedMention], {
    description: 'In the response to creating or editing it: @mentions that notified no one, and why. Empty otherwise.',
  })
  get unresolvedMentions(): UnresolvedMention[] {
    return this.unresolved ?? [];
  }

  @Field({ description: 'Edited after publishing.' })
  get edited(): boolean {
    return !!this.editedAt;
  }
}
