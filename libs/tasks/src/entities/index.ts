import { Assignment } from './assignment.entity';
import { CommsTask } from './comms-task.entity';
import { CommsTaskSkill } from './comms-task-skill.entity';
import { SkillEndorsement } from './skill-endorsement.entity';
import { WorkshopRegistration } from './workshop-registration.entity';

export * from './assignment.entity';
export * from './comms-task.entity';
export * from './comms-task-skill.entity';
export * from './skill-endorsement.entity';
export * from './workshop-registration.entity';

/** The tasks context's tables, for the schema list. */
export const TASK_ENTITIES = [CommsTask, CommsTaskSkill, Assignment, SkillEndorsement, WorkshopRegistration];
