/**
 * Matching benchmarks W1 and W2 (issue 5), one command, fixed seed:
 *
 *   npm run bench -- matching-w1 [seed]
 *
 * W1: 10 000 volunteers × 2 000 tasks (1–20 seats), ~8 skills per volunteer,
 * 3–6 required skills per task, a sparse candidate graph of ~500 000 pairs.
 * Compares the optimiser, a greedy baseline, HiGHS (LP relaxation at full
 * size as an upper bound; proven integer optimum on 1 000 × 200), and, on the
 * equal-effort variant (solved exactly, also at full size), the previous
 * exact solver and a dense Hungarian baseline (munkres on a seat-expanded
 * matrix), each at the largest size it does in reasonable time.
 *
 * W2: from the solved W1 state, 1 000 single changes (profile edit, new task,
 * seat change), each recomputed the way the worker does it (that volunteer's
 * tasks, that task's candidates), against one full re-solve.
 */
import {
  type AssignmentPlan,
  type CandidateEdge,
  buildSkillIndex,
  greedyAssignments,
  maxWeightBMatching,
  optimiseAssignments,
  prepareContext,
  topCandidatesForTask,
  topTasksForVolunteer,
} from '@crowdcomms/matching';
import loadHighs from 'highs';
import munkres from 'munkres';
import { maxWeightBMatchingBySsp } from '../libs/matching/src/engine/b-matching-ssp.oracle';
import {
  type Instance,
  type IntegerBMatching,
  candidateEdges,
  generate,
  integerBMatching,
  lpText,
  rng,
} from '../libs/matching/src/engine/synthetic';
import { performance } from 'node:perf_hooks';

const SEED = Number(process.argv[2] ?? 5);
const EQ_VOLUNTEERS = Number(process.env.EQ_VOLUNTEERS ?? 300);
const EQ_TASKS = Number(process.env.EQ_TASKS ?? 40);
/** W1's size: the issue's 10 000 × 2 000 (override to try others). */
const W1_VOLUNTEERS = Number(process.env.W1_VOLUNTEERS ?? 10_000);
const W1_TASKS = Number(process.env.W1_TASKS ?? 2_000);
/**
 * The equal-effort variant at W1's full size, solved exactly (cost scaling). Baselines in the same run:
 * greedy at full size, and the previous exact solver (successive shortest paths, now a test oracle) on
 * the same integer problem at 2 500 × 500, the largest it does in seconds (at full size it takes minutes).
 */
const EQ_FULL_VOLUNTEERS = Number(process.env.EQ_FULL_VOLUNTEERS ?? 10_000);
const EQ_FULL_TASKS = Number(process.env.EQ_FULL_TASKS ?? 2_000);
const EQ_SSP_VOLUNTEERS = Number(process.env.EQ_SSP_VOLUNTEERS ?? 2_500);
const EQ_SSP_TASKS = Number(process.env.EQ_SSP_TASKS ?? 500);
/** `EQ_ONLY=1`: only the equal-effort (exact) part, which takes seconds instead of minutes. */
const EQ_ONLY = process.env.EQ_ONLY === '1';

/** Wall time, and this process's CPU time: on a shared machine the wall time also counts waiting for a core. */
function measure<T>(fn: () => T): { ms: number; cpuMs: number; mb: number; value: T } {
  global.gc?.();
  const heap = process.memoryUsage().heapUsed;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = fn();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return {
    ms,
    cpuMs: (used.user + used.system) / 1000,
    mb: Math.max(0, process.memoryUsage().heapUsed - heap) / 2 ** 20,
    value,
  };
}
/** For the WebAssembly solver: its memory is outside the JS heap, so this reports RSS growth. */
function measureRss<T>(fn: () => T): { ms: number; mb: number; value: T } {
  const rss = process.memoryUsage().rss;
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, mb: Math.max(0, process.memoryUsage().rss - rss) / 2 ** 20, value };
}

/**
 * Dense Hungarian on the seat-expanded matrix: one column per seat, one row per
 * volunteer (the equal-effort instance gives everyone room for one task, so the
 * matrix is exactly the problem).
 */
function hungarian(inst: Instance, edges: CandidateEdge[]): number {
  const cols: string[] = [];
  for (const t of inst.tasks) for (let i = 0; i < t.freeSeats; i++) cols.push(t.id);
  const w = new Map(edges.map((e) => [`${e.volunteerId}/${e.taskId}`, e.score]));
  const matrix = inst.volunteers.map((v) => cols.map((t) => -(w.get(`${v.id}/${t}`) ?? 0)));
  let total = 0;
  for (const [r, c] of munkres(matrix)) total += w.get(`${inst.volunteers[r].id}/${cols[c]}`) ?? 0;
  return total;
}

const fmt = (x: number, d = 1) => x.toFixed(d);

function reportPlan(name: string, r: { ms: number; cpuMs: number; mb: number; value: AssignmentPlan }): void {
  console.log(
    `  ${name.padEnd(10)} ${fmt(r.ms).padStart(9)} ms (cpu ${fmt(r.cpuMs, 0)} ms) ${fmt(r.mb).padStart(7)} MB  ` +
      `total ${r.value.total.toFixed(3)} (${r.value.assignments.length} assignments, ${r.value.method})`,
  );
}

/** The integer b-matching's total (scaled weights) for the chosen pairs. */
function chosenWeight(p: IntegerBMatching, chosen: Uint8Array): number {
  let sum = 0;
  for (let e = 0; e < chosen.length; e++) if (chosen[e] === 1) sum += p.weight[e];
  return sum;
}

/** Equal effort at W1's full size: the optimiser is exact there (cost-scaling b-matching). */
function exactAtFullSize(): void {
  const inst = generate(EQ_FULL_VOLUNTEERS, EQ_FULL_TASKS, SEED + 3, true);
  const edges = candidateEdges(inst, 50);
  const problem = integerBMatching(inst, edges);
  const seats = problem.seats.reduce((s, x) => s + x, 0);
  const slots = problem.capacity.reduce((s, x) => s + x, 0);
  console.log(
    `W1 equal effort, exact (${EQ_FULL_VOLUNTEERS} × ${EQ_FULL_TASKS}, ${seats} seats for ${slots} volunteer slots, ` +
      `${problem.weight.length} pairs):`,
  );
  const cold = measure(() => optimiseAssignments(inst.volunteers, inst.tasks, edges));
  const warm = measure(() => optimiseAssignments(inst.volunteers, inst.tasks, edges));
  const greedy = measure(() => greedyAssignments(inst.volunteers, inst.tasks, edges));
  const core = measure(() =>
    maxWeightBMatching(problem.capacity, problem.seats, problem.pairV, problem.pairT, problem.weight),
  );
  reportPlan('opt (cold)', cold);
  reportPlan('optimiser', warm);
  reportPlan('greedy', greedy);
  console.log(
    `  b-matching alone (integer problem built) ${fmt(core.ms)} ms (cpu ${fmt(core.cpuMs, 0)} ms); ` +
      `optimiser / greedy total = ` +
      `${(warm.value.total / greedy.value.total).toFixed(4)}, time = ${(warm.ms / greedy.ms).toFixed(1)}×`,
  );
  // The previous exact solver on the same integer problem at the largest size it does in seconds.
  const small = generate(EQ_SSP_VOLUNTEERS, EQ_SSP_TASKS, SEED + 3, true);
  const sp = integerBMatching(small, candidateEdges(small, 50));
  const solve = (solver: typeof maxWeightBMatching) =>
    measure(() => chosenWeight(sp, solver(sp.capacity, sp.seats, sp.pairV, sp.pairT, sp.weight)));
  solve(maxWeightBMatching); // warm-up
  const now = solve(maxWeightBMatching);
  const ssp = solve(maxWeightBMatchingBySsp);
  console.log(
    `  at ${EQ_SSP_VOLUNTEERS} × ${EQ_SSP_TASKS} (${sp.weight.length} pairs): cost scaling ${fmt(now.ms)} ms ` +
      `(cpu ${fmt(now.cpuMs, 0)} ms), successive shortest paths ${fmt(ssp.ms)} ms (cpu ${fmt(ssp.cpuMs, 0)} ms) = ` +
      `${(ssp.ms / now.ms).toFixed(1)}× slower; ` +
      `same optimum: ${now.value === ssp.value} (${now.value / 1e6} vs ${ssp.value / 1e6})`,
  );
}
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];

async function main(): Promise<void> {
  console.log(`seed ${SEED}`);
  exactAtFullSize();
  if (EQ_ONLY) return;
  const highs = await loadHighs();

  // ---- W1, full size ----
  const full = generate(W1_VOLUNTEERS, W1_TASKS, SEED);
  const seats = full.tasks.reduce((s, t) => s + t.freeSeats, 0);
  const gen = measure(() => candidateEdges(full, 50));
  const edges = gen.value;
  console.log(
    `W1: ${full.volunteers.length} volunteers × ${full.tasks.length} tasks, ${seats} seats, ` +
      `${edges.length} candidate pairs (generated in ${fmt(gen.ms)} ms)`,
  );
  // The first call also pays for JIT compilation; the second is the steady state.
  const cold = measure(() => optimiseAssignments(full.volunteers, full.tasks, edges));
  const opt = measure(() => optimiseAssignments(full.volunteers, full.tasks, edges));
  const greedy = measure(() => greedyAssignments(full.volunteers, full.tasks, edges));
  const report = reportPlan;
  report('opt (cold)', cold);
  report('optimiser', opt);
  report('greedy', greedy);
  console.log(
    `  optimiser's own upper bound ${(opt.value.upperBound ?? NaN).toFixed(3)}: within ${(
      (1 - opt.value.total / (opt.value.upperBound ?? NaN)) *
      100
    ).toFixed(2)} % of the optimum at worst`,
  );
  const lp = measureRss(() => highs.solve(lpText(full, edges, false), { output_flag: false }));
  console.log(
    `  HiGHS LP   ${fmt(lp.ms).padStart(9)} ms ${fmt(lp.mb).padStart(7)} MB  bound ${lp.value.ObjectiveValue.toFixed(3)} (${lp.value.Status})`,
  );
  console.log(
    `  optimiser / LP bound = ${(opt.value.total / lp.value.ObjectiveValue).toFixed(5)}; ` +
      `optimiser / greedy = ${(opt.value.total / greedy.value.total).toFixed(4)}; ` +
      `LP time / optimiser time = ${(lp.ms / opt.ms).toFixed(1)}×`,
  );

  // ---- W1, 1 000 × 200: HiGHS's proven integer optimum ----
  const mid = generate(1_000, 200, SEED + 1);
  const midEdges = candidateEdges(mid, 50);
  const midOpt = measure(() => optimiseAssignments(mid.volunteers, mid.tasks, midEdges));
  const midGreedy = measure(() => greedyAssignments(mid.volunteers, mid.tasks, midEdges));
  const mip = measureRss(() =>
    highs.solve(lpText(mid, midEdges, true), { output_flag: false, time_limit: 120, mip_rel_gap: 1e-6 }),
  );
  console.log(`W1 (1 000 × 200, ${midEdges.length} pairs):`);
  report('optimiser', midOpt);
  report('greedy', midGreedy);
  console.log(
    `  HiGHS MIP  ${fmt(mip.ms).padStart(9)} ms ${fmt(mip.mb).padStart(7)} MB  optimum ${mip.value.ObjectiveValue.toFixed(3)} (${mip.value.Status})`,
  );
  console.log(
    `  optimiser / HiGHS optimum = ${(midOpt.value.total / mip.value.ObjectiveValue).toFixed(5)}; ` +
      `greedy / HiGHS optimum = ${(midGreedy.value.total / mip.value.ObjectiveValue).toFixed(5)}`,
  );

  // ---- equal effort: the optimiser is exact; Hungarian at the largest size it can do ----
  const eq = generate(EQ_VOLUNTEERS, EQ_TASKS, SEED + 2, true);
  for (const v of eq.volunteers) v.availableHoursPerMonth = 4;
  const eqEdges = candidateEdges(eq, 20);
  const eqOpt = measure(() => optimiseAssignments(eq.volunteers, eq.tasks, eqEdges));
  const hun = measure(() => hungarian(eq, eqEdges));
  const eqMip = highs.solve(lpText(eq, eqEdges, true), { output_flag: false, time_limit: 60 });
  console.log(`W1 equal effort (${EQ_VOLUNTEERS} × ${EQ_TASKS}, ${eqEdges.length} pairs, seat-expanded Hungarian):`);
  report('optimiser', eqOpt);
  console.log(
    `  munkres    ${fmt(hun.ms).padStart(9)} ms ${fmt(hun.mb).padStart(7)} MB  total ${hun.value.toFixed(3)}`,
  );
  console.log(
    `  HiGHS MIP optimum ${eqMip.ObjectiveValue.toFixed(3)}; optimiser − optimum = ${(eqOpt.value.total - eqMip.ObjectiveValue).toExponential(2)}`,
  );

  // ---- W2: 1 000 single changes from the solved state ----
  const rand = rng(SEED + 4);
  const index = buildSkillIndex({ volunteers: full.volunteers, tasks: full.tasks });
  const pctx = prepareContext(full.ctx);
  const times: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const kind = i % 3;
    const start = performance.now();
    if (kind === 0) {
      // Profile edit: one skill levelled up; recompute that volunteer's tasks.
      const v = full.volunteers[Math.floor(rand() * full.volunteers.length)];
      const edited = {
        ...v,
        skills: v.skills.map((s, j) => (j === 0 ? { ...s, level: Math.min(5, s.level + 1) } : s)),
      };
      topTasksForVolunteer(edited, index, 50, pctx);
    } else if (kind === 1) {
      // New task: its candidates.
      const t = full.tasks[Math.floor(rand() * full.tasks.length)];
      topCandidatesForTask({ ...t, id: `new-${i}` }, index, 50, pctx);
    } else {
      // Seat change: that task's candidates again.
      const t = full.tasks[Math.floor(rand() * full.tasks.length)];
      topCandidatesForTask({ ...t, freeSeats: t.freeSeats + 1 }, index, 50, pctx);
    }
    times.push(performance.now() - start);
  }
  const resolve = opt.ms + gen.ms;
  console.log(
    `W2: 1 000 changes, recompute p50 ${fmt(times.sort((a, b) => a - b)[500], 2)} ms, p95 ${fmt(p95(times), 2)} ms, ` +
      `max ${fmt(times[times.length - 1], 2)} ms; full re-solve (candidates + optimiser) ${fmt(resolve)} ms ` +
      `= ${(resolve / p95(times)).toFixed(0)}× the p95`,
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
