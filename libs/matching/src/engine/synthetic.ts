import { buildAssignmentProblem } from './assignment-problem';
import { WEIGHT_SCALE } from './optimise';
import { HOURS_EPS, freeHours, prepareContext, prepareTask } from './prepare';
import { generateCandidateEdges } from './rank';
import { buildSkillIndex } from './skill-index';
import { type CandidateEdge, type MatchContext, type TaskInput, type VolunteerInput, TASK_KINDS } from './types';

/**
 * Seeded synthetic organisations for the matching benchmarks and the
 * optimiser's oracle tests: skills in clusters of 8 (each related to the
 * next), 6–10 skills per volunteer around three home clusters, 3–6 required
 * skills per task mostly from one cluster, 1–20 seats, efforts 2–8 h, hours
 * 4–16 h. Not used by the product.
 */

const SKILLS = 400;
const CLUSTER = 8;

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Instance {
  volunteers: VolunteerInput[];
  tasks: TaskInput[];
  ctx: MatchContext;
}

/** A seeded organisation; `equalEffort` gives every task the same effort (the exact case). */
export function generate(nVolunteers: number, nTasks: number, seed: number, equalEffort = false): Instance {
  const rand = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const skill = (c: number) => `s${(c * CLUSTER + int(0, CLUSTER - 1)) % SKILLS}`;
  const clusters = SKILLS / CLUSTER;
  const relatedSkills: Record<string, string[]> = {};
  for (let i = 0; i < SKILLS; i++) {
    const base = i - (i % CLUSTER);
    relatedSkills[`s${i}`] = [`s${base + ((i + 1) % CLUSTER)}`];
  }
  const tasks = Array.from({ length: nTasks }, (_, i): TaskInput => {
    const home = int(0, clusters - 1);
    const required = new Map<string, { skillId: string; minLevel: number; weight: number }>();
    const n = int(3, 6);
    while (required.size < n) {
      const id = rand() < 0.8 ? skill(home) : skill(int(0, clusters - 1));
      required.set(id, { skillId: id, minLevel: int(1, 4), weight: int(1, 3) });
    }
    return {
      id: `t${i}`,
      kind: TASK_KINDS[int(0, TASK_KINDS.length - 1)],
      requiredSkills: [...required.values()],
      effortHours: equalEffort ? 4 : [2, 3, 4, 6, 8][int(0, 4)],
      freeSeats: int(1, 20),
      ambassadorsOnly: false,
      acceptsLearners: rand() < 0.3,
    };
  });
  const volunteers = Array.from({ length: nVolunteers }, (_, i): VolunteerInput => {
    const homes = [int(0, clusters - 1), int(0, clusters - 1), int(0, clusters - 1)];
    const skills = new Map<string, number>();
    // Three home clusters can coincide (8 skills in all): never ask for more than exist.
    const n = Math.min(int(6, 10), new Set(homes).size * CLUSTER);
    while (skills.size < n) skills.set(skill(homes[int(0, 2)]), int(1, 5));
    return {
      id: `v${i}`,
      skills: [...skills].map(([skillId, level]) => ({ skillId, level })),
      wantsToDevelop: [],
      interests: [],
      targetingConsent: false,
      availableHoursPerMonth: [4, 6, 8, 12, 16][int(0, 4)],
      isActiveAmbassador: true,
      status: 'ACTIVE',
      declinedTaskIds: [],
      busy: [],
      pastTaskKinds: {},
      recentAsks: int(0, 3),
      activeAssignments: int(0, 1),
      links: rand() < 0.3 ? [{ kind: 'BLOG' }] : [],
    };
  });
  return { volunteers, tasks, ctx: { relatedSkills } };
}

/** The sparse candidate graph: about `perVolunteer` best tasks per volunteer. */
export function candidateEdges(inst: Instance, perVolunteer: number): CandidateEdge[] {
  const index = buildSkillIndex({ volunteers: inst.volunteers, tasks: inst.tasks });
  const maxPerTask = Math.ceil((inst.volunteers.length * perVolunteer) / inst.tasks.length);
  return generateCandidateEdges(index, prepareContext(inst.ctx), { maxPerTask });
}

/** An equal-effort instance as the integer b-matching the exact solver is given (as `optimise.ts` builds it). */
export interface IntegerBMatching {
  capacity: Int32Array;
  seats: Int32Array;
  pairV: Int32Array;
  pairT: Int32Array;
  weight: Float64Array;
}

export function integerBMatching(inst: Instance, edges: CandidateEdge[]): IntegerBMatching {
  const vIndex = new Map(inst.volunteers.map((v, i) => [v.id, i]));
  const tIndex = new Map(inst.tasks.map((t, i) => [t.id, i]));
  const tasks = inst.tasks.map(prepareTask);
  const effort = tasks[0]?.effort ?? 1;
  if (tasks.some((t) => t.effort !== effort)) throw new RangeError('integerBMatching needs equal efforts');
  const p = buildAssignmentProblem(
    inst.volunteers.map((v) => v.id),
    inst.tasks.map((t) => t.id),
    Float64Array.from(inst.volunteers, freeHours),
    Int32Array.from(tasks, (t) => t.seats),
    Float64Array.from(tasks, (t) => t.effort),
    {
      v: Int32Array.from(edges, (e) => vIndex.get(e.volunteerId) as number),
      t: Int32Array.from(edges, (e) => tIndex.get(e.taskId) as number),
      w: Float64Array.from(edges, (e) => e.score),
      count: edges.length,
    },
  );
  const capacity = Int32Array.from(p.volunteerIds, (_, v) =>
    Math.min(p.vStart[v + 1] - p.vStart[v], Math.floor(p.hours[v] / effort + HOURS_EPS)),
  );
  const weight = Float64Array.from(p.edgeW, (w) => Math.round(w * WEIGHT_SCALE));
  return { capacity, seats: p.seats, pairV: p.edgeV, pairT: p.edgeT, weight };
}

/** The assignment problem as CPLEX LP text: max Σ w x, seats per task, hours per volunteer, 0 ≤ x ≤ 1. */
export function lpText(inst: Instance, edges: CandidateEdge[], integer: boolean): string {
  const effort = new Map(inst.tasks.map((t) => [t.id, t.effortHours]));
  const byTask = new Map<string, string[]>();
  const byVol = new Map<string, string[]>();
  const obj: string[] = [];
  edges.forEach((e, i) => {
    obj.push(`${e.score.toFixed(6)} x${i}`);
    (byTask.get(e.taskId) ?? byTask.set(e.taskId, []).get(e.taskId)!).push(`x${i}`);
    (byVol.get(e.volunteerId) ?? byVol.set(e.volunteerId, []).get(e.volunteerId)!).push(
      `${effort.get(e.taskId)} x${i}`,
    );
  });
  const lines = ['Maximize', ` obj: ${obj.join(' + ')}`, 'Subject To'];
  const seats = new Map(inst.tasks.map((t) => [t.id, t.freeSeats]));
  for (const [t, xs] of byTask) lines.push(` c${t}: ${xs.join(' + ')} <= ${seats.get(t)}`);
  const hours = new Map(inst.volunteers.map((v) => [v.id, v.availableHoursPerMonth]));
  for (const [v, xs] of byVol) lines.push(` h${v}: ${xs.join(' + ')} <= ${hours.get(v)}`);
  lines.push('Bounds');
  for (let i = 0; i < edges.length; i++) lines.push(` 0 <= x${i} <= 1`);
  if (integer) {
    lines.push('Binaries');
    for (let i = 0; i < edges.length; i += 1000) {
      lines.push(
        ' ' +
          edges
            .slice(i, i + 1000)
            .map((_, j) => `x${i + j}`)
            .join(' '),
      );
    }
  }
  lines.push('End');
  return lines.join('\n');
}
