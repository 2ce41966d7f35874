import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { UnresolvedMention } from '../dto/mentions.types';

/** A comment on a post, or a reply to a top-level comment (one level only). */
@ObjectType()
@Entity()
@Index('comment_organisation_post_created_idx', ['organisationId', 'postId', 'createdAt', 'id'])
@Index('comment_organisation_created_idx', ['organisationId', 'createdAt'])
export class Comment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Field(() => ID)
  @Column('uuid')
  postId: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  parentCommentId: string | null;

  @Field(() => ID)
  @Column('uuid')
  authorMembershipId: string;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field()
  @Column({ type: 'text' })
  bodyHtml: string;

  @Field(() => Date, { nullable: true })
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
