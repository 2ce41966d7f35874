import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** The named levels of a skill, 1–5. */
export enum SkillLevel {
  AWARE = 1,
  BEGINNER = 2,
  COMPETENT = 3,
  PROFICIENT = 4,
  EXPERT = 5,
}
registerEnumType(SkillLevel, {
  name: 'SkillLevel',
  description: '1 aware, 2 beginner, 3 competent, 4 proficient, 5 expert.',
});

/** HAS: a skill I have (with level and years). WANTS: a skill I want to develop. Never mixed with interests. */
export enum ProfileSkillKind {
  HAS = 'HAS',
  WANTS = 'WANTS',
}

@ObjectType()
@Entity()
@Unique('profile_skill_organisation_profile_kind_skill_key', ['organisationId', 'profileId', 'kind', 'skillId'])
@Index('profile_skill_organisation_skill_idx', ['organisationId', 'skillId'])
@Check(
  'profile_skill_level_by_kind',
  `("kind" = 'HAS' AND "level" BETWEEN 1 AND 5) OR ("kind" = 'WANTS' AND "level" IS NULL)`,
)
export class ProfileSkill {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column('uuid')
  profileId: string;

  @Column('uuid')
  skillId: string;

  @Column({ type: 'varchar', length: 10 })
  kind: ProfileSkillKind;

  @Field(() => Int, { description: '1–5.' })
  @Column({ type: 'smallint', nullable: true })
  level: number | null;

  @Field(() => Int, { nullable: true, description: 'Years of experience.' })
  @Column({ type: 'smallint', nullable: true })
  years: number | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => SkillLevel)
  get levelName(): SkillLevel {
    return this.level as SkillLevel;
  }
}
