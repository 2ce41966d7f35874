import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What comms learnt talking to a volunteer. Comms (and admins) only; part of
 * the member's own data export (see SignUpsService.exportForMember).
 */
@ObjectType()
@Entity()
@Index('intake_note_organisation_sign_up_created_idx', ['organisationId', 'signUpId', 'createdAt', 'id'])
export class IntakeNote {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Field(() => ID)
  @Column('uuid')
  signUpId: string;

  @Field(() => ID, { name: 'authorMemberId' })
  @Column('uuid')
  authorMembershipId: string;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
