import { ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

/**
 * Crowdcomms as `npm start` runs it — the built API serving the built web app, the
 * worker, and the demo organisation — on a free loopback port, against the
 * PostgreSQL and Redis in DATABASE_URL / REDIS_URL (scripts/with-services.mjs
 * provides throwaway ones). Used by bench/web and `npm run screenshots`.
 */
export interface DemoApp {
  url: string;
  stop(): Promise<void>;
}

export const DEMO_PASSWORD = 'crowdcomms-demo-2026';
export const DEMO = {
  comms: 'colin.comms@harbourside.example',
  admin: 'amira.admin@harbourside.example',
  volunteer: 'ben.blogger@harbourside.example',
  hr: 'hana.hr@harbourside.example',
};

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startDemoApp(log: (line: string) => void = () => undefined): Promise<DemoApp> {
  if (!process.env.DATABASE_URL || !process.env.REDIS_URL) {
    throw new Error('Run through scripts/with-services.mjs (npm run bench / npm run screenshots)');
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const root = path.resolve(__dirname, '../..');
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      APP_URL: url,
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      // One machine signs the same demo people in dozens of times in a few minutes: lift the
      // sign-in rate limits that would (rightly) stop a person doing that.
      AUTH_LIMIT_PER_IP: '100000',
      AUTH_LIMIT_PER_EMAIL: '100000',
      AUTH_REFRESH_LIMIT_PER_IP: '100000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Crowdcomms is running')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`npm start stopped (exit ${code}):\n${output.slice(-3000)}`)));
  });
  log(`Starting Crowdcomms with the demo data on ${url} (builds first)…`);
  await ready;
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** A GraphQL call as an API client (body tokens), failing loudly. */
async function gql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function login(url: string, email: string): Promise<string> {
  const data = await gql<{ login: { accessToken: string } }>(
    url,
    'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email, password: DEMO_PASSWORD } },
  );
  return data.login.accessToken;
}

/**
 * The demo organisation at work, as the comms lead would set it up by hand (the demo seed has
 * people and profiles only): an open ambassador call three volunteers answered (two of them now
 * active ambassadors), and three open tasks needing the skills of the demo volunteers. Resolves once the demo volunteer's "For you"
 * lists the tasks (matching runs in the worker).
 */
export async function addDemoWork(url: string): Promise<void> {
  const comms = await login(url, DEMO.comms);
  const call = await gql<{ createAmbassadorCall: { id: string } }>(
    url,
    'mutation ($input: CreateAmbassadorCallInput!) { createAmbassadorCall(input: $input) { id } }',
    {
      input: {
        title: 'Harbourside digital ambassadors 2026',
        pitch: 'Help residents find what the council does for them: blog, post and photograph with us.',
      },
    },
    comms,
  );
  await gql(
    url,
    'mutation ($id: ID!) { openAmbassadorCall(id: $id) { id } }',
    { id: call.createAmbassadorCall.id },
    comms,
  );
  const answers: [string, string][] = [
    [DEMO.volunteer, 'I blog about urban design every week and would love to write for the council.'],
    ['wendy.web@harbourside.example', 'I look after our team pages and can help keep the website tidy.'],
    ['sam.social@harbourside.example', 'I answer residents on social media all day: happy to help the campaigns.'],
  ];
  const signUps: string[] = [];
  for (const [email, motivation] of answers) {
    const answer = await gql<{ signUpAsAmbassador: { id: string } }>(
      url,
      'mutation ($input: AmbassadorSignUpInput!) { signUpAsAmbassador(input: $input) { id } }',
      { input: { callId: call.createAmbassadorCall.id, motivation, availability: 'A few hours a month' } },
      await login(url, email),
    );
    signUps.push(answer.signUpAsAmbassador.id);
  }
  // The first two have talked to the comms team and are active ambassadors (matching considers
  // active ambassadors); the third has just applied.
  const move = 'mutation ($input: MoveSignUpInput!) { moveSignUp(input: $input) { id } }';
  for (const signUpId of signUps.slice(0, 2)) {
    await gql(url, move, { input: { signUpId, status: 'TALKED', note: 'Good call; keen to start.' } }, comms);
    await gql(url, move, { input: { signUpId, status: 'ACTIVE' } }, comms);
  }

  const skill = async (name: string, slug: string) =>
    (
      await gql<{ lookupSkills: { id: string; slug: string }[] }>(
        url,
        'query ($name: String!) { lookupSkills(name: $name, first: 10) { id slug } }',
        { name },
        comms,
      )
    ).lookupSkills.find((s) => s.slug === slug)!.id;
  const tasks = [
    {
      title: 'Blog about the new harbour cycle lanes',
      kind: 'CONTENT_CREATION',
      description: 'A 600-word post for the council blog: what changes, when, and why it matters to residents.',
      effortHours: 4,
      seats: 2,
      requiredSkills: [
        { skillId: await skill('blogging', 'blogging'), minLevel: 3, weight: 2 },
        { skillId: await skill('copywriting', 'copywriting'), minLevel: 2 },
      ],
    },
    {
      title: 'Tidy up the volunteering pages on the website',
      kind: 'CONTENT_TIDY_UP',
      description: 'Update dates, fix broken links and add this year’s photos to the volunteering pages.',
      effortHours: 3,
      seats: 1,
      requiredSkills: [{ skillId: await skill('wordpress', 'wordpress'), minLevel: 2 }],
    },
    {
      title: 'Photograph Harbour Day',
      kind: 'CONTENT_CREATION',
      description: 'Take photos of the stalls and the boat parade for the newsletter and social media.',
      effortHours: 5,
      seats: 2,
      requiredSkills: [{ skillId: await skill('photography', 'photography'), minLevel: 2 }],
    },
  ];
  for (const input of tasks) {
    const task = await gql<{ createCommsTask: { id: string } }>(
      url,
      'mutation ($input: CreateCommsTaskInput!) { createCommsTask(input: $input) { id } }',
      { input },
      comms,
    );
    await gql(url, 'mutation ($id: ID!) { openCommsTask(id: $id) { id } }', { id: task.createCommsTask.id }, comms);
  }

  const volunteer = await login(url, DEMO.volunteer);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { myMatchedTasks } = await gql<{ myMatchedTasks: unknown[] }>(
      url,
      'query { myMatchedTasks(first: 10) { score } }',
      {},
      volunteer,
    );
    if (myMatchedTasks.length >= 2) return;
    if (Date.now() > deadline) throw new Error('the demo volunteer’s matches did not appear within a minute');
    await new Promise((r) => setTimeout(r, 250));
  }
}
