import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A redis-server of the test's own, which it can stop and start again without touching the suite's shared one. */
export interface OwnRedis {
  url: string;
  /** Starts it (again) on the same port and data directory: what it had written survives (append-only file). */
  start(): Promise<void>;
  /** Stops it as an outage would, and waits until it has exited. */
  stop(): Promise<void>;
  /** Stops it for good and removes its data. */
  dispose(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crowdcomms-redis-'));
  let child: ChildProcess | undefined;
  const kill = () => child?.kill('SIGKILL');
  process.once('exit', kill);

  const running = () => !!child && child.exitCode === null && child.signalCode === null;
  const start = async () => {
    // Already up: a second server could not bind the port, and would take the place of the one to stop later.
    if (running()) return;
    const args = ['--bind', '127.0.0.1', '--port', String(port), '--dir', dir, '--save', ''];
    args.push('--appendonly', 'yes', '--appendfsync', 'always', '--maxmemory-policy', 'noeviction');
    const server = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child = server;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const seen = (d: Buffer) => {
        output += d.toString();
        if (output.includes('Ready to accept connections')) resolve();
      };
      server.stdout.on('data', seen);
      server.stderr.on('data', seen);
      server.once('exit', () => reject(new Error(`redis-server exited:\n${output}`)));
    });
  };
  const stop = async () => {
    const server = child;
    if (!server || !running()) return;
    await new Promise<void>((resolve) => {
      server.once('exit', () => resolve());
      server.kill('SIGTERM');
    });
  };

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    stop,
    dispose: async () => {
      await stop();
      process.off('exit', kill);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
