import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Generated, Index, PrimaryGeneratedColumn } from 'typeorm';
import { SKILL_CATEGORIES, SkillCategory } from './taxonomy.data';

/** The categories as a GraphQL enum; the list itself lives with the taxonomy data. */
export const SkillCategoryEnum = Object.freeze(
  Object.fromEntries(SKILL_CATEGORIES.map((c) => [c, c])) as { [K in SkillCategory]: K },
);
registerEnumType(SkillCategoryEnum, { name: 'SkillCategory' });

/**
 * A skill: either part of the shipped taxonomy (`organisationId` NULL, seeded by
 * migration, shared read-only by every organisation) or added by one organisation.
 *
 * Shipped rows belong to no organisation (organisation_id NULL, documented
 * exception to "every row has an organisation"); the slug key still leads with
 * organisation_id and treats NULL as one value (NULLS NOT DISTINCT), so shipped
 * slugs are unique among themselves and each organisation's among its own.
 *
 * A merged duplicate keeps its row (pointing at `mergedIntoId`) so that its name
 * still resolves to the surviving skill in look-ups.
 */
@ObjectType()
@Entity()
// UNIQUE (organisation_id, slug) NULLS NOT DISTINCT: one key for shipped (NULL) and organisation skills; the
// generator cannot express NULLS NOT DISTINCT, so a hand-written migration creates it.
@Index('skill_organisation_slug_key', { synchronize: false })
export class Skill {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** NULL for the shipped taxonomy. */
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  /**
   * A small integer key, unique across all skills, used to encode "skill × level"
   * tokens in the people-search GIN index (see profiles' search-fields.sql).
   */
  @Column({ type: 'int' })
  // TypeORM creates an identity column for 'identity' (as PrimaryGeneratedColumn does); Generated()'s type omits it.
  @Generated('identity' as 'increment')
  num: number;

  @Field({ description: 'Stable kebab-case key.' })
  @Column({ length: 80 })
  slug: string;

  @Field()
  @Column({ length: 120 })
  name: string;

  @Field(() => SkillCategoryEnum)
  @Column({ type: 'varchar', length: 40 })
  category: SkillCategory;

  @Field(() => [String], { description: 'Other names people type for this skill.' })
  @Column({ type: 'text', array: true, default: '{}' })
  aliases: string[];

  /** Slugs of related skills (shipped or of the same organisation). */
  @Column({ type: 'text', array: true, default: '{}' })
  relatedSlugs: string[];

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field({ description: 'True for the shipped taxonomy; false for skills your organisation added.' })
  get shipped(): boolean {
    return this.organisationId === null;
  }
}
