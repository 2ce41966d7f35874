import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, chromium, Locator, Page } from 'playwright-core';
import { createTestApp, TestApp } from '../../utils/test-app';

/**
 * A real stack for browser journeys: the API (serving the built web app at /)
 * on a loopback port, the worker, PostgreSQL and Redis, and Debian's chromium.
 * One per test file; each test gets a fresh browser context (no shared cookies).
 */
export interface WebStack {
  t: TestApp;
  /** The app's URL, e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  browser: Browser;
  /** A fresh context and page for one test (closed by `close`). */
  newPage(options?: {
    reducedMotion?: 'reduce' | 'no-preference';
    viewport?: { width: number; height: number };
  }): Promise<Page>;
  close(): Promise<void>;
}

// A journey clicks through several pages, each checked by axe: more than the API tests' 30 s.
jest.setTimeout(90_000);

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function startWebStack(env: Record<string, string> = {}): Promise<WebStack> {
  // e-mailed links must point at this very server.
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const t = await createTestApp({ APP_URL: baseUrl, ...env });
  await t.app.listen(port, '127.0.0.1');
  await t.startWorker();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const contexts: BrowserContext[] = [];
  return {
    t,
    baseUrl,
    browser,
    newPage: async (options = {}) => {
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale: 'en-GB',
        timezoneId: 'Europe/London',
        reducedMotion: options.reducedMotion ?? 'reduce',
        viewport: options.viewport ?? { width: 1280, height: 800 },
      });
      contexts.push(context);
      return context.newPage();
    },
    close: async () => {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await t.close();
    },
  };
}

async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** WCAG 2.2 AA, as UK public bodies must meet. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core on the page as it is now and fails on any serious or critical
 * violation, listing each rule with the elements it found.
 */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
  expect({ url: page.url(), violations: blocking }).toEqual({ url: page.url(), violations: [] });
}

/** Waits until the element is on screen (Playwright retries; fails after the timeout). */
export async function see(locator: Locator): Promise<Locator> {
  await locator.waitFor({ state: 'visible', timeout: 10_000 });
  return locator;
}

/** The page's one h1, once it shows `name`. */
export function heading(page: Page, name: string | RegExp): Promise<Locator> {
  return see(page.getByRole('heading', { level: 1, name }));
}

/** True when `locator` is the element with the keyboard focus. */
export function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((el: { ownerDocument: { activeElement: unknown } }) => el.ownerDocument.activeElement === el);
}

/** What `textContrast` reads of an element in the page (typed here: the Node typecheck has no DOM). */
interface StyledNode {
  parentElement: StyledNode | null;
  ownerDocument: {
    defaultView: { getComputedStyle(node: StyledNode): { color: string; backgroundColor: string } };
  };
}

/**
 * The WCAG contrast ratio of an element's text against the background behind it, as it is drawn
 * now (e.g. under the pointer: axe checks only the resting state). Opaque backgrounds only.
 */
export async function textContrast(locator: Locator): Promise<number> {
  const [fg, bg] = await locator.evaluate((el: StyledNode) => {
    const style = (node: StyledNode) => el.ownerDocument.defaultView.getComputedStyle(node);
    let background = 'rgb(255, 255, 255)';
    for (let node: StyledNode | null = el; node; node = node.parentElement) {
      const b = style(node).backgroundColor;
      if (b && b !== 'transparent' && !b.startsWith('rgba(0, 0, 0, 0')) {
        background = b;
        break;
      }
    }
    return [style(el).color, background];
  });
  const luminance = (rgb: string) => {
    const [r, g, b] = rgb
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map((c) => {
        const s = Number(c) / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}
