import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum AmbassadorCallStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(AmbassadorCallStatus, { name: 'AmbassadorCallStatus', description: 'DRAFT → OPEN → CLOSED.' });

/** A call for digital ambassadors posted by the comms team. */
@ObjectType()
@Entity()
@Index('ambassador_call_organisation_status_created_idx', ['organisationId', 'status', 'createdAt', 'id'])
@Index('ambassador_call_organisation_created_idx', ['organisationId', 'createdAt', 'id'])
export class AmbassadorCall {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Field()
  @Column({ length: 200 })
  title: string;

  @Field({ description: 'Why colleagues should answer, in the comms team’s words.' })
  @Column({ type: 'text' })
  pitch: string;

  /** Ids of the skills sought (shipped or the organisation's own); resolved by the `skillsSought` field. */
  @Column({ type: 'uuid', array: true, default: '{}' })
  skillIds: string[];

  @Field(() => Date, { nullable: true, description: 'Sign-ups are accepted from this moment (if set).' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  opensAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Sign-ups are accepted until this moment (if set).' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closesAt: Date | null;

  @Field(() => AmbassadorCallStatus)
  @Column({ type: 'varchar', length: 10, default: AmbassadorCallStatus.DRAFT })
  status: AmbassadorCallStatus;

  @Column('uuid')
  createdByMembershipId: string;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When publishing e-mailed the members the call targets (if it did).',
  })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  emailedAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'How many members publishing e-mailed (null: it did not e-mail).' })
  @Column({ type: 'integer', nullable: true })
  emailedCount: number | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
