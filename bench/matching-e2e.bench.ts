/**
 * Matching freshness end to end (issue 5):
 *
 *   npm run bench -- matching-e2e [--volunteers 60] [--tasks 20] [--edits 40]
 *
 * Boots the real API and the worker (in this process) on a throwaway PostgreSQL
 * and Redis with the product's defaults (debounce, NOTIFY wake-up of the outbox
 * relay, its fallback poll), builds an
 * organisation of ambassadors and open tasks through GraphQL, then times what a
 * volunteer sees: a profile edit (GraphQL mutation) until their `myMatchedTasks`
 * shows the task the new profile fits best — through the outbox, BullMQ and the
 * worker's incremental recompute. Prints p50/p95/max.
 *
 * Baseline, same process and data: recomputing every volunteer's suggestions
 * (what a product without incremental jobs would run on each change), and
 * the ratio of that to the incremental p95.
 */
import { MatchingService } from '@crowdcomms/matching';
import { envSchema } from '@crowdcomms/config';
import { performance } from 'node:perf_hooks';
import globalSetup from '../test/global-setup';
import {
  CREATE_CALL,
  CREATE_TASK,
  MOVE_SIGN_UP,
  MY_MATCHED_TASKS,
  OPEN_CALL,
  OPEN_TASK,
  SIGN_UP_AS_AMBASSADOR,
  SKILLS,
  UPDATE_MY_PROFILE,
} from '../test/utils/operations';
import { type Session, inviteAndJoin, signUpAdmin } from '../test/utils/story';
import { type GraphQLResponse, type TestApp, createTestApp } from '../test/utils/test-app';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer`);
  return value;
}

const VOLUNTEERS = arg('volunteers', 60);
const TASKS = arg('tasks', 20);
const EDITS = arg('edits', 40);

function ok<T>(res: GraphQLResponse<T>): T {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const fmt = (ms: number) => ms.toFixed(0).padStart(6);

async function main(): Promise<void> {
  process.env.TEST_TEMPLATE_DB = 'bench_matching_template';
  await globalSetup();
  const t: TestApp = await createTestApp({
    // The product's default fallback poll, not the tests' fast one.
    OUTBOX_POLL_MS: String(envSchema.innerType().shape.OUTBOX_POLL_MS.parse(undefined)),
  });
  try {
    await t.startWorker();
    const admin = await signUpAdmin(t, 'Bench Council');
    const comms = await inviteAndJoin(t, admin, 'comms', ['COMMS', 'MEMBER']);
    const skillIds = ok(
      await t.gql<{ skills: { edges: { node: { id: string } }[] } }>(SKILLS, { first: 100 }, admin.accessToken),
    ).skills.edges.map((e) => e.node.id);

    // Task i needs skills 2i and 2i+1 (distinct per task), so a profile with
    // exactly those two skills at level 5 fits task i best.
    const call = ok(
      await t.gql<{ createAmbassadorCall: { id: string } }>(
        CREATE_CALL,
        { input: { title: 'Digital ambassadors', pitch: 'Help us.', skillIds: [skillIds[0]] } },
        comms.accessToken,
      ),
    ).createAmbassadorCall;
    ok(await t.gql(OPEN_CALL, { id: call.id }, comms.accessToken));
    const tasks: string[] = [];
    for (let i = 0; i < TASKS; i++) {
      const created = ok(
        await t.gql<{ createCommsTask: { id: string } }>(
          CREATE_TASK,
          {
            input: {
              title: `Task ${i}`,
              kind: 'CONTENT_TIDY_UP',
              requiredSkills: [
                { skillId: skillIds[2 * i], minLevel: 3, weight: 2 },
                { skillId: skillIds[2 * i + 1], minLevel: 2, weight: 1 },
              ],
              effortHours: 2,
              seats: 5,
            },
          },
          comms.accessToken,
        ),
      ).createCommsTask;
      ok(await t.gql(OPEN_TASK, { id: created.id }, comms.accessToken));
      tasks.push(created.id);
    }
    const profileFor = (task: number) => ({
      availableHoursPerMonth: 8,
      skills: [
        { skillId: skillIds[2 * task], level: 5 },
        { skillId: skillIds[2 * task + 1], level: 4 },
      ],
    });
    const volunteers: Session[] = [];
    const setupStart = performance.now();
    for (let i = 0; i < VOLUNTEERS; i++) {
      const who = await inviteAndJoin(t, admin, `volunteer${i}`);
      const signUp = ok(
        await t.gql<{ signUpAsAmbassador: { id: string } }>(
          SIGN_UP_AS_AMBASSADOR,
          { input: { callId: call.id, motivation: 'Happy to help.' } },
          who.accessToken,
        ),
      ).signUpAsAmbassador;
      ok(await t.gql(UPDATE_MY_PROFILE, { input: profileFor(i % TASKS) }, who.accessToken));
      ok(await t.gql(MOVE_SIGN_UP, { input: { signUpId: signUp.id, status: 'TALKED' } }, comms.accessToken));
      ok(await t.gql(MOVE_SIGN_UP, { input: { signUpId: signUp.id, status: 'ACTIVE' } }, comms.accessToken));
      volunteers.push(who);
    }
    const topTask = async (who: Session): Promise<string | undefined> =>
      ok(await t.gql<{ myMatchedTasks: { task: { id: string } }[] }>(MY_MATCHED_TASKS, { first: 5 }, who.accessToken))
        .myMatchedTasks[0]?.task.id;
    const waitForTop = async (who: Session, expected: string, timeoutMs = 20_000): Promise<void> => {
      const deadline = Date.now() + timeoutMs;
      while ((await topTask(who)) !== expected) {
        if (Date.now() > deadline) throw new Error('the edit never showed up in myMatchedTasks');
        await new Promise((r) => setTimeout(r, 10));
      }
    };
    // Let the set-up's own jobs settle: every volunteer sees their task first.
    for (let i = 0; i < VOLUNTEERS; i++) await waitForTop(volunteers[i], tasks[i % TASKS]);
    console.log(
      `organisation: ${VOLUNTEERS} active ambassadors, ${TASKS} open tasks (set up in ${((performance.now() - setupStart) / 1000).toFixed(1)} s)`,
    );

    // Incremental: edit one profile (moving the volunteer to another task), watch the list change.
    const latencies: number[] = [];
    for (let k = 0; k < EDITS; k++) {
      const i = (k * 7) % VOLUNTEERS;
      const next = (i % TASKS) + 1 + (k % (TASKS - 1));
      const target = next % TASKS;
      const start = performance.now();
      ok(await t.gql(UPDATE_MY_PROFILE, { input: profileFor(target) }, volunteers[i].accessToken));
      await waitForTop(volunteers[i], tasks[target]);
      latencies.push(performance.now() - start);
      // Put them back (not timed) so every edit starts from the same state.
      ok(await t.gql(UPDATE_MY_PROFILE, { input: profileFor(i % TASKS) }, volunteers[i].accessToken));
      await waitForTop(volunteers[i], tasks[i % TASKS]);
    }

    // Baseline: recompute everybody, as a product without incremental jobs would per change.
    const matching = t.app.get(MatchingService);
    const full: number[] = [];
    for (let r = 0; r < 3; r++) {
      const start = performance.now();
      for (const v of volunteers) await matching.recomputeVolunteer(admin.organisation.id, v.member.id);
      full.push(performance.now() - start);
    }
    const p95 = percentile(latencies, 0.95);
    console.log(`profile edit → myMatchedTasks updated (${EDITS} edits, worker running, product defaults):`);
    console.log(
      `  p50 ${fmt(percentile(latencies, 0.5))} ms  p95 ${fmt(p95)} ms  max ${fmt(Math.max(...latencies))} ms  (target p95 ≤ 1000 ms)`,
    );
    console.log(
      `  baseline: recompute all ${VOLUNTEERS} volunteers synchronously ${fmt(Math.min(...full))} ms (best of 3)` +
        ` = ${(Math.min(...full) / p95).toFixed(1)}× the incremental p95`,
    );
  } finally {
    await t.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
