import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { GroupPrivacy } from '../community.enums';

/** A group: open (posts visible to all) or private (join on request, posts for members only). */
@ObjectType('Group')
@Entity()
@Unique('community_group_organisation_name_key', ['organisationId', 'name'])
export class CommunityGroup {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Field()
  @Column({ length: 80 })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  description: string | null;

  @Field(() => GroupPrivacy)
  @Column({ type: 'varchar', length: 10 })
  privacy: GroupPrivacy;

  @Column('uuid')
  createdByMembershipId: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
