/**
 * API overhead benchmark: `npm run bench -- api-overhead [--requests 3000] [--concurrency 16] [--rounds 3]`.
 *
 * How many requests per second the API answers for a trivial authenticated query, as a share of a bare
 * Node HTTP server (node:http, in the same process) answering the same JSON — and where the rest goes. Four
 * endpoints take turns, each on its own, loaded by a separate client process (fetch, keep-alive):
 *   1. bare node:http returning the JSON of `{ me { member { id } } }`;
 *   2. the API: GraphQL `{ __typename }` without a token (HTTP stack, Apollo, parsing, validation, execution);
 *   3. the API: `{ me { member { id } } }` with an access token (plus verifying it and the session, roles);
 *   4. the same with an organisation API token (looked up by its hash in PostgreSQL).
 * Each keeps its best round by throughput; the bench prints requests per second, p50/p95 and the CPU time of
 * this process per request, and the API's share of the bare server.
 */
import './production';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { spawn } from 'node:child_process';
import { createServer, Server } from 'node:http';
import os from 'node:os';
import { arg, gql } from './support';

const REQUESTS = arg('requests', 3000);
const CONCURRENCY = arg('concurrency', 16);
const ROUNDS = arg('rounds', 3);
const ME = '{ me { member { id } } }';

interface Endpoint {
  name: string;
  url: string;
  body: string;
  token?: string;
}

interface Result {
  name: string;
  rps: number;
  p50: number;
  p95: number;
  /** CPU time (user + system) of this process — the server, without its client — per request. */
  cpuMs: number;
}

/** The load generator, in its own process, so its work does not run on the server's event loop. */
const CLIENT = `
process.once('message', async ({ url, body, token, requests, concurrency }) => {
  const headers = { 'content-type': 'application/json', ...(token ? { authorization: 'Bearer ' + token } : {}) };
  const request = async () => {
    const res = await fetch(url, { method: 'POST', headers, body });
    const text = await res.text();
    if (res.status !== 200 || text.includes('"errors"')) throw new Error(res.status + ' ' + text);
  };
  for (let i = 0; i < 200; i++) await request();
  process.send({ ready: true });
  await new Promise((resolve) => process.once('message', resolve));
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next++ < requests) {
      const t0 = performance.now();
      await request();
      latencies.push(performance.now() - t0);
    }
  }));
  process.send({ latencies, seconds: (performance.now() - started) / 1000 });
  process.disconnect();
});`;

async function measure(endpoint: Endpoint): Promise<Result> {
  const client = spawn(process.execPath, ['-e', CLIENT], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const reply = <T>() =>
    new Promise<T>((resolve, reject) => {
      client.once('message', (m) => resolve(m as T));
      client.once('exit', (code) => reject(new Error(`${endpoint.name}: the client exited (${code})`)));
    });
  const ready = reply<{ ready: true }>();
  client.send({ ...endpoint, requests: REQUESTS, concurrency: CONCURRENCY });
  await ready;
  const cpu = process.cpuUsage();
  const done = reply<{ latencies: number[]; seconds: number }>();
  client.send({ go: true });
  const { latencies, seconds } = await done;
  const used = process.cpuUsage(cpu);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return {
    name: endpoint.name,
    rps: REQUESTS / seconds,
    p50: at(0.5),
    p95: at(0.95),
    cpuMs: (used.user + used.system) / 1000 / REQUESTS,
  };
}

async function main(): Promise<void> {
  Object.assign(process.env, {
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    MIGRATIONS_RUN: 'true',
    SEED_DEMO: 'false',
    REDIS_PREFIX: `bench-overhead-${process.pid}`,
    JWT_SECRET: process.env.JWT_SECRET ?? 'bench-secret-bench-secret-bench-secret-000',
    AUTH_LIMIT_PER_IP: '100000',
    AUTH_LIMIT_PER_EMAIL: '100000',
  });
  const { AppModule } = await import('../apps/api/src/app.module');
  const app: INestApplication = (
    await Test.createTestingModule({ imports: [AppModule] }).compile()
  ).createNestApplication({ logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const server = app.getHttpServer() as Server;
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
  let bare: Server | undefined;
  try {
    const { signUp } = await gql<{ signUp: { accessToken: string } }>(
      url,
      `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`,
      {
        input: {
          email: 'overhead@bench.example.org',
          password: 'a-long-and-quiet-passphrase',
          displayName: 'Bench Admin',
          organisationName: 'Overhead Org',
        },
      },
    );
    const { createApiToken } = await gql<{ createApiToken: { token: string } }>(
      url,
      `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`,
      { input: { name: 'Bench', access: 'READ_ONLY', expiresInDays: 1 } },
      signUp.accessToken,
    );
    // The bare server answers exactly what the API answers to the trivial query.
    const answer = JSON.stringify(await gql(url, ME, {}, signUp.accessToken).then((data) => ({ data })));
    bare = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer) });
        res.end(answer);
      });
    });
    await new Promise<void>((resolve) => bare!.listen(0, '127.0.0.1', resolve));
    const bareUrl = `http://127.0.0.1:${(bare.address() as { port: number }).port}/`;

    const body = (query: string) => JSON.stringify({ query });
    const endpoints: Endpoint[] = [
      { name: 'bare node:http, same JSON', url: bareUrl, body: body(ME) },
      { name: 'API: { __typename }, no token', url, body: body('{ __typename }') },
      { name: 'API: me, access token', url, body: body(ME), token: signUp.accessToken },
      { name: 'API: me, organisation API token', url, body: body(ME), token: createApiToken.token },
    ];
    console.log(
      `API overhead bench: ${REQUESTS} requests × ${CONCURRENCY} concurrent per round, ${ROUNDS} rounds per endpoint`,
    );
    const runs: Result[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const endpoint of endpoints) runs.push(await measure(endpoint));
    }
    const best = endpoints.map((e) => runs.filter((r) => r.name === e.name).sort((a, b) => b.rps - a.rps)[0]);
    const row = (r: Result) =>
      `| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.cpuMs.toFixed(3)} | ` +
      `${((100 * r.rps) / best[0].rps).toFixed(1)} % |`;
    const header = '| endpoint | requests/s | p50 ms | p95 ms | server CPU ms / request | share of bare |';
    const rule = '| --- | ---: | ---: | ---: | ---: | ---: |';
    console.log(`\nevery round:\n${header}\n${rule}\n${runs.map(row).join('\n')}`);
    console.log(`\nbest round of each:\n${header}\n${rule}\n${best.map(row).join('\n')}`);
    const [plain, typename, me, token] = best;
    console.log(
      `\nthe trivial authenticated query answers ${((100 * me.rps) / plain.rps).toFixed(1)} % of the bare server's ` +
        `requests per second (target ≥ 25 %). Server CPU per request: bare ${plain.cpuMs.toFixed(3)} ms; ` +
        `HTTP stack and GraphQL +${(typename.cpuMs - plain.cpuMs).toFixed(3)} ms; ` +
        `authentication, the resolver and its SQL +${(me.cpuMs - typename.cpuMs).toFixed(3)} ms; ` +
        `an API token instead of an access token ${token.cpuMs - me.cpuMs >= 0 ? '+' : ''}${(token.cpuMs - me.cpuMs).toFixed(3)} ms`,
    );
    console.log(
      `load average: ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} (${os.cpus().length} CPUs)`,
    );
  } finally {
    bare?.close();
    await app.close();
  }
}

main()
  .then(() => process.exit(0))
  .catch((error: Error) => {
    console.error(error.stack ?? error.message);
    process.exit(1);
  });
