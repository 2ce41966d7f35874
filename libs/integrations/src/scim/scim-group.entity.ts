import { Role } from '@crowdcomms/request-context';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A group pushed by the organisation's directory. An admin may map it to a role (its members hold
 * the role while they are in it) or to a community group (its members are joined to it); an unmapped
 * group is kept and listed but changes nothing.
 */
@ObjectType({ description: 'A group your directory provisions over SCIM, and what it maps to here.' })
@Entity()
@Index('scim_group_organisation_name_idx', ['organisationId', 'displayName'], { unique: true })
@Index('scim_group_organisation_external_idx', ['organisationId', 'externalId'], {
  unique: true,
  where: '"external_id" IS NOT NULL',
})
export class ScimGroup {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Field({ description: 'The name the directory gives it.' })
  @Column({ length: 256 })
  displayName: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  externalId: string | null;

  @Field(() => Role, { nullable: true, description: 'The role its members hold while they are in it.' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  role: Role | null;

  @Field(() => ID, { nullable: true, description: 'The community group its members are joined to.' })
  @Column({ type: 'uuid', nullable: true })
  communityGroupId: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
