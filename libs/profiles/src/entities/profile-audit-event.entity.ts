import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum ProfileAuditAction {
  SEARCH = 'SEARCH',
  FOUND = 'FOUND',
  VIEW = 'VIEW',
  EXPORT = 'EXPORT',
  SETTING = 'SETTING',
}
registerEnumType(ProfileAuditAction, {
  name: 'ProfileAuditAction',
  valuesMap: {
    SEARCH: { description: 'A people search (its words and filters in `query`).' },
    FOUND: { description: 'The subject appeared in the results an HR, comms or admin search showed its actor.' },
    VIEW: { description: "The actor opened the subject's profile." },
    EXPORT: { description: 'A CSV download that contains people (what was exported is in `query`).' },
    SETTING: { description: 'An admin changed an organisation setting (which, from and to in `query`).' },
  },
});

/**
 * Who searched people, who was found, who viewed someone else's profile, who
 * exported people's data, who changed a privacy setting — and when. Append-only.
 */
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
