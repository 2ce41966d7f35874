import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum SkillDemandSource {
  MANUAL = 'MANUAL',
  COMMS_TASK = 'COMMS_TASK',
  AMBASSADOR_CALL = 'AMBASSADOR_CALL',
}
registerEnumType(SkillDemandSource, { name: 'SkillDemandSource' });

/**
 * Demand for a skill at a minimum level in a period: what the skills-gap report
 * reads. Recorded by hand (MANUAL) and by comms tasks, which replace their rows
 * (source kind + id, unique) whenever their required skills, seats or status
 * change. Ambassador calls name skills without a level or a headcount, so they
 * record none yet.
 */
@ObjectType()
@Entity()
@Index('skill_demand_organisation_period_idx', ['organisationId', 'period'])
@Index('skill_demand_organisation_skill_idx', ['organisationId', 'skillId'])
@Index('skill_demand_organisation_source_key', ['organisationId', 'sourceKind', 'sourceId', 'skillId'], {
  unique: true,
  where: '"source_id" IS NOT NULL',
})
@Check('skill_demand_min_level', `"min_level" BETWEEN 1 AND 5`)
@Check('skill_demand_amounts', `"people" >= 0 AND "hours" >= 0`)
export class SkillDemand {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Field(() => ID)
  @Column('uuid')
  skillId: string;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  minLevel: number;

  @Field(() => Int, { description: 'People needed.' })
  @Column({ type: 'int' })
  people: number;

  @Field(() => Int, { description: 'Hours of work needed in the period.' })
  @Column({ type: 'int', default: 0 })
  hours: number;

  @Field(() => SkillDemandSource)
  @Column({ type: 'varchar', length: 30 })
  sourceKind: SkillDemandSource;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  sourceId: string | null;

  @Field({ description: 'The day the demand falls on (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  period: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByMembershipId: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
