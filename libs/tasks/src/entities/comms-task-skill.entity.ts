import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A skill a task needs: minimum level 1–5 and a weight for matching. */
@ObjectType('TaskSkillRequirement')
@Entity()
@Unique('comms_task_skill_organisation_task_skill_key', ['organisationId', 'taskId', 'skillId'])
@Index('comms_task_skill_organisation_skill_idx', ['organisationId', 'skillId'])
@Check('comms_task_skill_level', `"min_level" BETWEEN 1 AND 5`)
@Check('comms_task_skill_weight', `"weight" > 0`)
export class CommsTaskSkill {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organisationId: string;

  @Column('uuid')
  taskId: string;

  @Field(() => ID)
  @Column('uuid')
  skillId: string;

  @Field(() => Int, { description: '1–5.' })
  @Column({ type: 'smallint' })
  minLevel: number;

  @Field(() => Float, { description: 'How much this skill counts in matching (default 1).' })
  @Column({ type: 'real', default: 1 })
  weight: number;
}
