import { CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A member in a directory group, as the directory last said. */
@Entity()
@Index('scim_group_member_organisation_member_idx', ['organisationId', 'membershipId'])
export class ScimGroupMember {
  @PrimaryColumn('uuid')
  organisationId: string;

  @PrimaryColumn('uuid')
  groupId: string;

  @PrimaryColumn('uuid')
  membershipId: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
