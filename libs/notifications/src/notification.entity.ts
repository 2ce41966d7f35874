import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An in-app notification for one member. Notifications sharing a `groupKey`
 * while unread collapse into one ("3 people reacted to your post").
 */
@ObjectType()
@Entity()
@Index('notification_recipient_created_idx', ['organisationId', 'recipientMembershipId', 'createdAt', 'id'])
@Index('notification_unread_group_key', ['organisationId', 'recipientMembershipId', 'groupKey'], {
  unique: true,
  where: '"read_at" IS NULL AND "group_key" IS NOT NULL',
})
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column('uuid')
  recipientMembershipId: string;

  @Field({ description: 'What happened, e.g. ASSIGNMENT_OFFERED or COMMUNITY_MENTION.' })
  @Column({ length: 60 })
  kind: string;

  @Field()
  @Column({ length: 200 })
  title: string;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field(() => GraphQLJSONObject, { description: 'Ids of what it is about, for the client to link to.' })
  @Column({ type: 'jsonb' })
  data: Record<string, string> = {};

  @Column({ type: 'varchar', length: 200, nullable: true })
  groupKey: string | null;

  @Field(() => Int, { description: 'How many events this notification groups.' })
  @Column({ type: 'int', default: 1 })
  count: number;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  readAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
