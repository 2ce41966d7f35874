import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** That a member opened the community on a day: tells readers from people who never look. */
@Entity()
@Unique('community_visit_organisation_day_member_key', ['organisationId', 'day', 'membershipId'])
export class CommunityVisit {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column({ type: 'date' })
  day: string;

  @Column('uuid')
  membershipId: string;
}
