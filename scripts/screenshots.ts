/**
 * `npm run screenshots`: the README's pictures of each role's home page, made from the real
 * product rather than by hand. Starts Crowdcomms as `npm start` does (demo organisation, throwaway
 * PostgreSQL and Redis from scripts/with-services.mjs), sets the demo to work as a comms lead
 * would (bench/web/demo-app.ts), then signs in as each role in headless chromium at desktop width
 * and writes docs/screenshots/<role>.png.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, Page } from 'playwright-core';
import { addDemoCampaign, addDemoWork, CHROMIUM_ARGS, DEMO, DEMO_PASSWORD, startDemoApp } from '../bench/web/demo-app';

const OUT = path.resolve(__dirname, '../docs/screenshots');

interface Shot {
  file: string;
  email: string;
  /** The page, given the demo sharing campaign's id. */
  route: string | ((campaignId: string) => string);
  heading: string;
  /** Taller than the 800 px default, to show more of a long page. */
  height?: number;
  /** Waits for the page's content (not just its heading). */
  ready: (page: Page) => Promise<void>;
}

const SHOTS: Shot[] = [
  {
    file: 'volunteer-for-you.png',
    email: DEMO.volunteer,
    route: '/',
    heading: 'For you',
    ready: (page) => page.getByRole('list', { name: 'Tasks matched to you, best first' }).waitFor(),
  },
  {
    file: 'comms-tasks.png',
    email: DEMO.comms,
    route: '/comms/tasks',
    heading: 'Tasks',
    ready: (page) => page.getByText('Blog about the new harbour cycle lanes').first().waitFor(),
  },
  {
    file: 'admin-members.png',
    email: DEMO.admin,
    route: '/organisation/members',
    heading: 'Members',
    ready: (page) => page.getByRole('row').nth(5).waitFor(),
  },
  {
    file: 'community-feed.png',
    email: DEMO.volunteer,
    route: '/community',
    heading: 'Community',
    ready: (page) => page.getByRole('article').nth(3).waitFor(),
  },
  {
    file: 'hr-people-search.png',
    email: DEMO.hr,
    route: '/people/search?q=social',
    heading: 'People search',
    ready: (page) => page.getByRole('group', { name: 'Department' }).waitFor(),
  },
  {
    file: 'comms-campaign-dashboard.png',
    email: DEMO.comms,
    route: (campaignId) => `/campaigns/${campaignId}/dashboard`,
    heading: 'Dashboard: Share the harbour this winter',
    height: 1500,
    ready: (page) => page.getByRole('list', { name: 'People who have not shared yet this period' }).waitFor(),
  },
];

async function main() {
  const app = await startDemoApp((line) => console.log(line));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    console.log('Setting the demo organisation to work…');
    await addDemoWork(app.url);
    const campaignId = await addDemoCampaign(app.url);
    mkdirSync(OUT, { recursive: true });
    for (const shot of SHOTS) {
      const context = await browser.newContext({
        baseURL: app.url,
        viewport: { width: 1280, height: shot.height ?? 800 },
        locale: 'en-GB',
        timezoneId: 'Europe/London',
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      await page.goto('/sign-in');
      await page.getByLabel('E-mail address').fill(shot.email);
      await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { level: 1, name: 'For you' }).waitFor();
      await page.goto(typeof shot.route === 'string' ? shot.route : shot.route(campaignId));
      await page.getByRole('heading', { level: 1, name: shot.heading }).waitFor();
      await shot.ready(page);
      await page.waitForLoadState('networkidle');
      // The pointer rests off the page, so no hover state shows.
      await page.mouse.move(0, (shot.height ?? 800) - 1);
      await page.screenshot({ path: path.join(OUT, shot.file) });
      console.log(`docs/screenshots/${shot.file}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
