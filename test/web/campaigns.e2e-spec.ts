import { readFileSync } from 'node:fs';
import { Page } from 'playwright-core';
import {
  BUDDY_PAIRS,
  CAMPAIGN_DIGESTS,
  CAMPAIGN_REPORT,
  CREATE_SURVEY,
  EXPORT_CAMPAIGN_REPORT,
  RECORD_FOLLOWER_SNAPSHOTS,
  SUBMIT_SURVEY_RESPONSE,
  SURVEY_RESULTS,
} from '../utils/operations';
import { inviteAndJoin, PASSWORD, Session, signUpAdmin } from '../utils/story';
import { expectAccessible, heading, see, startWebStack, WebStack } from './support/browser';
import { signIn } from './support/journeys';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const today = day(0);

/** The dashboard's key figures, worded as the page words them, from the API's metrics. */
const keyFigures = (m: Record<string, number>) => ({
  Participants: String(m.participants),
  Shares: String(m.shares),
  'Participants meeting the target': String(m.participantsMeetingTarget),
  'Participation rate': `${Math.round(m.participationRate * 100)}%`,
  Interactions: String(m.interactions),
  'Interactions per share': String(Math.round(m.interactionsPerShare * 100) / 100),
  'Community posts': String(m.posts),
  Replies: String(m.replies),
  Reactions: String(m.reactions),
});

/** Rows of the table labelled `name`, each as [row heading, cells…]. */
async function tableRows(page: Page, name: RegExp): Promise<Record<string, string[]>> {
  const table = await see(page.getByRole('table', { name }));
  const rows = await table.locator('tbody tr').all();
  const result: Record<string, string[]> = {};
  for (const row of rows) {
    const [head, ...cells] = await row.locator('th, td').allInnerTexts();
    result[head.trim()] = cells.map((c) => c.trim());
  }
  return result;
}

/**
 * Issue 15 journey (c), the charity's experiment in the browser: comms plans a
 * campaign over a baseline of earlier community posts, two participants log
 * shares, the dashboard shows the API's figures for the period and names who
 * has not shared, comms publishes the digest, a participant answers the
 * closing survey and comms reads the answer; the campaign CSV is the API's.
 */
describe('A sharing campaign in the browser', () => {
  let stack: WebStack;
  let cora: Session;
  let priya: Session;
  let sam: Session;
  let comms: Page;
  let p: Page;
  let s: Page;
  let campaignId: string;
  let surveyId: string;
  const api = async <T = any>(query: string, variables: Record<string, unknown>, who: Session): Promise<T> => {
    const res = await stack.t.gql<T>(query, variables, who.accessToken);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };

  beforeAll(async () => {
    stack = await startWebStack();
    cora = await signUpAdmin(stack.t, 'Harbour Arts', 'cora');
    // Nia takes part but shares nothing.
    [priya, sam] = await Promise.all(['priya', 'sam', 'nia'].map((n) => inviteAndJoin(stack.t, cora, n)));
    // The baseline: community posts from before the campaign, three with its hashtag and one off topic. Posts
    // are always dated "now" through the API, so history is written straight into the table (test-only).
    const ds = stack.t.db;
    for (const [who, offset, tags] of [
      [priya, -10, ['winter']],
      [sam, -12, ['winter']],
      [priya, -20, ['winter']],
      [sam, -5, []],
    ] as const) {
      await ds.query(
        `INSERT INTO post (organisation_id, author_membership_id, kind, body, body_html, hashtags, created_at)
         VALUES ($1, $2, 'UPDATE', 'Before the campaign', '<p>Before the campaign</p>', $3, $4)`,
        [cora.organisation.id, who.member.id, tags, `${day(offset)}T10:00:00Z`],
      );
    }
  }, 60_000);
  afterAll(() => stack?.close());

  it('comms plans the campaign; an end before its start is refused at the field and nothing typed is lost', async () => {
    // ── Comms plans the campaign; an end before the start is refused at the field, nothing lost ──
    comms = await stack.newPage();
    comms.setDefaultTimeout(15_000);
    await signIn(comms, cora.user.email, PASSWORD);
    await comms.getByRole('link', { name: 'Sharing campaigns' }).click();
    await heading(comms, 'Sharing campaigns');
    await see(comms.getByRole('heading', { name: 'No campaigns yet' }));
    await expectAccessible(comms);
    await comms.getByRole('link', { name: 'New campaign' }).click();
    await heading(comms, 'New campaign');
    await comms.getByRole('textbox', { name: /^Name/ }).fill('Share the winter season');
    await comms.getByLabel('Aims').fill('More of us share our work\nMore people follow the organisation');
    await comms.getByLabel(/^First day/).fill(today);
    await comms.getByLabel(/^Last day/).fill(day(-1));
    await comms.getByLabel('Target per person').fill('1');
    await comms.getByRole('radio', { name: 'The people I choose' }).check();
    for (const name of ['priya person', 'sam person', 'nia person']) {
      await comms.getByRole('combobox', { name: /^Participants/ }).fill(name.split(' ')[0]);
      await comms.getByRole('option', { name }).click();
    }
    await comms.getByRole('button', { name: 'Create campaign' }).click();
    await see(comms.getByText('The last day must not be before the first day'));
    await expectAccessible(comms);
    expect(await comms.getByRole('textbox', { name: /^Name/ }).inputValue()).toBe('Share the winter season');
    expect(await comms.getByLabel('Aims').inputValue()).toContain('More people follow the organisation');
    await comms.getByLabel(/^Last day/).fill(day(27));
    // Only posts with the campaign's hashtag count; one with a space is refused at the field.
    await comms.getByRole('textbox', { name: 'Campaign hashtag' }).fill('#winter season');
    await comms.getByRole('button', { name: 'Create campaign' }).click();
    await see(comms.getByText('A hashtag is 1–50 letters, digits or underscores (not only digits), without spaces'));
    await comms.getByRole('textbox', { name: 'Campaign hashtag' }).fill('#Winter');
    await comms.getByRole('button', { name: 'Create campaign' }).click();
    await heading(comms, 'Share the winter season');
    campaignId = comms.url().split('/campaigns/')[1];
    await see(comms.getByText('Community posts count when they carry #winter.'));
    await see(comms.getByRole('link', { name: 'Campaign dashboard' }));
    await expectAccessible(comms);
  }, 90_000);

  it('two participants log shares; a URL that is not a URL is refused at the field', async () => {
    p = await stack.newPage({ viewport: { width: 360, height: 740 } });
    p.setDefaultTimeout(15_000);
    await signIn(p, priya.user.email, PASSWORD);
    await p.goto(`/campaigns/${campaignId}`);
    await heading(p, 'Share the winter season');
    await see(p.getByText('you have shared 0 of 1'));
    await expectAccessible(p);
    await p.getByRole('combobox', { name: /^Where/ }).click();
    await p.getByRole('option', { name: 'LinkedIn' }).click();
    await p.getByRole('combobox', { name: /^What kind/ }).click();
    await p.getByRole('option', { name: 'Image' }).click();
    await p.getByRole('textbox', { name: /^Web address/ }).fill('my linkedin post');
    await p.getByRole('textbox', { name: /^Title/ }).fill('Behind the scenes of the winter show');
    await p.getByRole('button', { name: 'Log share' }).click();
    await see(p.getByText('Enter a web address starting with https:// (or http://)'));
    expect(await p.getByRole('textbox', { name: /^Title/ }).inputValue()).toBe('Behind the scenes of the winter show');
    await expectAccessible(p);
    await p.getByRole('textbox', { name: /^Web address/ }).fill('https://www.linkedin.com/posts/priya-winter-show');
    await p.getByRole('button', { name: 'Log share' }).click();
    await see(p.getByRole('status').filter({ hasText: 'is logged' }));
    await see(p.getByText('you have shared 1 of 1'));
    await see(p.getByRole('link', { name: 'Behind the scenes of the winter show' }));

    s = await stack.newPage();
    s.setDefaultTimeout(15_000);
    await signIn(s, sam.user.email, PASSWORD);
    await s.getByRole('link', { name: 'Sharing campaigns' }).click();
    await heading(s, 'Sharing campaigns');
    await expectAccessible(s);
    await s.getByRole('link', { name: 'Share the winter season' }).click();
    await heading(s, 'Share the winter season');
    await s.getByRole('combobox', { name: /^Where/ }).click();
    await s.getByRole('option', { name: 'Blog' }).click();
    await s.getByRole('combobox', { name: /^What kind/ }).click();
    await s.getByRole('option', { name: 'Blog post' }).click();
    await s.getByRole('textbox', { name: /^Web address/ }).fill('https://sam.example.org/winter-season');
    await s.getByRole('textbox', { name: /^Title/ }).fill('Why I love our winter season');
    await s.getByRole('button', { name: 'Log share' }).click();
    await see(s.getByText('you have shared 1 of 1'));
    // Later: the post's likes and comments have grown.
    await s.getByRole('button', { name: 'Update interactions of Why I love our winter season' }).click();
    await s.getByRole('textbox', { name: 'Likes' }).fill('7');
    await s.getByRole('textbox', { name: 'Comments' }).fill('2');
    await s.getByRole('button', { name: 'Save interactions' }).click();
    await see(s.getByText('7 likes, 2 comments, 0 reshares, 0 views'));
    await expectAccessible(s);
  }, 90_000);

  it('the dashboard shows the API’s figures for the period and names who has not shared; the CSV is the API’s', async () => {
    await comms.getByRole('link', { name: 'Campaign dashboard' }).click();
    await heading(comms, 'Dashboard: Share the winter season');
    const report = (await api(CAMPAIGN_REPORT, { campaignId }, cora)).campaignReport;
    const period = report.periods[0];
    const shown = await tableRows(comms, /Period 1 against the baseline/);
    const figures = (m: Record<string, number>) => Object.values(keyFigures(m));
    expect(Object.keys(shown)).toEqual(Object.keys(keyFigures(period.current)));
    expect(Object.values(shown).map((cells) => cells[0])).toEqual(figures(period.current));
    expect(Object.values(shown).map((cells) => cells[1])).toEqual(figures(period.baseline));
    // What the experiment is about: two shares this period, against the three posts before it with the
    // campaign's hashtag (the off-topic one does not count).
    expect(shown['Shares']).toEqual(['2', '3']);
    const notYet = await see(comms.getByRole('list', { name: 'People who have not shared yet this period' }));
    expect(await notYet.getByRole('listitem').allInnerTexts()).toEqual(['nia person']);
    await expectAccessible(comms);
    await comms.getByRole('button', { name: 'Send a reminder' }).click();
    await see(comms.getByRole('status').filter({ hasText: '1 reminder sent.' }));

    // The campaign CSV is the API's report, line for line.
    const [download] = await Promise.all([
      comms.waitForEvent('download'),
      comms.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toBe((await api(EXPORT_CAMPAIGN_REPORT, { campaignId }, cora)).exportCampaignReport);
    const [header, ...lines] = csv.trim().split(/\r?\n/);
    const columns = header.split(',');
    const first = lines.map((l) => l.split(',')).find((l) => l[0] === '1' && l[1] === 'campaign')!;
    expect(Number(first[columns.indexOf('shares')])).toBe(period.current.shares);
    expect(Number(first[columns.indexOf('interactions')])).toBe(period.current.interactions);
  }, 90_000);

  it('comms records a follower figure and pairs the participants; the dashboard shows the growth the API counts', async () => {
    // An older figure came from a spreadsheet; the day before the campaign's is typed in.
    await api(
      RECORD_FOLLOWER_SNAPSHOTS,
      { input: { snapshots: [{ channel: 'LINKEDIN', takenOn: day(-40), followers: 80 }] } },
      cora,
    );
    await comms.goto('/campaigns/followers');
    await heading(comms, 'Follower figures');
    const form = comms.getByRole('form', { name: 'Record a follower figure' });
    await form.getByRole('combobox', { name: /^Channel/ }).click();
    await comms.getByRole('option', { name: 'LinkedIn' }).click();
    await form.getByLabel(/^Day/).fill(day(-1));
    await form.getByRole('textbox', { name: /^Followers/ }).fill('100');
    await form.getByRole('button', { name: 'Record' }).click();
    await see(form.getByRole('status').filter({ hasText: 'LinkedIn: 100 followers recorded.' }));
    await expectAccessible(comms);

    // The growth chart's text alternative holds the API's figures: the campaign starts from the typed figure.
    await comms.goto(`/campaigns/${campaignId}/dashboard`);
    await heading(comms, 'Dashboard: Share the winter season');
    const [period] = (await api(CAMPAIGN_REPORT, { campaignId }, cora)).campaignReport.periods;
    const ofLinkedIn = (m: { followerGrowth: { channel: string; start: number; end: number; growth: number }[] }) =>
      m.followerGrowth.find((g) => g.channel === 'LINKEDIN')!;
    const current = ofLinkedIn(period.current);
    expect(current.start).toBe(100);
    const growth = await tableRows(comms, /Followers per channel/);
    expect(growth['LinkedIn']).toEqual(
      [current.start, current.end, current.growth, ofLinkedIn(period.baseline).growth].map(String),
    );

    // Buddy pairs by round, named as the API pairs them.
    await comms.goto(`/campaigns/${campaignId}/buddies`);
    await heading(comms, 'Buddy pairs');
    await see(comms.getByRole('heading', { name: 'No pairs yet' }));
    await comms.getByRole('button', { name: 'Pair people for a new round' }).click();
    const round = await see(comms.getByRole('region', { name: 'Round 1' }));
    const names: Record<string, string> = { [priya.member.id]: 'priya person', [sam.member.id]: 'sam person' };
    const pairs = (await api(BUDDY_PAIRS, { campaignId }, cora)).buddyPairs as { memberIds: string[] }[];
    expect(pairs.length).toBeGreaterThan(0);
    const shown = await round.getByRole('listitem').allInnerTexts();
    expect(shown).toHaveLength(pairs.length);
    for (const pair of pairs) {
      const named = pair.memberIds.map((id) => names[id] ?? 'nia person').join(' and ');
      expect(shown.some((item) => item.startsWith(named))).toBe(true);
    }
    await see(round.getByText(`0 of ${pairs.length}`, { exact: false }));
    await expectAccessible(comms);

    // Priya sees her buddy and the round's interview guide on her phone, and says they met.
    await p.goto(`/campaigns/${campaignId}`);
    await heading(p, 'Share the winter season');
    const buddy = await see(p.getByRole('region', { name: 'My interview buddy' }));
    await see(buddy.getByText('What stopped you?'));
    await expectAccessible(p);
    await buddy.getByRole('button', { name: 'We met' }).click();
    await see(buddy.getByRole('status').filter({ hasText: 'your interview is recorded' }));
    await see(buddy.getByText('Met', { exact: true }));

    // Comms sees the completion rate, here and on the dashboard.
    await comms.reload();
    await heading(comms, 'Buddy pairs');
    const onePairMet = `1 of ${pairs.length} ${pairs.length === 1 ? 'pair' : 'pairs'} met (${Math.round(100 / pairs.length)}%)`;
    await see(comms.getByRole('region', { name: 'Round 1' }).getByText(onePairMet));
    await comms.goto(`/campaigns/${campaignId}/dashboard`);
    await heading(comms, 'Dashboard: Share the winter season');
    const interviews = await tableRows(comms, /Buddy interviews/);
    expect(interviews['Round 1']).toEqual([String(pairs.length), '1', `${Math.round(100 / pairs.length)}%`]);

    // What was shared outside before the campaign is imported into its baseline; a line dated after the
    // start is refused, with the line and the column.
    await comms.goto(`/campaigns/${campaignId}/baseline`);
    await heading(comms, 'Baseline shares');
    await see(comms.getByRole('heading', { name: 'No baseline shares yet' }));
    await comms
      .getByRole('textbox', { name: 'Or paste the lines' })
      .fill(
        [
          'member,channel,form,url,title,sharedOn',
          `${sam.user.email},BLOG,BLOG_POST,https://sam.example.org/autumn,Autumn in the workshop,${day(-6)}`,
          `${priya.user.email},BLOG,BLOG_POST,https://priya.example.org/late,Too late,${day(1)}`,
        ].join('\n'),
      );
    await comms.getByRole('button', { name: 'Import baseline shares' }).click();
    await see(comms.getByRole('alert').filter({ hasText: '1 imported, 1 refused' }));
    const refused = await tableRows(comms, /Lines that were not imported/);
    expect(Object.keys(refused)).toEqual(['3']);
    expect(refused['3'][0]).toBe('Day');
    const recorded = await tableRows(comms, /^Baseline shares$/);
    expect(Object.values(recorded)).toEqual([['sam person', 'Autumn in the workshop', 'Blog, Blog post']]);
    await expectAccessible(comms);
    const [afterImport] = (await api(CAMPAIGN_REPORT, { campaignId }, cora)).campaignReport.periods;
    expect(afterImport.baseline.shares).toBe(period.baseline.shares + 1);
  }, 90_000);

  it('comms picks a highlight, adds a note and publishes the digest', async () => {
    await comms.goto(`/campaigns/${campaignId}/digest`);
    await heading(comms, 'Campaign digest');
    await comms.getByRole('checkbox', { name: /^Why I love our winter season/ }).check();
    await comms.getByLabel(/^Note from you/).fill('A lovely start — thank you both!');
    await expectAccessible(comms);
    await comms.getByRole('button', { name: 'Publish now' }).click();
    // Publishing cannot be undone, so it asks first.
    await see(comms.getByText('Post this digest to the community now? It cannot be changed once published.'));
    await comms.getByRole('button', { name: 'Publish digest' }).click();
    await see(comms.getByText('Published', { exact: true }));
    await see(comms.getByText(/A lovely start — thank you both!/));
    const [digest] = (await api(CAMPAIGN_DIGESTS, { campaignId }, cora)).campaignDigests;
    expect(digest).toMatchObject({ periodIndex: 1, note: 'A lovely start — thank you both!' });
    expect(digest.publishedAt).toBeTruthy();
    await expectAccessible(comms);

    // Taken back after a second look: it asks first, then the digest is unpublished, ready to publish again.
    await comms.getByRole('button', { name: 'Unpublish' }).click();
    await see(comms.getByText(/Take this digest back\?/));
    await comms.getByRole('button', { name: 'Unpublish digest' }).click();
    await see(comms.getByRole('status').filter({ hasText: 'Unpublished.' }));
    await see(comms.getByRole('button', { name: 'Publish now' }));
    const [taken] = (await api(CAMPAIGN_DIGESTS, { campaignId }, cora)).campaignDigests;
    expect(taken.publishedAt).toBeNull();
    await expectAccessible(comms);
  }, 90_000);

  it('a participant answers the closing survey (a second answer is explained) and comms reads it in the results', async () => {
    await comms.goto(`/campaigns/${campaignId}/surveys`);
    await heading(comms, 'Campaign surveys');
    await see(comms.getByRole('heading', { name: 'No surveys yet' }));
    await comms.getByRole('textbox', { name: /^Title/ }).fill('How did sharing go?');
    await comms.getByRole('button', { name: 'Create survey' }).click();
    await see(comms.getByText('“How did sharing go?” is open for answers.'));
    await expectAccessible(comms);

    // A participant answers it; answering a second time is explained, and what was typed stays.
    await s.reload();
    await heading(s, 'Share the winter season');
    await s.getByRole('link', { name: 'How did sharing go?' }).click();
    await heading(s, 'How did sharing go?');
    await expectAccessible(s);
    await s.getByLabel('1. What did you share during the campaign?').fill('A blog post about the winter season');
    await s.getByRole('checkbox', { name: 'Time' }).check();
    await s.getByLabel('3. What help do you need to keep sharing?').fill('Photos from the rehearsals');
    // Meanwhile the same person answered from another tab.
    surveyId = s.url().split('/surveys/')[1];
    await api(
      `mutation($input: SurveyResponseInput!) { submitSurveyResponse(input: $input) { id } }`,
      { input: { surveyId, answers: [{ questionId: 'q1', text: 'From my phone' }] } },
      sam,
    );
    await s.getByRole('button', { name: 'Send my answers' }).click();
    await see(s.getByRole('alert').filter({ hasText: 'You have already answered this survey' }));
    expect(await s.getByLabel('1. What did you share during the campaign?').inputValue()).toBe(
      'A blog post about the winter season',
    );
    await expectAccessible(s);
    await s.getByRole('button', { name: 'Update my answers' }).click();
    await see(s.getByRole('status').filter({ hasText: 'Your answers are updated' }));

    // Comms sees the answer in the results.
    await comms.getByRole('link', { name: 'Results of How did sharing go?' }).click();
    await heading(comms, 'Results: How did sharing go?');
    const answers = await see(comms.getByRole('list', { name: 'Answers to question 1' }));
    expect(await answers.getByRole('listitem').allInnerTexts()).toEqual(['A blog post about the winter season']);
    await see(comms.getByRole('list', { name: 'Answers to question 3' }).getByText('Photos from the rehearsals'));
    const results = (await api(SURVEY_RESULTS, { surveyId }, cora)).surveyResults;
    expect(results.responses).toBe(1);
    await see(comms.getByText(`${results.responses} person has answered.`));
    await expectAccessible(comms);

    // An anonymous survey with one answer: its results wait, and the page says for how many more.
    const anonymous = (
      await api(
        CREATE_SURVEY,
        { input: { campaignId, title: 'Anonymous check-in', anonymous: true, closingTemplate: true } },
        cora,
      )
    ).createSurvey;
    await api(
      SUBMIT_SURVEY_RESPONSE,
      { input: { surveyId: anonymous.id, answers: [{ questionId: anonymous.questions[0].id, text: 'Fine' }] } },
      priya,
    );
    const withheld = (
      await api(
        `query($surveyId: ID!) { surveyResults(surveyId: $surveyId) { responses withheldBelow questions { questionId } } }`,
        { surveyId: anonymous.id },
        cora,
      )
    ).surveyResults;
    expect(withheld.questions).toEqual([]);
    await comms.goto(`/campaigns/surveys/${anonymous.id}/results`);
    await heading(comms, 'Results: Anonymous check-in');
    await see(
      comms.getByText(`Results appear once at least ${withheld.withheldBelow} people have answered — 1 so far`, {
        exact: false,
      }),
    );

    // A participant has no comms pages.
    await p.goto(`/campaigns/${campaignId}/dashboard`);
    await heading(p, 'Not available to you');
    await expectAccessible(p);
  }, 90_000);
});
