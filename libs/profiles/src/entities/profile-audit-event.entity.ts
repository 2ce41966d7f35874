import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum ProfileAuditAction {
  SEARCH = 'SEARCH',
  VIEW = 'VIEW',
  EXPORT = 'EXPORT',
}
registerEnumType(ProfileAuditAction, { name: 'ProfileAuditAction' });

/** Who searched people, viewed someone else's profile, or exported the audit log — and when. Append-only. */
@ObjectType()
@Entity()
@Index('profile_audit_event_organisation_created_idx', ['organisationId', 'createdAt', 'id'])
@Index('profile_audit_event_organisation_subject_idx', ['organisationId', 'subjectMembershipId', 'createdAt', 'id'])
export class ProfileAuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Field(() => ID, { name: 'actorMemberId' })
  @Column('uuid')
  actorMembershipId: string;

  @Field(() => ProfileAuditAction)
  @Column({ type: 'varchar', length: 10 })
  action: ProfileAuditAction;

  @Field(() => ID, { name: 'subjectMemberId', nullable: true })
  @Column({ type: 'uuid', nullable: true })
  subjectMembershipId: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The search text and filters, for SEARCH.' })
  @Column({ type: 'jsonb', nullable: true })
  query: Record<string, unknown> | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
