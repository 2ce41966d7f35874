import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

/** The API or the worker in a process of its own, started from source as `npm start` would start the build. */
export interface SpawnedApp {
  child: ChildProcess;
  /** Everything it printed (its JSON log lines). */
  output(): string;
  /** Resolves with the exit code, or the signal that ended it. */
  exited: Promise<number | NodeJS.Signals>;
}

/**
 * Starts `apps/<app>/src/main.ts` with the test's configuration plus `env`, and
 * resolves once it logs `readyLine`. Transpiled on the fly and cached
 * (`transpile-cached.js`; types are checked by `npm run typecheck`).
 */
export async function spawnApp(
  app: 'api' | 'worker',
  env: Record<string, string>,
  readyLine: string,
  timeoutMs = 150_000,
): Promise<SpawnedApp> {
  const child = spawn(
    process.execPath,
    ['-r', './test/utils/transpile-cached.js', '-r', 'tsconfig-paths/register', `apps/${app}/src/main.ts`],
    {
      cwd: root,
      env: {
        ...process.env,
        TS_NODE_PROJECT: path.join(root, 'tsconfig.json'), // read by tsconfig-paths
        LOG_LEVEL: 'info',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | NodeJS.Signals>((resolve) =>
    child.once('exit', (code, signal) => {
      process.off('exit', killOnExit);
      resolve(code ?? signal!);
    }),
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${app} did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const check = () => {
      if (!output.includes(readyLine)) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout.on('data', check);
    void exited.then((how) => {
      clearTimeout(timer);
      reject(new Error(`${app} exited (${how}) before it was ready:\n${output}`));
    });
  });
  return { child, output: () => output, exited };
}
