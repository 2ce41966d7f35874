import type {
  DateLike,
  FairnessSettings,
  LinkKind,
  MatchContext,
  RequiredSkill,
  ScoreWeights,
  TaskInput,
  TaskKind,
  VolunteerInput,
} from './types';

/**
 * Normalised views of the inputs, computed once per volunteer / task / context
 * so that scoring many pairs does not redo parsing and set building.
 */

/** Tolerance for hour arithmetic (fractional hours sum imprecisely). */
export const HOURS_EPS = 1e-9;

/** Default weights of the score formula; they sum to 1 before the fairness penalty. */
export const DEFAULT_WEIGHTS: Readonly<ScoreWeights> = Object.freeze({
  skill: 0.55,
  development: 0.07,
  interest: 0.08,
  availability: 0.1,
  experience: 0.1,
  presence: 0.1,
  fairness: 0.2,
});

export const DEFAULT_FAIRNESS: Readonly<FairnessSettings> = Object.freeze({
  askScale: 3,
  activeScale: 2,
});

export interface PreparedVolunteer {
  readonly source: VolunteerInput;
  readonly id: string;
  /** Skill id → level (max over duplicates), levels clamped to 1..5; level < 1 means absent. */
  readonly levels: ReadonlyMap<string, number>;
  readonly wants: ReadonlySet<string>;
  readonly interests: ReadonlySet<string>;
  readonly declined: ReadonlySet<string>;
  /** Busy periods as [start, end) epoch ms. */
  readonly busy: readonly (readonly [number, number])[];
  readonly links: ReadonlySet<LinkKind>;
  /** Available minus committed hours per month, never negative. */
  readonly freeHours: number;
}

export interface PreparedRequirement extends RequiredSkill {
  /** Weight used in the formula (normalised, non-negative). */
  readonly effectiveWeight: number;
}

export interface PreparedTask {
  readonly source: TaskInput;
  readonly id: string;
  readonly kind: TaskKind;
  readonly required: readonly PreparedRequirement[];
  readonly totalWeight: number;
  readonly tags: readonly string[];
  /** Task dates as a closed window [start, end] in epoch ms, or null when undated. */
  readonly window: readonly [number, number] | null;
  readonly effort: number;
  readonly seats: number;
}

export interface PreparedContext {
  readonly prepared: true;
  /** Symmetric related-skill adjacency, neighbours sorted. */
  readonly neighbours: ReadonlyMap<string, readonly string[]>;
  readonly names: Readonly<Record<string, string>>;
  readonly weights: Readonly<ScoreWeights>;
  readonly fairness: Readonly<FairnessSettings>;
}

const NO_NEIGHBOURS: readonly string[] = Object.freeze([]);

/** Converts a {@link DateLike} to epoch milliseconds; throws `RangeError` on an invalid date. */
export function toMillis(value: DateLike): number {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) throw new RangeError(`Invalid date: ${String(value)}`);
  return ms;
}

/** Lower-cases, trims and strips a leading `#` so "#Sustainability" matches "sustainability". */
export function normaliseTag(tag: string): string {
  return tag.trim().replace(/^#+/, '').toLowerCase();
}

function clampLevel(level: number): number {
  if (!Number.isFinite(level)) return 0;
  return Math.min(5, Math.max(0, Math.floor(level)));
}

function nonNegative(n: number | undefined): number {
  return n !== undefined && Number.isFinite(n) && n > 0 ? n : 0;
}

export function prepareVolunteer(v: VolunteerInput): PreparedVolunteer {
  const levels = new Map<string, number>();
  for (const s of v.skills) {
    const level = clampLevel(s.level);
    if (level < 1) continue;
    const prev = levels.get(s.skillId);
    if (prev === undefined || level > prev) levels.set(s.skillId, level);
  }
  const busy: (readonly [number, number])[] = v.busy.map((p) => {
    const a = toMillis(p.start);
    const b = toMillis(p.end);
    return a <= b ? ([a, b] as const) : ([b, a] as const);
  });
  return {
    source: v,
    id: v.id,
    levels,
    wants: new Set(v.wantsToDevelop),
    interests: new Set(v.interests.map(normaliseTag).filter((t) => t.length > 0)),
    declined: new Set(v.declinedTaskIds),
    busy,
    links: new Set((v.links ?? []).map((l) => l.kind)),
    freeHours: freeHours(v),
  };
}

/** Available minus committed hours per month, never negative. */
export function freeHours(v: VolunteerInput): number {
  return Math.max(0, nonNegative(v.availableHoursPerMonth) - nonNegative(v.committedHoursPerMonth));
}

export function prepareTask(t: TaskInput): PreparedTask {
  // Duplicate requirements merge into the strictest one.
  const bySkill = new Map<string, { skillId: string; minLevel: number; weight: number }>();
  for (const r of t.requiredSkills) {
    const minLevel = Math.max(1, clampLevel(r.minLevel));
    const weight = nonNegative(r.weight);
    const prev = bySkill.get(r.skillId);
    if (prev) {
      prev.minLevel = Math.max(prev.minLevel, minLevel);
      prev.weight = Math.max(prev.weight, weight);
    } else {
      bySkill.set(r.skillId, { skillId: r.skillId, minLevel, weight });
    }
  }
  const reqs = [...bySkill.values()];
  const sum = reqs.reduce((acc, r) => acc + r.weight, 0);
  // All-zero weights mean "all equally important".
  const required: PreparedRequirement[] = reqs.map((r) => ({
    ...r,
    effectiveWeight: sum > 0 ? r.weight : 1,
  }));
  const totalWeight = required.reduce((acc, r) => acc + r.effectiveWeight, 0);

  let window: readonly [number, number] | null = null;
  if (t.start !== undefined || t.due !== undefined) {
    const a = toMillis(t.start ?? (t.due as DateLike));
    const b = toMillis(t.due ?? (t.start as DateLike));
    window = a <= b ? [a, b] : [b, a];
  }
  const tags = [...new Set((t.interestTags ?? []).map(normaliseTag).filter((x) => x.length > 0))];
  return {
    source: t,
    id: t.id,
    kind: t.kind,
    required,
    totalWeight,
    tags,
    window,
    effort: nonNegative(t.effortHours),
    seats: Math.floor(nonNegative(t.freeSeats)),
  };
}

export function isPreparedContext(ctx: MatchContext | PreparedContext): ctx is PreparedContext {
  return (ctx as PreparedContext).prepared === true;
}

/**
 * Precomputes the symmetric related-skill graph and resolved weights. Pass the
 * result instead of a raw {@link MatchContext} when scoring many pairs.
 */
export function prepareContext(ctx: MatchContext | PreparedContext): PreparedContext {
  if (isPreparedContext(ctx)) return ctx;
  const sets = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    if (a === b) return;
    let s = sets.get(a);
    if (!s) sets.set(a, (s = new Set()));
    s.add(b);
  };
  const related = ctx.relatedSkills ?? {};
  for (const from of Object.keys(related).sort()) {
    for (const to of related[from] ?? []) {
      link(from, to);
      link(to, from);
    }
  }
  const neighbours = new Map<string, readonly string[]>();
  for (const [k, s] of sets) neighbours.set(k, [...s].sort());
  return {
    prepared: true,
    neighbours,
    names: ctx.skillNames ?? {},
    weights: { ...DEFAULT_WEIGHTS, ...definedOnly(ctx.weights) },
    fairness: { ...DEFAULT_FAIRNESS, ...definedOnly(ctx.fairness) },
  };
}

function definedOnly<T extends object>(o: Partial<T> | undefined): Partial<T> {
  const out: Partial<T> = {};
  if (!o) return out;
  for (const k of Object.keys(o) as (keyof T)[]) {
    const v = o[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** Related skills of `skillId` (symmetric), empty when none. */
export function neighboursOf(ctx: PreparedContext, skillId: string): readonly string[] {
  return ctx.neighbours.get(skillId) ?? NO_NEIGHBOURS;
}

export function skillName(ctx: PreparedContext, skillId: string): string {
  return ctx.names[skillId] ?? skillId;
}

/** Link kinds that show a relevant online presence for each task kind. */
export const RELEVANT_LINKS: Readonly<Record<TaskKind, readonly LinkKind[]>> = {
  SOCIAL_ACCOUNT: ['TWITTER', 'LINKEDIN', 'BLOG'],
  CONTENT_CREATION: ['BLOG', 'WEBSITE', 'LINKEDIN', 'TWITTER'],
  WORKSHOP: ['BLOG', 'WEBSITE', 'LINKEDIN'],
  CONTENT_TIDY_UP: ['WEBSITE', 'BLOG'],
  OTHER: [],
};

/**
 * The first busy period overlapping a task window, or null. Busy periods are
 * half-open [start, end); a task dated by a single day is an instant window.
 */
export function findBusyClash(
  busy: readonly (readonly [number, number])[],
  window: readonly [number, number],
): readonly [number, number] | null {
  const [ws, we] = window;
  for (const period of busy) {
    const [bs, be] = period;
    if (ws === we ? bs <= ws && ws < be : bs < we && ws < be) return period;
  }
  return null;
}
