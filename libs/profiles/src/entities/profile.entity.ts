import { ProfileVisibility } from '@crowdcomms/identity';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

export enum LinkKind {
  BLOG = 'BLOG',
  X_TWITTER = 'X_TWITTER',
  LINKEDIN = 'LINKEDIN',
  WEBSITE = 'WEBSITE',
  OTHER = 'OTHER',
}
registerEnumType(LinkKind, { name: 'LinkKind', description: 'Where to find someone online.' });

@ObjectType()
export class ProfileLink {
  @Field(() => LinkKind)
  kind: LinkKind;

  @Field()
  url: string;
}

/**
 * A member's skills profile, one per membership, created lazily with the
 * organisation's default visibility. The member owns it: visibility and the
 * consent to use interests for targeting are theirs to set.
 *
 * `displayName`, `searchName`, `searchDocument` and `skillTokens` are search
 * fields maintained by ProfilesService in the same transaction as every write
 * (see search/search-fields.sql.ts); they are never selected into GraphQL.
 * `searchBucket` too. Their indexes (one GIN over search keys derived from
 * organisation, audience, strength, tokens and document) are created by
 * hand-written migrations, hence `synchronize: false` here.
 */
@ObjectType()
@Entity()
@Unique('profile_organisation_membership_key', ['organisationId', 'membershipId'])
@Index('profile_organisation_display_name_idx', ['organisationId', 'displayName', 'id'])
// Facets' uniform sample: an organisation's profiles in (random) id order.
@Index('profile_organisation_id_idx', ['organisationId', 'id'])
@Index('profile_search_keys_idx', { synchronize: false })
@Index('profile_organisation_search_order_idx', { synchronize: false })
@Index('profile_organisation_search_name_idx', { synchronize: false })
export class Profile {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Field(() => ID, { name: 'memberId' })
  @Column('uuid')
  membershipId: string;

  @Field({ description: 'The member’s name.' })
  @Column({ length: 120 })
  displayName: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 160, nullable: true })
  headline: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  bio: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  cvText: string | null;

  @Field(() => [ProfileLink], { description: 'Where to find me online.' })
  @Column({ type: 'jsonb', default: () => `'[]'` })
  links: ProfileLink[];

  @Field(() => [String], { description: 'Free tags; separate from skills.' })
  @Column({ type: 'text', array: true, default: '{}' })
  interests: string[];

  @Field(() => Int, { nullable: true })
  @Column({ type: 'smallint', nullable: true })
  availableHoursPerMonth: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  photoUrl: string | null;

  @Field(() => ProfileVisibility)
  @Column({ type: 'varchar', length: 20 })
  visibility: ProfileVisibility;

  @Field({ description: 'May comms use my interests to target calls and campaigns? Off unless I say so.' })
  @Column({ default: false })
  interestsTargetingConsent: boolean;

  /** May we e-mail a monthly reminder while the profile is under half complete? A notification setting; on by default. */
  @Column({ default: true })
  completionReminders: boolean;

  /** lower(unaccent(displayName)), for trigram name search. */
  @Column({ type: 'text', default: '', select: false })
  searchName: string;

  /** Weighted: name and headline A, skills and interests B, bio C, CV D. What full text matches. */
  @Column({ type: 'tsvector', nullable: true, select: false })
  searchDocument: string | null;

  /** The A and B parts of searchDocument: what a full-text match is ranked by. */
  @Column({ type: 'tsvector', nullable: true, select: false })
  searchHead: string | null;

  /**
   * skill.num * 8 + level for every level up to the member's own (1–5); skill.num * 8 for "wants to develop";
   * the audience tokens (-1 HR may find me, -2 every member may) — see search/search-fields.sql.ts.
   */
  @Column({ type: 'int', array: true, default: '{}', select: false })
  skillTokens: number[];

  /**
   * Strength (sum of the levels of the skills held, at most 200) × 16 + the id's first hex digit: a prefix of the
   * static order in which broad full-text matches enter the ranked set (see search/people-search.query.ts).
   */
  @Column({ type: 'smallint', default: 0, select: false })
  searchBucket: number;

  /**
   * What profile_search_keys_idx indexes: the words and skill tokens of the
   * other search fields, keyed by organisation, audience and strength
   * (migration PeopleSearchSlicedKeys). Derived by a trigger on every write.
   */
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchKeys: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
