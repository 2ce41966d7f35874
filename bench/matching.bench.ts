/**
 * Matching engine benchmark (not part of the jest run).
 *
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/matching.bench.ts [seed]
 *
 * Generates a seeded, realistic organisation (2,000 volunteers, 300 tasks,
 * 150 skills in 30 related clusters) and measures, in the same process:
 * - ranking through the skill inverted index vs scoring all pairs (results must be identical);
 * - the organisation-wide optimiser vs a score-greedy baseline (time and total score),
 *   with unequal efforts (heuristic) and with equal efforts (exact flow).
 */
import { performance } from 'node:perf_hooks';
import {
  TASK_KINDS,
  type AssignmentPlan,
  type LinkKind,
  type MatchContext,
  type MatchScore,
  type TaskInput,
  type VolunteerInput,
  bruteForceTopCandidates,
  bruteForceTopTasks,
  buildSkillIndex,
  generateCandidateEdges,
  greedyAssignments,
  optimiseAssignments,
  prepareContext,
  topCandidatesForTask,
  topTasksForVolunteer,
} from '@crowdcomms/matching';

const SEED = Number(process.argv[2] ?? 20240601);
const VOLUNTEERS = 2000;
const TASKS = 300;
const CLUSTERS = 30;
const PER_CLUSTER = 5;
const K = 10;
const DAY = 86_400_000;
const EPOCH = Date.UTC(2025, 0, 6);

/** mulberry32: small, fast, seedable. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(SEED);
const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const chance = (p: number): boolean => rand() < p;
/** Zipf-like choice of a cluster: a few skill areas (social, writing) are far more common. */
const clusterWeights = Array.from({ length: CLUSTERS }, (_, i) => 1 / Math.pow(i + 1, 0.8));
const clusterTotal = clusterWeights.reduce((s, w) => s + w, 0);
function popularCluster(): number {
  let x = rand() * clusterTotal;
  for (let i = 0; i < CLUSTERS; i++) if ((x -= clusterWeights[i]) <= 0) return i;
  return CLUSTERS - 1;
}
const skillId = (c: number, i: number): string => `skill-${c}-${i}`;
const clusterSkill = (c: number): string => skillId(c, int(0, PER_CLUSTER - 1));

function buildContext(): MatchContext {
  const relatedSkills: Record<string, string[]> = {};
  const skillNames: Record<string, string> = {};
  for (let c = 0; c < CLUSTERS; c++) {
    for (let i = 0; i < PER_CLUSTER; i++) {
      skillNames[skillId(c, i)] = `Skill ${c}.${i}`;
      const related = [skillId(c, (i + 1) % PER_CLUSTER)];
      if (chance(0.5)) related.push(skillId(c, (i + 2) % PER_CLUSTER));
      relatedSkills[skillId(c, i)] = related;
    }
  }
  return { relatedSkills, skillNames };
}

const TAGS = Array.from({ length: 40 }, (_, i) => `topic-${i}`);
const LEVELS = [1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5];

function buildTasks(): TaskInput[] {
  return Array.from({ length: TASKS }, (_, i): TaskInput => {
    const home = popularCluster();
    const required = new Map<string, { skillId: string; minLevel: number; weight: number }>();
    const count = int(1, 3);
    for (let j = 0; j < count; j++) {
      const id = chance(0.8) ? clusterSkill(home) : clusterSkill(popularCluster());
      required.set(id, { skillId: id, minLevel: int(2, 4), weight: int(1, 3) });
    }
    const start = EPOCH + int(0, 90) * DAY;
    const dated = chance(0.8);
    return {
      id: `task-${String(i).padStart(4, '0')}`,
      kind: pick(TASK_KINDS),
      requiredSkills: [...required.values()],
      effortHours: pick([2, 4, 4, 6, 8, 8, 12, 16]),
      freeSeats: pick([1, 1, 1, 2, 2, 3, 4, 6]),
      start: dated ? new Date(start) : undefined,
      due: dated ? new Date(start + int(7, 90) * DAY) : undefined,
      ambassadorsOnly: chance(0.35),
      acceptsLearners: chance(0.4),
      interestTags: Array.from({ length: int(0, 3) }, () => pick(TAGS)),
    };
  });
}

function buildVolunteers(tasks: readonly TaskInput[]): VolunteerInput[] {
  return Array.from({ length: VOLUNTEERS }, (_, i): VolunteerInput => {
    const homes = [popularCluster(), popularCluster()];
    const skills = new Map<string, number>();
    const count = int(2, 6);
    for (let j = 0; j < count; j++) {
      const id = chance(0.75) ? clusterSkill(pick(homes)) : clusterSkill(popularCluster());
      skills.set(id, pick(LEVELS));
    }
    const available = pick([0, 2, 4, 6, 8, 8, 10, 12, 16, 20]);
    const links: { kind: LinkKind }[] = [];
    if (chance(0.2)) links.push({ kind: 'BLOG' });
    if (chance(0.35)) links.push({ kind: 'TWITTER' });
    if (chance(0.5)) links.push({ kind: 'LINKEDIN' });
    if (chance(0.1)) links.push({ kind: 'WEBSITE' });
    const busy = Array.from({ length: int(0, 2) }, () => {
      const start = EPOCH + int(0, 120) * DAY;
      return {
        start: new Date(start),
        end: new Date(start + int(3, 14) * DAY),
      };
    });
    const status = rand();
    return {
      id: `vol-${String(i).padStart(5, '0')}`,
      skills: [...skills].map(([skillId, level]) => ({ skillId, level })),
      wantsToDevelop: Array.from({ length: int(0, 3) }, () => clusterSkill(pick(homes))),
      interests: Array.from({ length: int(0, 4) }, () => pick(TAGS)),
      targetingConsent: chance(0.7),
      availableHoursPerMonth: available,
      committedHoursPerMonth: int(0, Math.floor(available / 2)),
      isActiveAmbassador: chance(0.55),
      status: status < 0.85 ? 'ACTIVE' : status < 0.95 ? 'PAUSED' : 'DEACTIVATED',
      declinedTaskIds: chance(0.1) ? [pick(tasks).id, pick(tasks).id] : [],
      busy,
      pastTaskKinds: {
        SOCIAL_ACCOUNT: int(0, 2),
        WORKSHOP: int(0, 1),
        CONTENT_CREATION: int(0, 2),
      },
      recentAsks: Math.floor(-Math.log(1 - rand()) * 1.2),
      activeAssignments: int(0, 3),
      links,
    };
  });
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

/** Median of several runs: single timings of ~50 ms are too noisy to compare. */
function timeMedian<T>(fn: () => T, runs = 5): { ms: number; value: T } {
  const results = Array.from({ length: runs }, () => time(fn));
  const ms = results.map((r) => r.ms).sort((a, b) => a - b)[Math.floor(runs / 2)];
  return { ms, value: results[0].value };
}

const fmt = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const key = (rs: readonly MatchScore[]): string => rs.map((r) => `${r.volunteerId}:${r.taskId}:${r.score}`).join(',');

function main(): void {
  const wall = performance.now();
  const ctx = prepareContext(buildContext());
  const tasks = buildTasks();
  const volunteers = buildVolunteers(tasks);
  console.log(
    `instance: ${VOLUNTEERS} volunteers, ${TASKS} tasks, ${CLUSTERS * PER_CLUSTER} skills (seed ${SEED}), top-${K}`,
  );

  const build = time(() => buildSkillIndex({ volunteers, tasks }));
  const index = build.value;
  console.log(`index build: ${fmt(build.ms)} ms (once, shared by both rankers)`);

  // Warm up both paths so the JIT does not favour whichever runs second.
  for (const t of tasks.slice(0, 20)) {
    topCandidatesForTask(t, index, K, ctx);
    bruteForceTopCandidates(t, index, K, ctx);
  }
  for (const v of volunteers.slice(0, 100)) {
    topTasksForVolunteer(v, index, K, ctx);
    bruteForceTopTasks(v, index, K, ctx);
  }

  const byIndex = timeMedian(() => tasks.map((t) => topCandidatesForTask(t, index, K, ctx)));
  const brute = timeMedian(() => tasks.map((t) => bruteForceTopCandidates(t, index, K, ctx)));
  const sameTasks = byIndex.value.every((r, i) => key(r) === key(brute.value[i]));
  console.log(
    `rank candidates for ${TASKS} tasks: index ${fmt(byIndex.ms)} ms vs brute ${fmt(brute.ms)} ms → ` +
      `${(brute.ms / byIndex.ms).toFixed(1)}× faster (identical top-${K}: ${sameTasks ? 'yes' : 'NO'})`,
  );

  const vIndex = timeMedian(() => volunteers.map((v) => topTasksForVolunteer(v, index, K, ctx)));
  const vBrute = timeMedian(() => volunteers.map((v) => bruteForceTopTasks(v, index, K, ctx)));
  const sameVols = vIndex.value.every((r, i) => key(r) === key(vBrute.value[i]));
  console.log(
    `rank tasks for ${VOLUNTEERS} volunteers: index ${fmt(vIndex.ms)} ms vs brute ${fmt(vBrute.ms)} ms → ` +
      `${(vBrute.ms / vIndex.ms).toFixed(1)}× faster (identical top-${K}: ${sameVols ? 'yes' : 'NO'})`,
  );

  const edges = time(() => generateCandidateEdges(index, ctx));
  console.log(
    `candidate edges: ${edges.value.length} of ${VOLUNTEERS * TASKS} pairs ` +
      `(${((100 * edges.value.length) / (VOLUNTEERS * TASKS)).toFixed(1)}%) in ${fmt(edges.ms)} ms`,
  );

  const compare = (label: string, ts: readonly TaskInput[], es: typeof edges.value): void => {
    const opt = time(() => optimiseAssignments(volunteers, ts, es));
    const greedy = time(() => greedyAssignments(volunteers, ts, es));
    const plan: AssignmentPlan = opt.value;
    const bound = plan.upperBound ?? plan.total;
    console.log(
      `optimiser (${label}, ${plan.method}): ${fmt(opt.ms)} ms, total ${plan.total.toFixed(3)} ` +
        `(${plan.assignments.length} assignments); greedy: ${fmt(greedy.ms)} ms, total ${greedy.value.total.toFixed(3)} ` +
        `(${greedy.value.assignments.length})`,
    );
    console.log(
      `  optimiser total / greedy total = ${(plan.total / greedy.value.total).toFixed(4)}; ` +
        (plan.method === 'exact-flow'
          ? 'provably optimal'
          : `upper bound ${bound.toFixed(3)}: at most ${((100 * (bound - plan.total)) / bound).toFixed(2)}% below optimal`),
    );
  };
  compare('unequal efforts', tasks, edges.value);

  // Same organisation with every task at 4 h/month: the optimiser is exact.
  const equalTasks = tasks.map((t) => ({ ...t, effortHours: 4 }));
  const equalIndex = buildSkillIndex({ volunteers, tasks: equalTasks });
  compare('equal efforts', equalTasks, generateCandidateEdges(equalIndex, ctx));

  console.log(`total bench time: ${((performance.now() - wall) / 1000).toFixed(1)} s`);
}

main();
