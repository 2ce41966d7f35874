import { formatDate } from './explain';
import { toMillis } from './prepare';
import type { DateLike, RequiredSkill, SkillGraph, VolunteerSkill } from './types';

/**
 * Workshops for learners. A workshop (a task of kind WORKSHOP) is matched twice:
 * its facilitators like any task (they need its skills — see `score`), and its
 * attendees here: people who *want to develop* the skills it teaches. A learner
 * is never suggested as a workshop's facilitator for wanting a skill (the
 * loader marks workshops as not accepting learners), and never here for a
 * workshop they already teach, attend or wait for.
 */

/** A workshop as the learner side sees it: the skills it teaches (its required skills) and its places. */
export interface WorkshopInput {
  id: string;
  /** The skills it teaches, at the level its facilitators need (weights say what matters most). */
  teaches: readonly RequiredSkill[];
  start?: DateLike;
  /** Attendee places still free (0: full, the waitlist is open). */
  placesLeft: number;
}

/** What the learner side needs to know about one member. */
export interface LearnerInput {
  id: string;
  skills: readonly VolunteerSkill[];
  wantsToDevelop: readonly string[];
  /** Workshops they teach, attend or wait for: never suggested. */
  attachedWorkshopIds: readonly string[];
}

export interface WorkshopSuggestion {
  workshopId: string;
  /** Weighted share of what the workshop teaches that the member wants to develop, 0–1 (halved when full). */
  score: number;
  /** Why, phrase by phrase. */
  reasons: string[];
  explanation: string;
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * The workshops to suggest to a learner, best first: each teaches at least one
 * skill they want to develop and has not started by `now`. The score is the
 * weighted share of the taught skills they want; a full workshop (waitlist
 * only) counts half, and ties go to the sooner workshop. Pure and deterministic.
 *
 * @example reasons: ["wants to develop Blogging", "Blogging: level 1 now, taught to level 3", "3 places left", "on 2027-01-14"]
 */
export function suggestWorkshops(
  learner: LearnerInput,
  workshops: readonly WorkshopInput[],
  graph: SkillGraph,
  now: DateLike,
  limit = 5,
): WorkshopSuggestion[] {
  const wants = new Set(learner.wantsToDevelop);
  if (!wants.size) return [];
  const attached = new Set(learner.attachedWorkshopIds);
  const levels = new Map(learner.skills.map((s) => [s.skillId, s.level]));
  const nowMs = toMillis(now);
  const name = (id: string) => graph.skillNames?.[id] ?? id;
  const found: (WorkshopSuggestion & { startMs: number })[] = [];
  for (const w of workshops) {
    if (attached.has(w.id)) continue;
    const startMs = w.start === undefined ? Number.POSITIVE_INFINITY : toMillis(w.start);
    if (startMs <= nowMs) continue;
    const total = w.teaches.reduce((sum, r) => sum + Math.max(0, r.weight), 0);
    const wanted = w.teaches.filter((r) => wants.has(r.skillId));
    if (!wanted.length) continue;
    const share = total > 0 ? wanted.reduce((sum, r) => sum + Math.max(0, r.weight), 0) / total : 1;
    const full = w.placesLeft < 1;
    const reasons = [`wants to develop ${wanted.map((r) => name(r.skillId)).join(', ')}`];
    for (const r of wanted) {
      const level = levels.get(r.skillId);
      if (level !== undefined && level > 0) {
        reasons.push(`${name(r.skillId)}: level ${level} now, taught to level ${r.minLevel}`);
      }
    }
    reasons.push(full ? 'full: the waitlist is open' : `${w.placesLeft} place${w.placesLeft === 1 ? '' : 's'} left`);
    if (Number.isFinite(startMs)) reasons.push(`on ${formatDate(startMs)}`);
    found.push({
      workshopId: w.id,
      score: round6(full ? share / 2 : share),
      reasons,
      explanation: reasons.join(' · '),
      startMs,
    });
  }
  found.sort((a, b) => b.score - a.score || a.startMs - b.startMs || (a.workshopId < b.workshopId ? -1 : 1));
  return found.slice(0, limit).map(({ startMs: _startMs, ...s }) => s);
}
