import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const fixture = path.join(__dirname, 'fixtures', 'services-launcher.mjs');

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function gone(pid: number, timeoutMs = 15000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (alive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

/** Starts `command`, waits for the launcher's JSON line of server PIDs. */
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'crowdcomms-launcher-'));

function launch(command: string, args: string[], cwd = root) {
  const env: NodeJS.ProcessEnv = { ...process.env, LAUNCHER_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const servers = new Promise<{ postgres: number; redis: number }>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
      const line = output.split('\n').find((l) => l.startsWith('{"postgres"'));
      if (line) resolve(JSON.parse(line));
    });
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.once('exit', (code) => reject(new Error(`the launcher exited (${code}) before starting:\n${output}`)));
  });
  return { child, servers };
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));

/**
 * Ctrl-C or SIGTERM to a launcher — directly or to the `npm` process running
 * it — leaves no PostgreSQL or redis-server behind.
 */
describe('launchers stop every server they started', () => {
  const cleanup: string[] = [dataDir];
  afterAll(() => {
    for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
  });

  it('SIGTERM to the launcher stops PostgreSQL and redis-server', async () => {
    const signal = 'SIGTERM';
    const { child, servers } = launch(process.execPath, [fixture]);
    const { postgres, redis } = await servers;
    expect(alive(postgres) && alive(redis)).toBe(true);
    child.kill(signal);
    await exited(child);
    expect(await gone(redis)).toBe(true);
    expect(await gone(postgres)).toBe(true);
  }, 30000);

  it('a signal to `npm start` / `npm test` reaches the launcher', async () => {
    // The same npm scripts, pointed at the reduced launcher.
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const dir = mkdtempSync(path.join(os.tmpdir(), 'crowdcomms-npm-'));
    cleanup.push(dir);
    const scripts = {
      start: pkg.scripts.start.replace('scripts/start.mjs', fixture),
      test: pkg.scripts.test.replace('scripts/test.mjs', fixture),
    };
    expect(scripts.start).not.toBe(pkg.scripts.start);
    expect(scripts.test).not.toBe(pkg.scripts.test);
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'launcher', version: '1.0.0', scripts }));
    for (const [script, signal] of [
      ['start', 'SIGINT'],
      ['test', 'SIGTERM'],
    ] as const) {
      const { child, servers } = launch('npm', ['run', '--silent', script], dir);
      const { postgres, redis } = await servers;
      child.kill(signal); // what `kill <npm pid>` or a process manager does
      await exited(child);
      expect(await gone(redis)).toBe(true);
      expect(await gone(postgres)).toBe(true);
    }
  }, 60000);
});
