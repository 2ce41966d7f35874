/**
 * Web app benchmark (not part of the jest run):
 *
 *   npm run bench:web                 (= npm run bench -- web)   options: --runs N (default 10)
 *
 * Starts Crowdcomms as `npm start` does — the built API serving the built web app, the worker
 * and the demo organisation — against throwaway PostgreSQL and Redis, then drives Debian's
 * headless chromium (/usr/bin/chromium) and measures, in the same run:
 *
 *   1. The first-load JavaScript of the sign-in page, gzipped: every script the browser fetches
 *      until the sign-in form is on screen and the network is idle, each gzipped as a server would
 *      (zlib level 6). Budget 250 kB. Baseline: all of the app's JavaScript (dist/web/assets), i.e.
 *      what the sign-in page would cost without lazily loaded areas and shell; the ratio is printed.
 *   2. The time to a usable "For you" page for a demo volunteer: from the start of the navigation to
 *      the moment the page's h1 and the list of matched tasks are on screen (the session restored
 *      from the refresh cookie, the areas' code loaded, both queries answered). Cold: a fresh browser
 *      context with an empty HTTP cache each run. Budget 1.5 s (median). Baseline: the sign-in page
 *      to its usable form, measured the same way; the ratio is printed. Warm (cached code) is printed
 *      too.
 *
 * Exits 1 when a budget is exceeded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { addDemoWork, CHROMIUM_ARGS, DEMO, DEMO_PASSWORD, startDemoApp } from './web/demo-app';

const JS_BUDGET_KB = 250;
const FOR_YOU_BUDGET_MS = 1500;
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 10;

const kB = (bytes: number) => bytes / 1024;
const gz = (body: Buffer) => gzipSync(body, { level: 6 }).length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

async function freshContext(browser: Browser, url: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL: url, locale: 'en-GB', viewport: { width: 1280, height: 800 } });
}

/** Empties the browser's HTTP cache, so the next load fetches every script again. */
async function clearCache(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
}

type Usable = 'sign-in' | 'for-you';

/**
 * Runs in the page (a function, not a string: the app's Content-Security-Policy forbids eval):
 * performance.now() — milliseconds since the navigation started — once the page is usable.
 */
function usableAt(kind: Usable): number | false {
  const page = globalThis as unknown as {
    document: { querySelector(selector: string): { textContent: string | null } | null };
    performance: { now(): number };
  };
  const h1 = page.document.querySelector('h1')?.textContent;
  const usable =
    kind === 'sign-in'
      ? h1 === 'Sign in' && !!page.document.querySelector('input[type=email]')
      : h1 === 'For you' && !!page.document.querySelector('[aria-label="Tasks matched to you, best first"] li');
  return usable ? page.performance.now() : false;
}

/** Milliseconds from the navigation's start until the page is usable. */
async function timeUntil(page: Page, route: string, kind: Usable): Promise<number> {
  await page.goto(route, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(usableAt, kind, { polling: 'raf', timeout: 30_000 });
  return (await handle.jsonValue()) as number;
}

async function signInPageScripts(
  browser: Browser,
  url: string,
): Promise<{ raw: number; gzipped: number; files: number }> {
  const context = await freshContext(browser, url);
  const page = await context.newPage();
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body());
  });
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').waitFor();
  await page.waitForLoadState('networkidle');
  const all = await Promise.all(bodies);
  await context.close();
  return { raw: all.reduce((s, b) => s + b.length, 0), gzipped: all.reduce((s, b) => s + gz(b), 0), files: all.length };
}

function allAppScripts(): number {
  const dir = path.resolve(__dirname, '../dist/web/assets');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gz(readFileSync(path.join(dir, f))), 0);
}

/** One cold load of `route` for a signed-in volunteer (or nobody), in a fresh context. */
async function coldLoad(browser: Browser, url: string, signedIn: boolean, route: string, usable: Usable) {
  const context = await freshContext(browser, url);
  const page = await context.newPage();
  if (signedIn) {
    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill(DEMO.volunteer);
    await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'For you' }).waitFor();
    await page.goto('about:blank');
  }
  await clearCache(page);
  const cold = await timeUntil(page, route, usable);
  const warm = await timeUntil(page, route, usable);
  await context.close();
  return { cold, warm };
}

async function main() {
  const app = await startDemoApp((line) => console.log(line));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  let failed = false;
  try {
    // 1. First-load JavaScript of the sign-in page.
    const signIn = await signInPageScripts(browser, app.url);
    const everything = allAppScripts();
    console.log('\nFirst-load JavaScript of the sign-in page (gzip level 6)');
    console.log(
      `  sign-in page   ${kB(signIn.gzipped).toFixed(1)} kB gz in ${signIn.files} files (${kB(signIn.raw).toFixed(0)} kB raw)`,
    );
    console.log(`  baseline       ${kB(everything).toFixed(1)} kB gz: all of the app's JavaScript`);
    console.log(`  ratio          ${(signIn.gzipped / everything).toFixed(2)} of the baseline`);
    const jsOk = kB(signIn.gzipped) <= JS_BUDGET_KB;
    console.log(`  budget         ${JS_BUDGET_KB} kB: ${jsOk ? 'met' : 'EXCEEDED'}`);
    failed ||= !jsOk;

    // 2. Time to a usable page: "For you" for a signed-in volunteer, and the sign-in page as the baseline.
    console.log('\nSetting the demo organisation to work (a call, sign-ups, three open tasks)…');
    await addDemoWork(app.url);
    await coldLoad(browser, app.url, true, '/', 'for-you'); // warm-up: the API's first queries
    const forYou = { cold: [] as number[], warm: [] as number[] };
    const baseline = { cold: [] as number[], warm: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      const f = await coldLoad(browser, app.url, true, '/', 'for-you');
      forYou.cold.push(f.cold);
      forYou.warm.push(f.warm);
      const b = await coldLoad(browser, app.url, false, '/sign-in', 'sign-in');
      baseline.cold.push(b.cold);
      baseline.warm.push(b.warm);
    }
    const line = (name: string, xs: number[]) =>
      `  ${name.padEnd(26)} median ${median(xs).toFixed(0).padStart(5)} ms   p95 ${p95(xs).toFixed(0).padStart(5)} ms`;
    console.log(`\nTime to a usable page, headless chromium, ${RUNS} runs each (demo volunteer ${DEMO.volunteer})`);
    console.log(line('For you, cold cache', forYou.cold));
    console.log(line('For you, warm cache', forYou.warm));
    console.log(line('baseline: sign-in, cold', baseline.cold));
    console.log(line('baseline: sign-in, warm', baseline.warm));
    console.log(
      `  ratio (cold medians)       ${(median(forYou.cold) / median(baseline.cold)).toFixed(2)} × the sign-in page`,
    );
    const timeOk = median(forYou.cold) <= FOR_YOU_BUDGET_MS;
    console.log(`  budget                     ${FOR_YOU_BUDGET_MS} ms (median, cold): ${timeOk ? 'met' : 'EXCEEDED'}`);
    failed ||= !timeOk;
  } finally {
    await browser.close();
    await app.stop();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
