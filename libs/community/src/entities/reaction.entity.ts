import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ReactionKind } from '../community.enums';

/** One member's reaction to a post; reacting again changes the kind (or does nothing). */
@Entity()
@Unique('reaction_organisation_post_member_key', ['organisationId', 'postId', 'membershipId'])
@Index('reaction_organisation_created_idx', ['organisationId', 'createdAt'])
export class Reaction {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column('uuid')
  postId: string;

  @Column('uuid')
  membershipId: string;

  @Column({ type: 'varchar', length: 20 })
  kind: ReactionKind;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
