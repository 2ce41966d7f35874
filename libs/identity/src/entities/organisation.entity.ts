import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ProfileVisibility } from './profile-visibility.enum';

/** Organisation-wide settings an admin controls. */
export interface OrganisationSettings {
  /** Visibility of a new profile; never ORGANISATION unless the member chooses it. */
  defaultProfileVisibility: ProfileVisibility.PRIVATE | ProfileVisibility.HR_ONLY;
  /** New members follow everyone and every topic by default (each free to unfollow). */
  followEveryoneByDefault: boolean;
  /**
   * When a member is erased, posts and comments others replied to keep their text (still from
   * "a former member", the person's names and handles scrubbed) instead of losing it.
   */
  keepRepliedContentOnErasure: boolean;
}

export const DEFAULT_ORGANISATION_SETTINGS: OrganisationSettings = {
  defaultProfileVisibility: ProfileVisibility.HR_ONLY,
  followEveryoneByDefault: false,
  keepRepliedContentOnErasure: false,
};

@ObjectType()
@Entity()
export class Organisation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ length: 120 })
  name: string;

  @Field({ description: 'URL-safe unique name.' })
  @Column({ length: 80, unique: true })
  slug: string;

  // Defaulted in code (not SQL) so new settings keys need no migration.
  @Column({ type: 'jsonb' })
  settings: OrganisationSettings = { ...DEFAULT_ORGANISATION_SETTINGS };

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
