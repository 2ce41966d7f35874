import {
  type PreparedContext,
  type PreparedTask,
  type PreparedVolunteer,
  prepareContext,
  prepareTask,
  prepareVolunteer,
} from './prepare';
import { evaluatePair, toMatchResult } from './score';
import { type SkillIndex, buildSkillIndex, candidateTasks, candidateVolunteers } from './skill-index';
import type { CandidateEdge, MatchContext, MatchScore, TaskInput, VolunteerInput } from './types';

/** Volunteers to rank: a plain list, or a prebuilt {@link SkillIndex} (much faster when reused). */
export type VolunteerPool = readonly VolunteerInput[] | SkillIndex;
/** Tasks to rank: a plain list, or a prebuilt {@link SkillIndex}. */
export type TaskPool = readonly TaskInput[] | SkillIndex;

function isIndex<T>(pool: readonly T[] | SkillIndex): pool is SkillIndex {
  return !Array.isArray(pool);
}

function volunteerIndex(pool: VolunteerPool): SkillIndex {
  return isIndex(pool) ? pool : buildSkillIndex({ volunteers: pool });
}

function taskIndex(pool: TaskPool): SkillIndex {
  return isIndex(pool) ? pool : buildSkillIndex({ tasks: pool });
}

/** Orders by score descending, then id ascending (code-unit order, locale-independent). */
export function compareRanked(a: { score: number; id: string }, b: { score: number; id: string }): number {
  if (a.score !== b.score) return b.score - a.score;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

interface Scored {
  score: number;
  id: string;
  pos: number;
}

function normaliseK(k: number): number {
  if (Number.isNaN(k) || k <= 0) return 0;
  return Number.isFinite(k) ? Math.floor(k) : Number.MAX_SAFE_INTEGER;
}

function compareScored(a: Scored, b: Scored): number {
  return compareRanked(a, b) || a.pos - b.pos;
}

/**
 * Keeps the k best offers seen so far, in order. Offers that cannot enter the
 * list cost one comparison, so selecting the top 10 of thousands stays linear.
 */
class TopK {
  readonly items: Scored[] = [];

  constructor(private readonly k: number) {}

  offer(score: number, id: string, pos: number): void {
    const items = this.items;
    const full = items.length >= this.k;
    const item = { score, id, pos };
    if (full && compareScored(item, items[items.length - 1]) >= 0) return;
    if (full) items[items.length - 1] = item;
    else items.push(item);
    for (let i = items.length - 1; i > 0 && compareScored(items[i], items[i - 1]) < 0; i--) {
      [items[i], items[i - 1]] = [items[i - 1], items[i]];
    }
  }
}

function rankVolunteers(
  task: PreparedTask,
  volunteers: readonly PreparedVolunteer[],
  positions: Iterable<number>,
  k: number,
  ctx: PreparedContext,
): MatchScore[] {
  const n = normaliseK(k);
  if (n === 0) return [];
  const best = new TopK(n);
  for (const pos of positions) {
    const v = volunteers[pos];
    const e = evaluatePair(v, task, ctx, false);
    if (!Array.isArray(e)) best.offer(e.score, v.id, pos);
  }
  return best.items.map((s) => {
    const v = volunteers[s.pos];
    return toMatchResult(v, task, ctx, evaluatePair(v, task, ctx, true)) as MatchScore;
  });
}

function rankTasks(
  volunteer: PreparedVolunteer,
  tasks: readonly PreparedTask[],
  positions: Iterable<number>,
  k: number,
  ctx: PreparedContext,
): MatchScore[] {
  const n = normaliseK(k);
  if (n === 0) return [];
  const best = new TopK(n);
  for (const pos of positions) {
    const t = tasks[pos];
    const e = evaluatePair(volunteer, t, ctx, false);
    if (!Array.isArray(e)) best.offer(e.score, t.id, pos);
  }
  return best.items.map((s) => {
    const t = tasks[s.pos];
    return toMatchResult(volunteer, t, ctx, evaluatePair(volunteer, t, ctx, true)) as MatchScore;
  });
}

function allPositions(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/**
 * The k best volunteers for a task, best first, ties broken by volunteer id.
 * Excluded volunteers never appear. Candidates come from the skill inverted
 * index (required skills, related skills, learners), so only volunteers who
 * could possibly match are scored. Pass a prebuilt {@link SkillIndex} when
 * ranking for many tasks.
 */
export function topCandidatesForTask(
  task: TaskInput,
  volunteers: VolunteerPool,
  k: number,
  ctx: MatchContext | PreparedContext,
): MatchScore[] {
  const index = volunteerIndex(volunteers);
  const pc = prepareContext(ctx);
  const pt = prepareTask(task);
  return rankVolunteers(pt, index.volunteers, candidateVolunteers(index, pt, pc), k, pc);
}

/**
 * The k best tasks for a volunteer, best first, ties broken by task id.
 * Excluded tasks never appear. Candidates come from the skill inverted index.
 */
export function topTasksForVolunteer(
  volunteer: VolunteerInput,
  tasks: TaskPool,
  k: number,
  ctx: MatchContext | PreparedContext,
): MatchScore[] {
  const index = taskIndex(tasks);
  const pc = prepareContext(ctx);
  const pv = prepareVolunteer(volunteer);
  return rankTasks(pv, index.tasks, candidateTasks(index, pv, pc), k, pc);
}

/**
 * Baseline for tests and benchmarks: {@link topCandidatesForTask} scoring every
 * volunteer (no index). Same results, more work.
 */
export function bruteForceTopCandidates(
  task: TaskInput,
  volunteers: VolunteerPool,
  k: number,
  ctx: MatchContext | PreparedContext,
): MatchScore[] {
  const list = isIndex(volunteers) ? volunteers.volunteers : volunteers.map(prepareVolunteer);
  const pc = prepareContext(ctx);
  return rankVolunteers(prepareTask(task), list, allPositions(list.length), k, pc);
}

/** Baseline for tests and benchmarks: {@link topTasksForVolunteer} scoring every task. */
export function bruteForceTopTasks(
  volunteer: VolunteerInput,
  tasks: TaskPool,
  k: number,
  ctx: MatchContext | PreparedContext,
): MatchScore[] {
  const list = isIndex(tasks) ? tasks.tasks : tasks.map(prepareTask);
  const pc = prepareContext(ctx);
  return rankTasks(prepareVolunteer(volunteer), list, allPositions(list.length), k, pc);
}

/** Options for {@link generateCandidateEdges}. */
export interface CandidateEdgeOptions {
  /** Drop pairs scoring below this (default 0: keep every non-excluded pair). */
  minScore?: number;
  /** Keep only the best N volunteers per task (default: all). */
  maxPerTask?: number;
}

/**
 * The sparse candidate graph for the optimiser: every non-excluded
 * volunteer–task pair reachable through the skill index, with its score.
 * Ordered by task (index order), then volunteer (index order).
 */
export function generateCandidateEdges(
  index: SkillIndex,
  ctx: MatchContext | PreparedContext,
  options: CandidateEdgeOptions = {},
): CandidateEdge[] {
  const pc = prepareContext(ctx);
  const minScore = options.minScore ?? 0;
  const maxPerTask = options.maxPerTask === undefined ? Infinity : normaliseK(options.maxPerTask);
  const edges: CandidateEdge[] = [];
  for (const t of index.tasks) {
    const scored: Scored[] = [];
    for (const pos of candidateVolunteers(index, t, pc).sort((a, b) => a - b)) {
      const v = index.volunteers[pos];
      const e = evaluatePair(v, t, pc, false);
      if (!Array.isArray(e) && e.score >= minScore) scored.push({ score: e.score, id: v.id, pos });
    }
    const kept =
      maxPerTask < scored.length
        ? scored
            .sort(compareScored)
            .slice(0, maxPerTask)
            .sort((a, b) => a.pos - b.pos)
        : scored;
    for (const s of kept) edges.push({ volunteerId: s.id, taskId: t.id, score: s.score });
  }
  return edges;
}
