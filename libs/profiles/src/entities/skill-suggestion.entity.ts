import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** Where in the member's own profile text a suggested skill was named. */
export enum SuggestionSource {
  HEADLINE = 'HEADLINE',
  BIO = 'BIO',
  CV = 'CV',
}
registerEnumType(SuggestionSource, { name: 'SuggestionSource' });

/** PENDING until the member accepts it (with a level) or dismisses it; a decided suggestion never comes back. */
export enum SuggestionStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DISMISSED = 'DISMISSED',
}
registerEnumType(SuggestionStatus, { name: 'SuggestionStatus' });

/**
 * A skill found in a member's own headline, bio or CV, with the sentence that
 * named it. Private to the member: only their own queries read these rows. One
 * row per profile and skill, kept after a decision so that a dismissed skill
 * is not suggested again.
 */
@ObjectType()
@Entity()
@Unique('skill_suggestion_organisation_profile_skill_key', ['organisationId', 'profileId', 'skillId'])
export class SkillSuggestion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column('uuid')
  profileId: string;

  @Column('uuid')
  skillId: string;

  @Field({ description: 'The sentence of your own text that named the skill.' })
  @Column({ type: 'text' })
  sentence: string;

  @Field(() => SuggestionSource)
  @Column({ type: 'varchar', length: 10 })
  source: SuggestionSource;

  @Field(() => SuggestionStatus)
  @Column({ type: 'varchar', length: 10, default: SuggestionStatus.PENDING })
  status: SuggestionStatus;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;
}
