import { Role } from '@crowdcomms/request-context';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export enum MembershipStatus {
  ACTIVE = 'ACTIVE',
  DEACTIVATED = 'DEACTIVATED',
}
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });

/** A person's place in one organisation: roles, where they sit, whether they are active. */
@ObjectType('Member')
@Entity()
@Unique('membership_organisation_user_key', ['organisationId', 'userId'])
@Index('membership_organisation_created_idx', ['organisationId', 'createdAt', 'id'])
export class Membership {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Index('membership_user_idx')
  @Column('uuid')
  userId: string;

  @Field(() => [Role])
  @Column({ type: 'text', array: true })
  roles: Role[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  department: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 60, nullable: true })
  grade: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  location: string | null;

  @Field(() => MembershipStatus)
  @Column({ type: 'varchar', length: 20, default: MembershipStatus.ACTIVE })
  status: MembershipStatus;

  @Field({ description: 'When they joined the organisation.' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
