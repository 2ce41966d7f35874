/** What the benchmarks share: their arguments, GraphQL calls over HTTP, and an organisation set up for matching. */
import {
  CREATE_CALL,
  CREATE_TASK,
  MOVE_SIGN_UP,
  OPEN_CALL,
  OPEN_TASK,
  SIGN_UP_AS_AMBASSADOR,
  SKILLS,
  UPDATE_MY_PROFILE,
} from '../test/utils/operations';
import { type Session, inviteAndJoin, signUpAdmin } from '../test/utils/story';
import type { GraphQLResponse, TestApp } from '../test/utils/test-app';
import { writeFileSync } from 'node:fs';
import { Session as InspectorSession } from 'node:inspector/promises';
import path from 'node:path';

/** `--name value` from the command line, or null when not given. */
export function option(name: string): string | null {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? null) : null;
}

/** `--name N` from the command line, or `fallback`; a value that is not a number ≥ `min` stops the bench. */
export function arg(name: string, fallback: number, min = 1): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value < min) throw new Error(`--${name} must be a number ≥ ${min}`);
  return value;
}

/** One GraphQL operation over HTTP, as a client sends it; GraphQL errors stop the bench. */
export async function gql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

/** A GraphQL response's data; its errors stop the bench. */
export function ok<T>(res: GraphQLResponse<T>): T {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

/** The profile that fits task `task` of {@link matchingOrganisation} best: exactly its two skills, at levels 5 and 4. */
export type ProfileFor = (task: number) => {
  availableHoursPerMonth: number;
  skills: { skillId: string; level: number }[];
};

/**
 * An organisation set up through GraphQL for matching: an admin, a comms member, an open ambassador
 * call, `tasks` open tasks where task i requires skills 2i (level ≥ 3, weight 2) and 2i+1 (level ≥ 2,
 * weight 1) — distinct per task —, and `volunteers` active ambassadors, volunteer i with the profile
 * that fits task i mod `tasks` best.
 */
export async function matchingOrganisation(
  t: TestApp,
  { volunteers, tasks, name = 'Bench Council' }: { volunteers: number; tasks: number; name?: string },
): Promise<{ admin: Session; comms: Session; taskIds: string[]; volunteers: Session[]; profileFor: ProfileFor }> {
  const admin = await signUpAdmin(t, name);
  const comms = await inviteAndJoin(t, admin, 'comms', ['COMMS', 'MEMBER']);
  const skillIds = ok(
    await t.gql<{ skills: { edges: { node: { id: string } }[] } }>(SKILLS, { first: 100 }, admin.accessToken),
  ).skills.edges.map((e) => e.node.id);
  if (skillIds.length < 2 * tasks) throw new Error(`${tasks} tasks need ${2 * tasks} skills; ${skillIds.length} exist`);
  const call = ok(
    await t.gql<{ createAmbassadorCall: { id: string } }>(
      CREATE_CALL,
      { input: { title: 'Digital ambassadors', pitch: 'Help us.', skillIds: [skillIds[0]] } },
      comms.accessToken,
    ),
  ).createAmbassadorCall;
  ok(await t.gql(OPEN_CALL, { id: call.id }, comms.accessToken));
  const taskIds: string[] = [];
  for (let i = 0; i < tasks; i++) {
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
    taskIds.push(created.id);
  }
  const profileFor: ProfileFor = (task) => ({
    availableHoursPerMonth: 8,
    skills: [
      { skillId: skillIds[2 * task], level: 5 },
      { skillId: skillIds[2 * task + 1], level: 4 },
    ],
  });
  const people: Session[] = [];
  for (let i = 0; i < volunteers; i++) {
    const who = await inviteAndJoin(t, admin, `volunteer${i}`);
    const signUp = ok(
      await t.gql<{ signUpAsAmbassador: { id: string } }>(
        SIGN_UP_AS_AMBASSADOR,
        { input: { callId: call.id, motivation: 'Happy to help.' } },
        who.accessToken,
      ),
    ).signUpAsAmbassador;
    ok(await t.gql(UPDATE_MY_PROFILE, { input: profileFor(i % tasks) }, who.accessToken));
    ok(await t.gql(MOVE_SIGN_UP, { input: { signUpId: signUp.id, status: 'TALKED' } }, comms.accessToken));
    ok(await t.gql(MOVE_SIGN_UP, { input: { signUpId: signUp.id, status: 'ACTIVE' } }, comms.accessToken));
    people.push(who);
  }
  return { admin, comms, taskIds, volunteers: people, profileFor };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** Where a profile's sample was spent: a package, the product's own code, Node itself, or the engine. */
function whereOf({ functionName, url }: ProfileNode['callFrame']): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inPackage) return inPackage[1];
  if (url.startsWith('node:')) return `node (${url.slice(5).split('/')[0]})`;
  if (!url) return functionName || '(anonymous)';
  const own = path.relative(path.resolve(__dirname, '..'), url.replace(/^file:\/\//, ''));
  return own.startsWith('..') ? url : `crowdcomms (${own.split('/').slice(0, 2).join('/')})`;
}

/**
 * Samples this process's CPU until `stop`, which writes the profile to `file` (DevTools' `.cpuprofile`) and
 * prints its self time by package and by function, per request when given how many were served.
 */
export async function profileCpu(): Promise<{ stop: (file: string, requests: number) => Promise<void> }> {
  const session = new InspectorSession();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  return {
    stop: async (file, requests) => {
      const { profile } = (await session.post('Profiler.stop')) as unknown as {
        profile: { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] };
      };
      session.disconnect();
      writeFileSync(file, JSON.stringify(profile));
      const msPerSample = (profile.endTime - profile.startTime) / 1000 / profile.samples.length;
      const busy = profile.nodes.filter((n) => n.callFrame.functionName !== '(idle)');
      const total = busy.reduce((sum, n) => sum + (n.hitCount ?? 0), 0);
      const table = (key: (n: ProfileNode) => string, rows: number) => {
        const by = new Map<string, number>();
        for (const n of busy) by.set(key(n), (by.get(key(n)) ?? 0) + (n.hitCount ?? 0));
        return [...by]
          .sort((a, b) => b[1] - a[1])
          .slice(0, rows)
          .map(
            ([name, hits]) =>
              `| ${name} | ${((100 * hits) / total).toFixed(1)} % | ${((hits * msPerSample) / requests).toFixed(3)} |`,
          )
          .join('\n');
      };
      const header = (what: string) => `| ${what} | share of busy CPU | ms / request |\n| --- | ---: | ---: |`;
      console.log(
        `\nCPU profile of the API (${file}; ${((total * msPerSample) / requests).toFixed(2)} ms busy per request):\n` +
          `${header('where')}\n${table((n) => whereOf(n.callFrame), 25)}\n\n` +
          `${header('function')}\n${table((n) => `${n.callFrame.functionName || '(anonymous)'} ${whereOf(n.callFrame)}:${n.callFrame.lineNumber + 1}`, 30)}`,
      );
    },
  };
}
