/**
 * Plain-data types of the matching engine. Everything here is serialisable
 * input or output: no classes, no Nest, no database types.
 */

/** Kinds of comms task a volunteer can be matched with. */
export const TASK_KINDS = ['SOCIAL_ACCOUNT', 'CONTENT_TIDY_UP', 'WORKSHOP', 'CONTENT_CREATION', 'OTHER'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export type VolunteerStatus = 'ACTIVE' | 'PAUSED' | 'DEACTIVATED';

/** Where a volunteer can be found online (profile links). */
export type LinkKind = 'BLOG' | 'TWITTER' | 'LINKEDIN' | 'WEBSITE' | 'OTHER';

/** A point in time: a `Date`, an ISO-8601 string or epoch milliseconds. */
export type DateLike = Date | string | number;

/** A half-open period `[start, end)`. */
export interface Period {
  start: DateLike;
  end: DateLike;
}

/** A skill on a volunteer's profile, level 1 (beginner) to 5 (expert). */
export interface VolunteerSkill {
  skillId: string;
  level: number;
}

/** Everything the engine needs to know about one volunteer. */
export interface VolunteerInput {
  id: string;
  skills: readonly VolunteerSkill[];
  /** Skill ids the volunteer wants to develop. */
  wantsToDevelop: readonly string[];
  /** Free-text interest tags (compared case-insensitively, leading `#` ignored). */
  interests: readonly string[];
  /** Interests may only influence matching when this is true. */
  targetingConsent: boolean;
  availableHoursPerMonth: number;
  /** Hours per month already promised to accepted tasks. Defaults to 0. */
  committedHoursPerMonth?: number;
  isActiveAmbassador: boolean;
  status: VolunteerStatus;
  /** Tasks this volunteer has declined; never offered again. */
  declinedTaskIds: readonly string[];
  /** Periods when the volunteer is unavailable (half-open `[start, end)`). */
  busy: readonly Period[];
  /** Completed tasks per kind. Missing kinds count as 0. */
  pastTaskKinds: Partial<Record<TaskKind, number>>;
  /** Offers and assignments in the recent fairness window. */
  recentAsks: number;
  /** Assignments currently in progress. */
  activeAssignments: number;
  links?: readonly { kind: LinkKind }[];
}

/** A skill a task needs, with its minimum level and relative weight. */
export interface RequiredSkill {
  skillId: string;
  minLevel: number;
  weight: number;
}

/** Everything the engine needs to know about one comms task. */
export interface TaskInput {
  id: string;
  kind: TaskKind;
  requiredSkills: readonly RequiredSkill[];
  /** Hours per month the task takes from one volunteer. */
  effortHours: number;
  /** Seats still open (seats minus accepted assignments). */
  freeSeats: number;
  start?: DateLike;
  due?: DateLike;
  ambassadorsOnly: boolean;
  /** Whether someone still learning a required skill may take it. */
  acceptsLearners: boolean;
  interestTags?: readonly string[];
}

/** The skills taxonomy as the engine sees it. */
export interface SkillGraph {
  /** Related skills; treated as symmetric (a→b implies b→a). */
  relatedSkills?: Readonly<Record<string, readonly string[]>>;
  /** Display names for explanations; the id is shown when missing. */
  skillNames?: Readonly<Record<string, string>>;
}

/** Weights of the score formula (see {@link score}). */
export interface ScoreWeights {
  skill: number;
  development: number;
  interest: number;
  availability: number;
  experience: number;
  presence: number;
  /** Subtracted, multiplied by the fairness penalty. */
  fairness: number;
}

/** How quickly recent asks and active assignments saturate the fairness penalty. */
export interface FairnessSettings {
  /** Recent asks that alone give half the maximum penalty. */
  askScale: number;
  /** Active assignments that alone give half the maximum penalty. */
  activeScale: number;
}

/** Scoring context: the skill graph plus optional tuning. */
export interface MatchContext extends SkillGraph {
  weights?: Partial<ScoreWeights>;
  fairness?: Partial<FairnessSettings>;
}

/** The named components of a score, each in [0, 1] before weighting. */
export interface ScoreParts {
  /** Weighted coverage of required skills (partial credit below minimum / via related skills). */
  skill: number;
  /** Share of required skills the volunteer wants to develop (only when the task accepts learners). */
  development: number;
  /** Overlap of interests and task tags (only with targeting consent). */
  interest: number;
  /** Free hours relative to the task's effort. */
  availability: number;
  /** Completed tasks of the same kind. */
  experience: number;
  /** Online presence relevant to the task kind (blog, Twitter, …). */
  presence: number;
  /** Load from recent asks and active assignments; lowers the score. */
  fairnessPenalty: number;
}

/** How one required skill was matched. */
export interface SkillMatchDetail {
  skillId: string;
  name: string;
  minLevel: number;
  weight: number;
  /** The volunteer's own level, or null when the skill is not on their profile. */
  level: number | null;
  /** The related skill that earned credit, when it beat the direct level. */
  related: { skillId: string; name: string; level: number } | null;
  /** Credit in [0, 1] for this skill. */
  credit: number;
  meets: boolean;
  wantsToDevelop: boolean;
}

/** A scored, explainable volunteer–task pair. */
export interface MatchScore {
  outcome: 'match';
  volunteerId: string;
  taskId: string;
  /** In [0, 1], rounded to 6 decimals. */
  score: number;
  parts: ScoreParts;
  skills: SkillMatchDetail[];
  /** A short human sentence, e.g. "Twitter: level 4, needs 3 · has a blog · 6 h/month free". */
  explanation: string;
}

/** Why a pair can never be matched. */
export type ExclusionReason =
  | 'DEACTIVATED'
  | 'PAUSED'
  | 'NOT_AMBASSADOR'
  | 'DECLINED'
  | 'NO_FREE_SEATS'
  | 'NOT_ENOUGH_HOURS'
  | 'DATE_CLASH'
  | 'NO_RELEVANT_SKILL';

/** A pair excluded by a hard rule. */
export interface Exclusion {
  outcome: 'excluded';
  volunteerId: string;
  taskId: string;
  /** The first reason, in the order of {@link ExclusionReason}. */
  reason: ExclusionReason;
  /** Every reason that applies. */
  reasons: ExclusionReason[];
  /** Human sentence for the first reason. */
  message: string;
}

export type MatchResult = MatchScore | Exclusion;

/** A scored pair of the sparse candidate graph used by the optimiser. */
export interface CandidateEdge {
  volunteerId: string;
  taskId: string;
  score: number;
}

/** One assignment proposed by the optimiser. */
export interface PlannedAssignment {
  volunteerId: string;
  taskId: string;
  score: number;
}

export interface TaskPlan {
  freeSeats: number;
  filled: number;
  volunteerIds: string[];
  total: number;
}

export interface VolunteerPlan {
  freeHours: number;
  usedHours: number;
  taskIds: string[];
}

/** The organisation-wide assignment proposal. */
export interface AssignmentPlan {
  /** Sorted by task id, then score (desc), then volunteer id. */
  assignments: PlannedAssignment[];
  total: number;
  perTask: Record<string, TaskPlan>;
  perVolunteer: Record<string, VolunteerPlan>;
  /**
   * `exact-flow`: provably optimal (max-weight b-matching by min-cost flow).
   * `exact-search`: provably optimal (branch and bound on a small candidate graph).
   * `heuristic`: Lagrangian-guided construction plus local search.
   * `greedy`: only from the {@link greedyAssignments} baseline.
   */
  method: 'exact-flow' | 'exact-search' | 'heuristic' | 'greedy';
  /** An upper bound on the optimal total (equal to `total` for `exact-flow`). */
  upperBound?: number;
}
