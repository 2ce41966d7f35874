import { explainExclusion, explainMatch } from './explain';
import {
  HOURS_EPS,
  RELEVANT_LINKS,
  findBusyClash,
  type PreparedContext,
  type PreparedTask,
  type PreparedVolunteer,
  neighboursOf,
  prepareContext,
  prepareTask,
  prepareVolunteer,
  skillName,
} from './prepare';
import type {
  Exclusion,
  ExclusionReason,
  MatchContext,
  MatchResult,
  MatchScore,
  ScoreParts,
  SkillMatchDetail,
  TaskInput,
  VolunteerInput,
} from './types';

/** Credit per level below the minimum: level 2 of 3 earns 0.75 × 2/3 = 0.5. */
export const BELOW_MINIMUM_FACTOR = 0.75;
/** Credit for a related skill: a related skill at the minimum level earns 0.5. */
export const RELATED_SKILL_FACTOR = 0.5;
/** Skill part of a task that requires no skills: neutral, neither good nor bad. */
export const NO_REQUIREMENT_SKILL_PART = 0.5;

/** Internal result of scoring a prepared pair. */
export interface Evaluation {
  score: number;
  parts: ScoreParts;
  /** Per-skill details, only when requested. */
  skills: SkillMatchDetail[] | null;
}

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** Hard rules checked before any scoring, in the order reasons are reported. */
const HARD_RULES: readonly (readonly [ExclusionReason, (v: PreparedVolunteer, t: PreparedTask) => boolean])[] = [
  ['DEACTIVATED', (v) => v.source.status === 'DEACTIVATED'],
  ['PAUSED', (v) => v.source.status === 'PAUSED'],
  ['NOT_AMBASSADOR', (v, t) => t.source.ambassadorsOnly && !v.source.isActiveAmbassador],
  ['DECLINED', (v, t) => v.declined.has(t.id)],
  ['NO_FREE_SEATS', (_v, t) => t.seats < 1],
  ['NOT_ENOUGH_HOURS', (v, t) => v.freeHours + HOURS_EPS < t.effort],
  ['DATE_CLASH', (v, t) => t.window !== null && findBusyClash(v.busy, t.window) !== null],
];

/**
 * Scores a prepared pair, or lists the hard exclusions that apply (all of
 * them with `withDetails`, otherwise just the first found). This is
 * the single implementation behind {@link score}, the rankers, the brute-force
 * baselines and candidate-edge generation, so they can never disagree.
 */
export function evaluatePair(
  v: PreparedVolunteer,
  t: PreparedTask,
  ctx: PreparedContext,
  withDetails: boolean,
): Evaluation | ExclusionReason[] {
  const src = v.source;
  let reasons: ExclusionReason[] | null = null;
  for (const [reason, applies] of HARD_RULES) {
    if (!applies(v, t)) continue;
    // Without details only "excluded or not" matters, so stop at the first reason.
    if (!withDetails) return [reason];
    (reasons ??= []).push(reason);
  }

  const learners = t.source.acceptsLearners;
  let relevant = t.required.length === 0;
  let skillSum = 0;
  let devSum = 0;
  const details: SkillMatchDetail[] | null = withDetails ? [] : null;
  for (const r of t.required) {
    const level = v.levels.get(r.skillId) ?? 0;
    const direct = level >= r.minLevel ? 1 : level > 0 ? (BELOW_MINIMUM_FACTOR * level) / r.minLevel : 0;
    let relatedId: string | null = null;
    let relatedLevel = 0;
    let relatedCredit = 0;
    for (const n of neighboursOf(ctx, r.skillId)) {
      const nl = v.levels.get(n);
      if (nl === undefined) continue;
      const c = RELATED_SKILL_FACTOR * Math.min(1, nl / r.minLevel);
      if (c > relatedCredit) {
        relatedCredit = c;
        relatedId = n;
        relatedLevel = nl;
      }
    }
    const wants = v.wants.has(r.skillId);
    if (level > 0 || relatedId !== null || (learners && wants)) relevant = true;
    const credit = Math.max(direct, relatedCredit);
    skillSum += r.effectiveWeight * credit;
    if (learners && wants) devSum += r.effectiveWeight;
    if (details) {
      details.push({
        skillId: r.skillId,
        name: skillName(ctx, r.skillId),
        minLevel: r.minLevel,
        weight: r.weight,
        level: level > 0 ? level : null,
        related:
          relatedId !== null && relatedCredit > direct
            ? {
                skillId: relatedId,
                name: skillName(ctx, relatedId),
                level: relatedLevel,
              }
            : null,
        credit,
        meets: level >= r.minLevel,
        wantsToDevelop: wants,
      });
    }
  }
  if (!relevant) (reasons ??= []).push('NO_RELEVANT_SKILL');
  if (reasons !== null) return reasons;

  const hasReqs = t.required.length > 0;
  const skill = hasReqs ? skillSum / t.totalWeight : NO_REQUIREMENT_SKILL_PART;
  const development = hasReqs ? devSum / t.totalWeight : 0;

  let interest = 0;
  if (src.targetingConsent && t.tags.length > 0 && v.interests.size > 0) {
    let hits = 0;
    for (const tag of t.tags) if (v.interests.has(tag)) hits++;
    interest = Math.min(1, hits / Math.min(t.tags.length, 2));
  }

  const availability = t.effort <= 0 ? 1 : clamp01(v.freeHours / t.effort - 1);
  const done = Math.max(0, src.pastTaskKinds[t.kind] ?? 0);
  const experience = done / (done + 1);

  let linkHits = 0;
  for (const k of RELEVANT_LINKS[t.kind]) if (v.links.has(k)) linkHits++;
  const presence = Math.min(1, linkHits / 2);

  const load =
    Math.max(0, src.recentAsks) / ctx.fairness.askScale + Math.max(0, src.activeAssignments) / ctx.fairness.activeScale;
  const fairnessPenalty = load / (1 + load);

  const w = ctx.weights;
  const raw =
    w.skill * skill +
    w.development * development +
    w.interest * interest +
    w.availability * availability +
    w.experience * experience +
    w.presence * presence -
    w.fairness * fairnessPenalty;
  return {
    score: round6(clamp01(raw)),
    parts: {
      skill,
      development,
      interest,
      availability,
      experience,
      presence,
      fairnessPenalty,
    },
    skills: details,
  };
}

/** Turns an {@link evaluatePair} result into the public {@link MatchResult}. */
export function toMatchResult(
  v: PreparedVolunteer,
  t: PreparedTask,
  ctx: PreparedContext,
  result: Evaluation | ExclusionReason[],
): MatchResult {
  if (Array.isArray(result)) {
    return {
      outcome: 'excluded',
      volunteerId: v.id,
      taskId: t.id,
      reason: result[0],
      reasons: result,
      message: explainExclusion(result[0], v, t),
    };
  }
  const skills = result.skills ?? [];
  return {
    outcome: 'match',
    volunteerId: v.id,
    taskId: t.id,
    score: result.score,
    parts: result.parts,
    skills,
    explanation: explainMatch({
      volunteer: v,
      task: t,
      ctx,
      parts: result.parts,
      skills,
    }),
  };
}

/**
 * Scores how well a volunteer fits a task, or says why they can never be matched.
 *
 * Hard exclusions (returned as an {@link Exclusion} with every applicable reason):
 * `DEACTIVATED`, `PAUSED`, `NOT_AMBASSADOR` (task is ambassadors-only),
 * `DECLINED` (declined this task before), `NO_FREE_SEATS`, `NOT_ENOUGH_HOURS`
 * (available − committed < effort), `DATE_CLASH` (a busy period overlaps the
 * task's [start, due] window) and `NO_RELEVANT_SKILL` (the task requires skills
 * and the volunteer has none of them, none related, and is not a welcome learner
 * of any).
 *
 * Otherwise the score, clamped to [0, 1] and rounded to 6 decimals, is
 *
 * ```
 * 0.55·skill + 0.07·development + 0.08·interest + 0.10·availability
 *   + 0.10·experience + 0.10·presence − 0.20·fairnessPenalty
 * ```
 *
 * (weights overridable through `ctx.weights`), where each part is in [0, 1]:
 * - `skill` — weighted mean credit over required skills: 1 at or above the
 *   minimum level, `0.75·level/minLevel` below it, `0.5·min(1, level/minLevel)`
 *   through a related skill (the better of direct and related counts); 0.5 when
 *   the task requires no skills;
 * - `development` — weighted share of required skills the volunteer wants to
 *   develop, only when the task accepts learners;
 * - `interest` — interests matching the task's tags (up to 2 needed for full
 *   credit), only when the volunteer consented to targeting;
 * - `availability` — `min(1, freeHours/effort − 1)`: 0 when the task would take
 *   all free hours, 1 with twice the effort free;
 * - `experience` — `n/(n+1)` for n completed tasks of the same kind;
 * - `presence` — relevant profile links for the task kind (blog, Twitter, …), 2 for full credit;
 * - `fairnessPenalty` — `load/(1+load)` with `load = recentAsks/3 + activeAssignments/2`,
 *   so the same few people are not always asked.
 *
 * Deterministic and pure.
 */
export function score(volunteer: VolunteerInput, task: TaskInput, ctx: MatchContext | PreparedContext): MatchResult {
  const pv = prepareVolunteer(volunteer);
  const pt = prepareTask(task);
  const pc = prepareContext(ctx);
  return toMatchResult(pv, pt, pc, evaluatePair(pv, pt, pc, true));
}

/** Narrows a {@link MatchResult} to an {@link Exclusion}. */
export function isExclusion(result: MatchResult): result is Exclusion {
  return result.outcome === 'excluded';
}

/** Narrows a {@link MatchResult} to a {@link MatchScore}. */
export function isMatch(result: MatchResult): result is MatchScore {
  return result.outcome === 'match';
}
