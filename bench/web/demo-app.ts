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

/**
 * A sharing campaign in the demo organisation, as comms and the volunteers would have run it by
 * hand: an autumn pilot whose shares are the baseline, and the winter campaign that started four
 * weeks ago, with shares, their interactions and the channels' follower figures. Resolves with the
 * winter campaign's id.
 */
export async function addDemoCampaign(url: string): Promise<string> {
  const comms = await login(url, DEMO.comms);
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const create = async (input: Record<string, unknown>) =>
    (
      await gql<{ createCampaign: { id: string } }>(
        url,
        'mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
        { input },
        comms,
      )
    ).createCampaign.id;
  const channels = ['INTERNAL', 'BLOG', 'LINKEDIN', 'INSTAGRAM', 'X_TWITTER'];
  const people = {
    ben: await login(url, DEMO.volunteer),
    wendy: await login(url, 'wendy.web@harbourside.example'),
    sam: await login(url, 'sam.social@harbourside.example'),
  };
  // The three volunteers who share, and three colleagues who have not yet.
  const { members } = await gql<{
    members: { edges: { node: { id: string; roles: string[]; user: { email: string } } }[] };
  }>(url, 'query { members(first: 100) { edges { node { id roles user { email } } } } }', {}, comms);
  const sharers = [DEMO.volunteer, 'wendy.web@harbourside.example', 'sam.social@harbourside.example'];
  const nodes = members.edges.map((e) => e.node);
  const participantMemberIds = [
    ...nodes.filter((m) => sharers.includes(m.user.email)),
    ...nodes.filter((m) => !sharers.includes(m.user.email) && m.roles.join() === 'MEMBER').slice(0, 3),
  ].map((m) => m.id);
  const pilot = await create({
    name: 'Autumn sharing pilot',
    aims: ['Try out logging shares with a few volunteers'],
    startsOn: day(-84),
    endsOn: day(-25),
    cadence: 'MONTHLY',
    audience: 'PEOPLE',
    participantMemberIds,
    channels,
  });
  // Weekly periods from 24 days ago: today is in the fourth, a few days old.
  const winter = await create({
    name: 'Share the harbour this winter',
    aims: ['More of us share what the council does', 'More residents follow our channels'],
    startsOn: day(-24),
    endsOn: day(31),
    cadence: 'WEEKLY',
    targetPerPeriod: 1,
    audience: 'PEOPLE',
    participantMemberIds,
    channels,
  });
  // [who, campaign, days from today, channel, form, title, likes, comments, reshares]
  const shares: [keyof typeof people, string, number, string, string, string, number, number, number][] = [
    ['ben', pilot, -80, 'BLOG', 'BLOG_POST', 'Autumn in the harbour gardens', 3, 1, 0],
    ['sam', pilot, -61, 'X_TWITTER', 'TEXT', 'Bin collection changes this autumn', 2, 0, 1],
    ['ben', pilot, -30, 'BLOG', 'BLOG_POST', 'How the library got its new roof', 4, 2, 0],
    ['sam', pilot, -27, 'INSTAGRAM', 'IMAGE', 'Fireworks over the marina', 9, 1, 2],
    ['ben', winter, -23, 'BLOG', 'BLOG_POST', 'Winter gritting: where the lorries go', 6, 3, 1],
    ['sam', winter, -22, 'INSTAGRAM', 'IMAGE', 'Frost on the harbour wall', 18, 2, 4],
    ['wendy', winter, -21, 'LINKEDIN', 'LINK', 'Volunteering with the council this winter', 11, 2, 3],
    ['sam', winter, -16, 'X_TWITTER', 'TEXT', 'Warm spaces open this week', 7, 1, 6],
    ['ben', winter, -14, 'BLOG', 'BLOG_POST', 'A morning with the harbour master', 9, 4, 1],
    ['wendy', winter, -9, 'LINKEDIN', 'TEXT', 'What our web team learnt from residents', 8, 1, 1],
    ['sam', winter, -8, 'INSTAGRAM', 'VIDEO', 'The lifeboat launch, in 30 seconds', 25, 5, 7],
    ['ben', winter, -7, 'LINKEDIN', 'LINK', 'Cycle lanes: the plan in one page', 5, 2, 2],
    ['sam', winter, -2, 'INSTAGRAM', 'IMAGE', 'Lights switched on at the market', 21, 3, 5],
    ['ben', winter, -1, 'BLOG', 'BLOG_POST', 'Who keeps the harbour clock running?', 12, 6, 2],
  ];
  for (const [i, [who, campaignId, offset, channel, form, title, likes, comments, reshares]] of shares.entries()) {
    const logged = await gql<{ logCampaignShare: { id: string } }>(
      url,
      'mutation ($input: LogShareInput!) { logCampaignShare(input: $input) { id } }',
      {
        input: {
          campaignId,
          channel,
          form,
          title,
          url: `https://harbourside.example/shared/${i + 1}`,
          sharedOn: day(offset),
        },
      },
      people[who],
    );
    await gql(
      url,
      'mutation ($input: UpdateShareInteractionsInput!) { updateCampaignShareInteractions(input: $input) { id } }',
      { input: { shareId: logged.logCampaignShare.id, likes, comments, reshares } },
      people[who],
    );
  }
  const figures = [
    ['LINKEDIN', [1120, 1150, 1185, 1240, 1302]],
    ['INSTAGRAM', [860, 872, 880, 941, 1010]],
    ['X_TWITTER', [2400, 2410, 2405, 2430, 2466]],
  ] as const;
  await gql(
    url,
    'mutation ($input: RecordFollowerSnapshotsInput!) { recordFollowerSnapshots(input: $input) { id } }',
    {
      input: {
        snapshots: figures.flatMap(([channel, counts]) =>
          [-84, -56, -24, -10, -1].map((offset, i) => ({ channel, takenOn: day(offset), followers: counts[i] })),
        ),
      },
    },
    comms,
  );
  return winter;
}
