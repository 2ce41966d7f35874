import { findBusyClash, prepareContext, prepareTask, prepareVolunteer, skillName } from './prepare';
import type { PreparedContext, PreparedTask, PreparedVolunteer } from './prepare';
import { evaluatePair } from './score';
import { formatDate, formatHours } from './explain';
import type { ExclusionReason, MatchContext, TaskInput, VolunteerInput } from './types';

/** What keeps a volunteer from a task: a hard exclusion, or a required skill below its level. */
export type ObstacleReason =
  Exclude<ExclusionReason, 'NO_RELEVANT_SKILL' | 'DEACTIVATED' | 'DECLINED'> | 'SKILL_BELOW_LEVEL';

/** One obstacle, in the volunteer's words. */
export interface Obstacle {
  reason: ObstacleReason;
  message: string;
}

/** A task the volunteer is not matched to, and what stands in the way. */
export interface NearMiss {
  taskId: string;
  obstacles: Obstacle[];
}

/** Reasons that are about the task or the volunteer as a whole, not something a profile change fixes. */
const NOT_NEAR = new Set<ExclusionReason>(['DEACTIVATED', 'DECLINED']);

function skillObstacles(v: PreparedVolunteer, t: PreparedTask, ctx: PreparedContext): Obstacle[] {
  return t.required
    .filter((r) => (v.levels.get(r.skillId) ?? 0) < r.minLevel)
    .map((r) => {
      const name = skillName(ctx, r.skillId);
      const level = v.levels.get(r.skillId) ?? 0;
      const have = level > 0 ? `you are at ${level}` : 'it is not on your profile';
      const learner =
        t.source.acceptsLearners && !v.wants.has(r.skillId)
          ? ' — it accepts learners if you add it to skills you want to develop'
          : '';
      return {
        reason: 'SKILL_BELOW_LEVEL' as const,
        message: `Needs ${name} at level ${r.minLevel}; ${have}${learner}`,
      };
    });
}

function obstacleFor(reason: ExclusionReason, v: PreparedVolunteer, t: PreparedTask): Obstacle | null {
  switch (reason) {
    case 'PAUSED':
      return { reason, message: 'You have paused volunteering; resume it to be matched again' };
    case 'NOT_AMBASSADOR':
      return { reason, message: 'It is for active ambassadors only' };
    case 'NO_FREE_SEATS':
      return { reason, message: 'Every place on it is taken' };
    case 'NOT_ENOUGH_HOURS':
      return {
        reason,
        message: `Needs ${formatHours(t.effort)} h a month; you have ${formatHours(Math.max(0, v.freeHours))} free`,
      };
    case 'DATE_CLASH': {
      const clash = t.window ? findBusyClash(v.busy, t.window) : null;
      return {
        reason,
        message: clash
          ? `Its dates clash with when you are busy (${formatDate(clash[0])} – ${formatDate(clash[1])})`
          : 'Its dates clash with when you are busy',
      };
    }
    default:
      return null; // no relevant skill: said skill by skill instead
  }
}

/**
 * The tasks a volunteer is not matched to, with every obstacle in their words
 * ("Needs 8 h a month; you have 4 free"), fewest obstacles first (the nearest
 * misses), ties by task id. Tasks they declined or are already on are left out:
 * they know why. Pure, from the same rules as {@link score}.
 */
export function nearMissesForVolunteer(
  volunteer: VolunteerInput,
  tasks: readonly TaskInput[],
  context: MatchContext | PreparedContext,
  limit: number,
): NearMiss[] {
  const ctx = prepareContext(context);
  const v = prepareVolunteer(volunteer);
  const misses: NearMiss[] = [];
  for (const task of tasks) {
    const t = prepareTask(task);
    const result = evaluatePair(v, t, ctx, true);
    if (!Array.isArray(result) || result.some((r) => NOT_NEAR.has(r))) continue;
    const obstacles = result.map((r) => obstacleFor(r, v, t)).filter((o): o is Obstacle => o !== null);
    obstacles.push(...skillObstacles(v, t, ctx));
    misses.push({ taskId: t.id, obstacles });
  }
  misses.sort((a, b) => a.obstacles.length - b.obstacles.length || (a.taskId < b.taskId ? -1 : 1));
  return misses.slice(0, limit);
}

/** How a task's pool of volunteers stands, and what would widen it. */
export interface TaskPoolReport {
  /** Volunteers the task can be matched to. */
  candidates: number;
  /** Volunteers kept out, by reason (a volunteer counts under each reason that applies). */
  excluded: { reason: ExclusionReason; count: number }[];
  /** Changes that would bring more volunteers in, each with how many (counts only: no names). */
  widen: string[];
}

/** "1 volunteer is" / "3 volunteers are": a count with its noun and verb agreeing. */
const people = (n: number, noun: string, verbs: [string, string]) =>
  `${n} ${noun}${n === 1 ? '' : 's'} ${verbs[n === 1 ? 0 : 1]}`;

/**
 * Why a task has the candidates it has: every volunteer evaluated by the same
 * rules as {@link score}; those kept out by one reason alone say what change
 * would let them in — free hours, other dates, a required skill on their
 * profile or among the skills they want to develop. Counts only.
 */
export function poolForTask(
  task: TaskInput,
  volunteers: readonly VolunteerInput[],
  context: MatchContext | PreparedContext,
): TaskPoolReport {
  const ctx = prepareContext(context);
  const t = prepareTask(task);
  const counts = new Map<ExclusionReason, number>();
  let candidates = 0;
  const onlyHours: number[] = [];
  let onlyDates = 0;
  let onlySkills = 0;
  let oneLevelShort = 0;
  for (const volunteer of volunteers) {
    const v = prepareVolunteer(volunteer);
    const result = evaluatePair(v, t, ctx, true);
    if (!Array.isArray(result)) {
      candidates++;
      if (t.required.some((r) => (v.levels.get(r.skillId) ?? 0) === r.minLevel - 1)) oneLevelShort++;
      continue;
    }
    for (const reason of result) counts.set(reason, (counts.get(reason) ?? 0) + 1);
    if (result.length !== 1) continue;
    if (result[0] === 'NOT_ENOUGH_HOURS') onlyHours.push(Math.max(0, v.freeHours));
    else if (result[0] === 'DATE_CLASH') onlyDates++;
    else if (result[0] === 'NO_RELEVANT_SKILL') onlySkills++;
  }
  const skills = t.required.map((r) => skillName(ctx, r.skillId));
  const widen: string[] = [];
  if (onlyHours.length) {
    const most = Math.max(...onlyHours);
    widen.push(
      `${people(onlyHours.length, 'volunteer', ['lacks', 'lack'])} only free time (at most ${formatHours(most)} h a month; the task needs ${formatHours(t.effort)} h): a smaller task, or more free hours on their profile, would bring them in`,
    );
  }
  if (onlyDates) {
    widen.push(
      `${people(onlyDates, 'volunteer', ['is', 'are'])} busy on the task's dates: other dates would bring them in`,
    );
  }
  if (onlySkills && skills.length) {
    widen.push(
      `${people(onlySkills, 'volunteer', ['has', 'have'])} none of ${skills.join(', ')}: adding one to their profile, or to the skills they want to develop, would bring them in`,
    );
  }
  if (oneLevelShort) {
    widen.push(
      `${people(oneLevelShort, 'candidate', ['is', 'are'])} one level short on a required skill: a lower minimum would rank them higher`,
    );
  }
  return {
    candidates,
    excluded: [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count),
    widen,
  };
}
