import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { GroupMemberStatus, GroupRole } from '../community.enums';

/** A member's place in a group, or their pending request to join a private one. */
@ObjectType()
@Entity()
@Unique('group_member_organisation_group_member_key', ['organisationId', 'groupId', 'membershipId'])
@Index('group_member_organisation_member_idx', ['organisationId', 'membershipId'])
export class GroupMember {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Field(() => ID)
  @Column('uuid')
  groupId: string;

  @Field(() => ID)
  @Column('uuid')
  membershipId: string;

  @Field(() => GroupRole)
  @Column({ type: 'varchar', length: 10, default: GroupRole.MEMBER })
  role: GroupRole;

  @Field(() => GroupMemberStatus)
  @Column({ type: 'varchar', length: 10 })
  status: GroupMemberStatus;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
