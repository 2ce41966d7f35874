import { readFileSync } from 'node:fs';
import {
  EXPORT_AUDIT_LOG,
  EXPORT_SKILLS_GAP_REPORT,
  LOGIN,
  LOOKUP_SKILLS,
  RECORD_SKILL_DEMAND,
  UPDATE_MY_PROFILE,
  UPDATE_MY_PROFILE_PRIVACY,
} from '../utils/operations';
import { inviteAndJoin, Session } from '../utils/story';
import { expectAccessible, heading, see, startWebStack, WebStack } from './support/browser';
import { signIn } from './support/journeys';

const DEMO_PASSWORD = 'crowdcomms-demo-2026';
const HR = 'hana.hr@harbourside.example';
const ADMIN = 'amira.admin@harbourside.example';
const SAM = 'sam.social@harbourside.example';

/** YYYY-MM-DD, `days` from today. */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('HR searches people and reads the skills gap; members see who looked', () => {
  let stack: WebStack;
  let hr: Session;
  let admin: Session;
  let socialMediaId: string;
  let privatePerson: Session;

  const login = async (email: string): Promise<Session> => {
    const res = await stack.t.gql<{ login: Session }>(LOGIN, { input: { email, password: DEMO_PASSWORD } });
    if (!res.data?.login) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
    return res.data.login;
  };

  /** A colleague joins the demo organisation with a social-media profile at `visibility`. */
  const colleague = async (name: string, department: string, level: number, visibility: string) => {
    const person = await inviteAndJoin(stack.t, admin, name, ['MEMBER'], { department, grade: 'Officer' });
    const updated = await stack.t.gql(
      UPDATE_MY_PROFILE,
      {
        input: {
          headline: 'Runs social media for the team',
          skills: [{ skillId: socialMediaId, level }],
          availableHoursPerMonth: 6,
        },
      },
      person.accessToken,
    );
    if (updated.errors) throw new Error(JSON.stringify(updated.errors));
    await stack.t.gql(UPDATE_MY_PROFILE_PRIVACY, { input: { visibility } }, person.accessToken);
    return person;
  };

  beforeAll(async () => {
    // Facets count exactly up to 3 matches here, so a search of the whole (small) demo organisation shows estimates.
    stack = await startWebStack({ SEED_DEMO: 'true', PEOPLE_SEARCH_FACETS_EXACT_UP_TO: '3' });
    hr = await login(HR);
    admin = await login(ADMIN);
    const found = await stack.t.gql<{ lookupSkills: { id: string; slug: string }[] }>(
      LOOKUP_SKILLS,
      { name: 'social media management', first: 5 },
      hr.accessToken,
    );
    socialMediaId = found.data!.lookupSkills.find((s) => s.slug === 'social-media-management')!.id;
    // Someone in another department HR can find, and someone HR must never find: a PRIVATE profile that
    // matches every word and filter of the search, in the department the search is narrowed to.
    await colleague('quinn', 'Libraries', 4, 'ORGANISATION');
    privatePerson = await colleague('pia', 'Customer Services', 5, 'PRIVATE');
  }, 90_000);
  afterAll(() => stack?.close());

  it('(a) HR finds a colleague by words, skill and department facet; the owner sees who looked', async () => {
    const page = await stack.newPage();
    await signIn(page, HR, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'People search', exact: true }).click();
    await heading(page, 'People search');
    await see(page.getByText('Your searches are recorded'));
    await expectAccessible(page);

    // Bad input stays in the field with a reason, and no search runs.
    const searchFor = page.getByRole('textbox', { name: 'Search for' });
    const tooLong = 'social '.repeat(1500).slice(0, 10_000);
    await searchFor.fill(tooLong);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await see(page.getByText('Search for at most 200 characters — this is 10,000.', { exact: false }));
    expect((await searchFor.inputValue()).length).toBe(10_000);
    await searchFor.fill('!!! ??? ...');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await see(page.getByText('Type at least one letter or number', { exact: false }));
    expect(await searchFor.inputValue()).toBe('!!! ??? ...');

    // "social media", with Social media management at Competent or above.
    await searchFor.fill('social media');
    await page.getByRole('combobox', { name: 'Add a skill' }).fill('social media manag');
    await page.getByRole('option', { name: 'Social media management', exact: true }).click();
    await page.getByRole('combobox', { name: 'Social media management' }).click();
    await page.getByRole('option', { name: 'Competent or above' }).click();
    await page.getByRole('button', { name: 'Search', exact: true }).click();

    const results = page.getByRole('region', { name: 'Results' });
    await see(results.getByText('2 people found'));
    await see(results.getByRole('link', { name: 'Sam Kowalski' }));
    await see(results.getByRole('link', { name: 'quinn person' }));
    await see(page.getByRole('button', { name: 'Customer Services, 1 person' }));
    await see(page.getByRole('button', { name: 'Libraries, 1 person' }));
    expect(await page.getByText('pia person').count()).toBe(0);
    expect(await page.getByText('Counts are estimates', { exact: false }).count()).toBe(0);
    expect(page.url()).toContain('q=social+media');
    expect(page.url()).toContain(`skill=${socialMediaId}%3A3`);
    await expectAccessible(page);

    // Narrow by the department facet; the whole search stays in the URL, so a reload (or a shared link) keeps it.
    await page.getByRole('button', { name: 'Customer Services, 1 person' }).click();
    await see(results.getByText('1 person found'));
    await see(page.getByRole('group', { name: 'Filters in use' }).getByText('Department: Customer Services'));
    expect(await results.getByRole('link', { name: 'quinn person' }).count()).toBe(0);
    await page.reload();
    await heading(page, 'People search');
    await see(results.getByText('1 person found'));
    expect(await searchFor.inputValue()).toBe('social media');
    expect(await page.getByText('pia person').count()).toBe(0);

    // The profile; the private one is not found even by its address.
    await results.getByRole('link', { name: 'Sam Kowalski' }).click();
    await heading(page, 'Sam Kowalski');
    await see(page.getByText('Helps on the corporate social account'));
    await see(page.getByText('Your visit is recorded', { exact: false }));
    await expectAccessible(page);

    // Back to the same search. Asking for experts empties it: the department chosen from a facet no longer
    // has a facet, but stays a filter that can be removed — and the private expert is still never found.
    await page.getByRole('link', { name: 'Back to people search' }).click();
    await see(results.getByText('1 person found'));
    await page.getByRole('combobox', { name: 'Social media management' }).click();
    await page.getByRole('option', { name: 'Expert or above' }).click();
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await see(results.getByRole('heading', { name: 'Nobody matches this search' }));
    await see(page.getByText('Nothing to narrow down', { exact: false }));
    await page.getByRole('button', { name: 'Remove department filter' }).click();
    await see(results.getByRole('heading', { name: 'Nobody matches this search' }));
    expect(page.url()).not.toContain('department=');
    expect(await page.getByText('pia person').count()).toBe(0);

    await page.goto(`/people/${privatePerson.member.id}`);
    await see(page.getByText('We could not find that page', { exact: false }));
    expect(await page.getByText('pia person').count()).toBe(0);

    // Sam sees that HR looked.
    const sam = await stack.newPage({ viewport: { width: 360, height: 740 } });
    await signIn(sam, SAM, DEMO_PASSWORD);
    await sam.goto('/profile');
    await heading(sam, 'My profile');
    const viewers = sam.getByRole('region', { name: 'Who looked at my profile' });
    await see(viewers.getByText('opened your profile on', { exact: false }));
    // Her searches for the same words (narrowed, reloaded, repeated) are one line, not one per click.
    await see(viewers.getByText('Hana Lindqvist found you in a search for “social media”', { exact: false }));
    await expectAccessible(sam);
    // A member has no people search: the page says so.
    await sam.goto('/people/search');
    await heading(sam, 'Not available to you');
    await expectAccessible(sam);
  }, 180_000);

  it('(d) HR reads the skills gap; its CSV is the API’s data', async () => {
    const period = day(3);
    const recorded = await stack.t.gql(
      RECORD_SKILL_DEMAND,
      { input: { skillId: socialMediaId, minLevel: 3, people: 4, hours: 20, period } },
      hr.accessToken,
    );
    expect(recorded.errors).toBeUndefined();
    const page = await stack.newPage();
    await signIn(page, HR, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Skills gap', exact: true }).click();
    await heading(page, 'Skills gap');
    const from = day(-30);
    const to = day(30);
    await page.getByLabel('From', { exact: true }).fill(from);
    await page.getByLabel('To', { exact: true }).fill(to);

    // HR records demand no task carries yet: two experts.
    await page.getByRole('button', { name: 'Record demand by hand' }).click();
    const form = page.getByRole('form', { name: 'Record demand by hand' });
    await form.getByRole('combobox', { name: 'Skill needed' }).fill('social media manag');
    await page.getByRole('option', { name: 'Social media management', exact: true }).click();
    await form.getByRole('combobox', { name: 'Level' }).click();
    await page.getByRole('option', { name: 'Expert or above' }).click();
    await form.getByRole('textbox', { name: 'People needed' }).fill('2');
    await form.getByRole('textbox', { name: 'Hours of work' }).fill('8');
    await form.getByLabel('Needed on').fill(period);
    await form.getByRole('button', { name: 'Record demand' }).dblclick();
    await see(form.getByText('Demand for Social media management is recorded.'));

    const table = page.getByRole('table', { name: /Skills gap/ });
    // Competent+: quinn (4) and Sam (3) are visible to HR; pia's private 5 counts nowhere.
    await see(table.getByRole('row', { name: /Social media management Competent or above 4 20 2 \d+ \d+ 2/ }));
    await see(table.getByRole('row', { name: /Social media management Expert or above 2 8 0 0 \d+ 2/ }));
    await table.getByRole('button', { name: 'Skill', exact: true }).click();
    await see(table.getByRole('columnheader', { name: 'Skill' }).and(page.locator('[aria-sort="ascending"]')));
    await expectAccessible(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    const api = await stack.t.gql<{ exportSkillsGapReport: string }>(
      EXPORT_SKILLS_GAP_REPORT,
      { input: { from, to, sort: 'SKILL', direction: 'ASC' } },
      hr.accessToken,
    );
    expect(csv).toBe(api.data!.exportSkillsGapReport);
    expect(csv).toContain('Social media management');
    expect(download.suggestedFilename()).toBe(`skills-gap-${from}-to-${to}.csv`);
  }, 120_000);

  it('an admin reads and exports the audit log, and may use people search and the gap report', async () => {
    const page = await stack.newPage();
    await signIn(page, ADMIN, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Audit log', exact: true }).click();
    await heading(page, 'Audit log');
    await see(page.getByRole('row', { name: /Hana Lindqvist Opened a profile Profile of Sam Kowalski/ }).first());
    await expectAccessible(page);
    await page.getByRole('combobox', { name: 'What' }).click();
    await page.getByRole('option', { name: 'Opened a profile' }).click();
    await see(page.getByText(/^\d+ (entry|entries)$/));
    expect(await page.getByRole('row', { name: /Searched people/ }).count()).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    const api = await stack.t.gql<{ exportAuditLog: string }>(
      EXPORT_AUDIT_LOG,
      { filter: { action: 'VIEW' } },
      admin.accessToken,
    );
    expect(csv).toBe(api.data!.exportAuditLog);
    expect(csv).toContain('Sam Kowalski');
    await see(page.getByText('Your export is recorded in the log too.', { exact: false }));

    await page.getByRole('link', { name: 'People search', exact: true }).click();
    await heading(page, 'People search');
    await see(page.getByRole('region', { name: 'Results' }).getByText(/people found/));
    // More people match than facets count exactly here: the counts say they are estimates, in words.
    await see(page.getByText(/^Counts are estimates: more than 3 people match \(about \d+\)\.$/));
    await see(page.getByRole('button', { name: /, about \d+ (person|people)$/ }).first());
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Skills gap', exact: true }).click();
    await heading(page, 'Skills gap');
    await see(page.getByRole('table', { name: /Skills gap/ }).or(page.getByText('No demand in this period')));
    await expectAccessible(page);
  }, 120_000);
});
