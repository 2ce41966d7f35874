import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum ApiTokenAccess {
  READ_ONLY = 'READ_ONLY',
  FULL = 'FULL',
}
registerEnumType(ApiTokenAccess, {
  name: 'ApiTokenAccess',
  valuesMap: {
    READ_ONLY: { description: 'Queries only: every mutation is refused.' },
    FULL: { description: 'Queries and mutations.' },
  },
});

/**
 * A secret an organisation's scripts send as `Authorization: Bearer` instead of a session. It acts as the
 * admin who created it, with their roles as they are at each request (so it stops when they stop being a
 * member), within one organisation, until it expires or is revoked. Only its SHA-256 hash is stored.
 */
@ObjectType()
@Entity()
@Index('api_token_organisation_hash_idx', ['organisationId', 'hash'], { unique: true })
@Index('api_token_organisation_created_idx', ['organisationId', 'createdAt'])
export class ApiToken {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Field({ description: 'What the token is for, e.g. "Nightly HR export".' })
  @Column({ length: 80 })
  name: string;

  @Field(() => ApiTokenAccess)
  @Column({ type: 'varchar', length: 10 })
  access: ApiTokenAccess;

  @Field(() => ID, { description: 'The admin it acts as.' })
  @Column('uuid')
  createdByMembershipId: string;

  @Column({ length: 64, select: false })
  hash: string;

  @Field()
  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: 'Last accepted, to the minute.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revokedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
