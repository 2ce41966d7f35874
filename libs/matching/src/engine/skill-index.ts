import {
  type PreparedContext,
  type PreparedTask,
  type PreparedVolunteer,
  neighboursOf,
  prepareTask,
  prepareVolunteer,
} from './prepare';
import type { TaskInput, VolunteerInput } from './types';

/**
 * Inverted index from skills to the volunteers who hold them (or want to
 * learn them) and to the tasks that require them. Candidate generation walks
 * only the postings of a task's required skills and their related skills, so
 * rankers never score all pairs. It is independent of the scoring context:
 * related skills are expanded at query time.
 */
export interface SkillIndex {
  readonly volunteers: readonly PreparedVolunteer[];
  readonly tasks: readonly PreparedTask[];
  /** Skill id → positions in `volunteers` of those holding it (any level), ascending. */
  readonly volunteersBySkill: ReadonlyMap<string, readonly number[]>;
  /** Skill id → positions in `volunteers` of those wanting to develop it, ascending. */
  readonly learnersBySkill: ReadonlyMap<string, readonly number[]>;
  /** Skill id → positions in `tasks` of tasks requiring it, ascending. */
  readonly tasksBySkill: ReadonlyMap<string, readonly number[]>;
  /** Positions of tasks that require no skills (every volunteer is a candidate). */
  readonly tasksWithoutSkills: readonly number[];
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else {
    map.set(key, [value]);
  }
}

/**
 * Builds the skill inverted index over volunteers and/or tasks (normalising
 * each input once). Build it once and pass it to {@link topCandidatesForTask},
 * {@link topTasksForVolunteer} or {@link generateCandidateEdges} for repeated queries.
 */
export function buildSkillIndex(input: {
  volunteers?: readonly VolunteerInput[];
  tasks?: readonly TaskInput[];
}): SkillIndex {
  const volunteers = (input.volunteers ?? []).map(prepareVolunteer);
  const tasks = (input.tasks ?? []).map(prepareTask);
  const volunteersBySkill = new Map<string, number[]>();
  const learnersBySkill = new Map<string, number[]>();
  const tasksBySkill = new Map<string, number[]>();
  const tasksWithoutSkills: number[] = [];
  // People who are paused or deactivated, and tasks without free seats, are
  // excluded from every pair, so they are kept out of the postings.
  volunteers.forEach((v, i) => {
    if (v.source.status !== 'ACTIVE') return;
    for (const skillId of v.levels.keys()) push(volunteersBySkill, skillId, i);
    for (const skillId of v.wants) push(learnersBySkill, skillId, i);
  });
  tasks.forEach((t, i) => {
    if (t.seats < 1) return;
    if (t.required.length === 0) tasksWithoutSkills.push(i);
    for (const r of t.required) push(tasksBySkill, r.skillId, i);
  });
  return {
    volunteers,
    tasks,
    volunteersBySkill,
    learnersBySkill,
    tasksBySkill,
    tasksWithoutSkills,
  };
}

/** Union of posting lists, in first-seen order (callers needing position order sort). */
function collect(size: number, lists: Iterable<readonly number[] | undefined>): number[] {
  const seen = new Uint8Array(size);
  const out: number[] = [];
  for (const list of lists) {
    if (!list) continue;
    for (const i of list) {
      if (seen[i] === 0) {
        seen[i] = 1;
        out.push(i);
      }
    }
  }
  return out;
}

/**
 * Positions (first-seen order) of volunteers that may match `task`: holders of a required skill
 * or of a skill related to one, plus learners of a required skill when the
 * task accepts learners. Every pair that is not excluded is among them, so
 * ranking over candidates is exact.
 */
export function candidateVolunteers(index: SkillIndex, task: PreparedTask, ctx: PreparedContext): number[] {
  if (task.seats < 1) return [];
  if (task.required.length === 0) {
    return index.volunteers.flatMap((v, i) => (v.source.status === 'ACTIVE' ? [i] : []));
  }
  const lists: (readonly number[] | undefined)[] = [];
  for (const r of task.required) {
    lists.push(index.volunteersBySkill.get(r.skillId));
    for (const n of neighboursOf(ctx, r.skillId)) lists.push(index.volunteersBySkill.get(n));
    if (task.source.acceptsLearners) lists.push(index.learnersBySkill.get(r.skillId));
  }
  return collect(index.volunteers.length, lists);
}

/**
 * Positions (first-seen order) of tasks that may match `volunteer`: tasks requiring one of their
 * skills or a related one, tasks requiring a skill they want to develop, and
 * tasks requiring no skills.
 */
export function candidateTasks(index: SkillIndex, volunteer: PreparedVolunteer, ctx: PreparedContext): number[] {
  if (volunteer.source.status !== 'ACTIVE') return [];
  const lists: (readonly number[] | undefined)[] = [index.tasksWithoutSkills];
  for (const skillId of volunteer.levels.keys()) {
    lists.push(index.tasksBySkill.get(skillId));
    for (const n of neighboursOf(ctx, skillId)) lists.push(index.tasksBySkill.get(n));
  }
  for (const skillId of volunteer.wants) lists.push(index.tasksBySkill.get(skillId));
  return collect(index.tasks.length, lists);
}
