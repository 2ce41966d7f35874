import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** Comms vouching for a skill a volunteer used on a completed assignment. */
@ObjectType()
@Entity()
@Unique('skill_endorsement_organisation_assignment_skill_key', ['organisationId', 'assignmentId', 'skillId'])
@Index('skill_endorsement_organisation_member_idx', ['organisationId', 'membershipId', 'skillId'])
export class SkillEndorsement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Field(() => ID)
  @Column('uuid')
  assignmentId: string;

  @Field(() => ID, { name: 'memberId' })
  @Column('uuid')
  membershipId: string;

  @Field(() => ID)
  @Column('uuid')
  skillId: string;

  @Field(() => ID, { name: 'endorsedByMemberId' })
  @Column('uuid')
  endorsedByMembershipId: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
