import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** Every hashtag is a topic with its own thread; created on first use. */
@ObjectType()
@Entity()
@Unique('topic_organisation_tag_key', ['organisationId', 'tag'])
export class Topic {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Field({ description: 'The hashtag, lower-cased, without the #.' })
  @Column({ length: 50 })
  tag: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  description: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
