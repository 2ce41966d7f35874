import { QueueName } from '@crowdcomms/queue';
import { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import {
  BUDDY_MESSAGES,
  BUDDY_PAIRS,
  CAMPAIGN_DIGESTS,
  CLOSE_SURVEY,
  CREATE_BUDDY_ROUND,
  CREATE_CAMPAIGN,
  CREATE_SURVEY,
  CURATE_CAMPAIGN_DIGEST,
  EXPORT_SURVEY_RESULTS,
  LOG_SHARE,
  MY_SURVEY_RESPONSE,
  POST,
  POST_BUDDY_MESSAGE,
  SET_CAMPAIGN_REMINDERS,
  SUBMIT_SURVEY_RESPONSE,
  SURVEY_RESULTS,
  UPDATE_SHARE_INTERACTIONS,
  UPDATE_SURVEY_RESPONSE,
} from './utils/operations';
import { createPastCampaign, inviteAndJoin, Session, signUpAdmin, waitForMail } from './utils/story';

const today = new Date().toISOString().slice(0, 10);
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';

/**
 * The rest of the origin story on 40 staff in four teams: the worker's
 * end-of-period digests and reminders (driven by a chosen `now`), the closing
 * survey, and three rounds of buddy pairs.
 */
const SURVEY_RESULTS_WITHHELD = `query ResultsWithheld($surveyId: ID!) { surveyResults(surveyId: $surveyId) {
  responses withheldBelow questions { answered average texts } } }`;

describe('sharing campaigns: digests, reminders, the closing survey and buddy pairs', () => {
  let t: TestApp;
  let ds: DataSource;
  let worker: INestApplicationContext;
  let admin: Session;
  let staff: Session[];
  let outsider: Session;
  let campaignId: string;
  const teams = ['Exhibitions', 'Learning', 'Production', 'Development'];
  const teamOf = (i: number) => teams[i % 4];

  const ok = async <T = any>(query: string, variables: Record<string, unknown>, who: Session): Promise<T> => {
    const res = await t.gql<T>(query, variables, who.accessToken);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const code = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const emailsTo = async (who: Session, subjectLike: string): Promise<{ subject: string }[]> =>
    ds.query(`SELECT subject FROM email_message WHERE to_address = $1 AND subject LIKE $2 ORDER BY created_at`, [
      who.user.email,
      subjectLike,
    ]);

  /** Runs the worker's end-of-period job for a chosen clock and waits for its result. */
  const runPeriods = async (now: string): Promise<{ digests: number; reminders: number }> => {
    const queue = worker.get<Queue>(getQueueToken(QueueName.CAMPAIGNS), { strict: false });
    const job = await queue.add(
      'campaign-periods',
      { organisationId: admin.organisation.id, now },
      { jobId: `test-periods-${Date.parse(now)}-${Math.random()}` },
    );
    const deadline = Date.now() + 20000;
    while (!(await job.isCompleted())) {
      if (Date.now() > deadline || (await job.isFailed())) {
        throw new Error(`campaign-periods job: ${(await queue.getJob(job.id!))?.failedReason}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    return (await queue.getJob(job.id!))!.returnvalue;
  };

  beforeAll(async () => {
    t = await createTestApp();
    ds = t.db;
    admin = await signUpAdmin(t, 'Arts Org');
    const joined: Session[] = [];
    for (let batch = 1; batch < 40; batch += 13) {
      joined.push(
        ...(await Promise.all(
          range(batch, Math.min(batch + 12, 39)).map((i) =>
            inviteAndJoin(t, admin, `staff${i}`, ['MEMBER'], { department: teamOf(i) }),
          ),
        )),
      );
    }
    staff = [admin, ...joined];
    await ds.query(`UPDATE membership SET department = $2 WHERE id = $1`, [admin.member.id, teamOf(0)]);
    outsider = await signUpAdmin(t, 'Elsewhere Ltd', 'outsider');
    campaignId = (
      await createPastCampaign(t, admin, { name: 'Share one thing', startsOn: '2026-07-01', endsOn: '2026-09-30' })
    ).id;
    worker = await t.startWorker();
  }, 60000);
  afterAll(() => t.close());

  it('reminds non-sharers near the end of the period once, respecting opt-outs', async () => {
    for (const [i, likes] of [
      [5, 10],
      [6, 3],
      [7, 0],
    ]) {
      const share = await ok(
        LOG_SHARE,
        {
          input: {
            campaignId,
            channel: 'BLOG',
            form: i === 7 ? 'LINK' : 'BLOG_POST',
            url: `https://blog.example/${i}`,
            title: `Blog by ${i}`,
            sharedOn: '2026-07-10',
          },
        },
        staff[i],
      );
      await ok(UPDATE_SHARE_INTERACTIONS, { input: { shareId: share.logCampaignShare.id, likes } }, staff[i]);
    }
    expect((await ok(SET_CAMPAIGN_REMINDERS, { campaignId, enabled: false }, staff[9])).setCampaignReminders).toBe(
      false,
    );

    // A week before the end: too early.
    expect(await runPeriods('2026-07-24T06:00:00Z')).toEqual({ digests: 0, reminders: 0 });
    // Three days before the end: 40 − 3 sharers − 1 opted out.
    expect(await runPeriods('2026-07-29T06:00:00Z')).toEqual({ digests: 0, reminders: 36 });
    expect(await runPeriods('2026-07-30T06:00:00Z')).toEqual({ digests: 0, reminders: 0 });
    expect(await emailsTo(staff[10], '%one useful thing%')).toHaveLength(1);
    expect(await emailsTo(staff[9], '%one useful thing%')).toHaveLength(0);
    expect(await emailsTo(staff[5], '%one useful thing%')).toHaveLength(0);
  });

  it('publishes each period’s digest through the worker at the period’s end, curated, once', async () => {
    const shares: { id: string; url: string }[] = await ds.query(
      `SELECT id, url FROM campaign_share WHERE campaign_id = $1 ORDER BY url`,
      [campaignId],
    );
    const sevens = shares.find((s) => s.url.endsWith('/7'))!;
    await ok(
      CURATE_CAMPAIGN_DIGEST,
      { input: { campaignId, periodIndex: 1, highlightShareIds: [sevens.id], note: 'A lovely first month.' } },
      admin,
    );
    expect(
      code(
        await t.gql(CURATE_CAMPAIGN_DIGEST, { input: { campaignId, periodIndex: 4, note: 'x' } }, admin.accessToken),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      code(
        await t.gql(
          CURATE_CAMPAIGN_DIGEST,
          { input: { campaignId, periodIndex: 2, highlightShareIds: [sevens.id] } },
          admin.accessToken,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      code(await t.gql(CURATE_CAMPAIGN_DIGEST, { input: { campaignId, periodIndex: 1 } }, staff[3].accessToken)),
    ).toBe('FORBIDDEN');

    expect((await runPeriods('2026-07-31T23:00:00Z')).digests).toBe(0);
    expect((await runPeriods('2026-08-01T06:00:00Z')).digests).toBe(1);
    expect((await runPeriods('2026-08-01T07:00:00Z')).digests).toBe(0);

    const [july] = (await ok(CAMPAIGN_DIGESTS, { campaignId }, staff[12])).campaignDigests;
    expect(july).toMatchObject({
      periodIndex: 1,
      note: 'A lovely first month.',
      publishedAt: '2026-08-01T06:00:00.000Z',
    });
    const body: string = july.body;
    expect(body).toContain('period 1 (2026-07-01 to 2026-07-31)**: 3 shares by 3 of 40 people');
    expect(body).toContain('A lovely first month.');
    expect(body).toMatch(/Highlights:\n- \[Blog by 7\]\(https:\/\/blog.example\/7\) by staff7 person/);
    // Grouped by person and form, most engaged first.
    expect(body.indexOf('**staff5 person**')).toBeLessThan(body.indexOf('**staff6 person**'));
    expect(body.indexOf('**staff6 person**')).toBeLessThan(body.indexOf('**staff7 person**'));
    expect(body).toContain('  - Links: [Blog by 7](https://blog.example/7)');
    expect(body).toContain('  - Blog posts: [Blog by 5](https://blog.example/5)');

    const { post } = await ok(POST, { id: july.postId }, staff[20]);
    expect(post).toMatchObject({ kind: 'ANNOUNCEMENT', body });
    const mails = await emailsTo(staff[20], 'Share one thing: what we shared%');
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Share one thing: what we shared, 2026-07-01 to 2026-07-31');
    // The stored body is emptied once delivered: read the message that went out.
    const delivered = await waitForMail(t, staff[20].user.email, 10000, 'what we shared, 2026-07-01');
    expect(delivered).toContain('A lovely first month.');

    // Curation closes with publication; the later periods go out when their time comes.
    expect(
      code(
        await t.gql(CURATE_CAMPAIGN_DIGEST, { input: { campaignId, periodIndex: 1, note: 'late' } }, admin.accessToken),
      ),
    ).toBe('CONFLICT');
    expect((await runPeriods('2026-10-01T06:00:00Z')).digests).toBe(2);
    const all = (await ok(CAMPAIGN_DIGESTS, { campaignId }, admin)).campaignDigests;
    expect(all.map((d: any) => d.periodIndex)).toEqual([1, 2, 3]);
    expect(all[2].body).toContain('Nothing was shared this period.');
  });

  it('runs the closing survey: one response each, editable until it closes, reported per question', async () => {
    const { createSurvey: survey } = await ok(
      CREATE_SURVEY,
      {
        input: {
          campaignId,
          title: 'How did it go?',
          closingTemplate: true,
          questions: [{ kind: 'SCALE', prompt: 'How useful was the experiment?' }],
        },
      },
      admin,
    );
    expect(survey.questions.map((q: any) => [q.id, q.kind])).toEqual([
      ['q1', 'FREE_TEXT'],
      ['q2', 'MULTIPLE_CHOICE'],
      ['q3', 'FREE_TEXT'],
      ['q4', 'SCALE'],
    ]);
    const answer = (who: number, text: string, stopped: string[], help: string, scale: number) =>
      t.gql(
        SUBMIT_SURVEY_RESPONSE,
        {
          input: {
            surveyId: survey.id,
            answers: [
              { questionId: 'q1', text },
              { questionId: 'q2', choices: stopped },
              { questionId: 'q3', text: help },
              { questionId: 'q4', scale },
            ],
          },
        },
        staff[who].accessToken,
      );
    expect((await answer(1, 'A blog post', ['Time'], 'Ideas', 4)).errors).toBeUndefined();
    expect((await answer(2, 'Photos', ['Time', 'Confidence'], 'Training', 5)).errors).toBeUndefined();
    expect((await answer(3, 'Nothing', ['Not sure what to share'], 'A buddy', 2)).errors).toBeUndefined();
    // Answering twice is a conflict; editing works while open.
    expect(code(await answer(3, 'Again', ['Time'], 'x', 1))).toBe('CONFLICT');
    const edited = await ok(
      UPDATE_SURVEY_RESPONSE,
      {
        input: {
          surveyId: survey.id,
          answers: [
            { questionId: 'q1', text: 'A tweet after all' },
            { questionId: 'q4', scale: 3 },
          ],
        },
      },
      staff[3],
    );
    expect(edited.updateSurveyResponse.answers).toHaveLength(2);
    expect((await ok(MY_SURVEY_RESPONSE, { surveyId: survey.id }, staff[3])).mySurveyResponse.answers[0].text).toBe(
      'A tweet after all',
    );
    // Bad answers are refused and change nothing.
    for (const answers of [
      [{ questionId: 'q2', choices: ['Gremlins'] }],
      [{ questionId: 'q4', scale: 6 }],
      [{ questionId: 'q9', text: 'x' }],
      [{ questionId: 'q1', choices: ['Time'] }],
    ]) {
      expect(
        code(await t.gql(SUBMIT_SURVEY_RESPONSE, { input: { surveyId: survey.id, answers } }, staff[4].accessToken)),
      ).toBe('BAD_USER_INPUT');
    }
    expect(
      code(
        await t.gql(
          SUBMIT_SURVEY_RESPONSE,
          { input: { surveyId: survey.id, answers: [{ questionId: 'q1', text: 'hi' }] } },
          outsider.accessToken,
        ),
      ),
    ).toBe('NOT_FOUND');

    await ok(CLOSE_SURVEY, { id: survey.id }, admin);
    expect(
      code(
        await t.gql(
          UPDATE_SURVEY_RESPONSE,
          { input: { surveyId: survey.id, answers: [{ questionId: 'q1', text: 'late' }] } },
          staff[1].accessToken,
        ),
      ),
    ).toBe('BAD_USER_INPUT');

    const { surveyResults: results } = await ok(SURVEY_RESULTS, { surveyId: survey.id }, admin);
    expect(results.responses).toBe(3);
    expect(results.questions[0]).toMatchObject({ answered: 3, texts: ['A blog post', 'Photos', 'A tweet after all'] });
    expect(results.questions[1]).toMatchObject({
      answered: 2,
      distribution: [
        { key: 'Time', count: 2 },
        { key: 'Not sure what to share', count: 0 },
        { key: 'Confidence', count: 1 },
        { key: 'Not sure what is allowed', count: 0 },
        { key: 'Skills or tools', count: 0 },
        { key: 'Nothing', count: 0 },
      ],
      texts: [],
    });
    expect(results.questions[2]).toMatchObject({ answered: 2, texts: ['Ideas', 'Training'] });
    expect(results.questions[3]).toMatchObject({
      answered: 3,
      average: 4,
      distribution: [
        { key: '1', count: 0 },
        { key: '2', count: 0 },
        { key: '3', count: 1 },
        { key: '4', count: 1 },
        { key: '5', count: 1 },
      ],
    });
    const csv: string = (await ok(EXPORT_SURVEY_RESULTS, { surveyId: survey.id }, admin)).exportSurveyResults;
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'memberId,name,department,What did you share during the campaign?,What stopped you from sharing?,What help do you need to keep sharing?,How useful was the experiment?',
    );
    // A survey that is not anonymous names who answered, with their department.
    expect(lines).toContain(`${staff[2].member.id},staff2 person,${teamOf(2)},Photos,Time; Confidence,Training,5`);
    expect(code(await t.gql(SURVEY_RESULTS, { surveyId: survey.id }, staff[1].accessToken))).toBe('FORBIDDEN');
  });

  it('keeps an anonymous survey anonymous: no member stored, no results below five answers', async () => {
    const { createSurvey: survey } = await ok(
      CREATE_SURVEY,
      {
        input: {
          campaignId,
          title: 'Honestly',
          anonymous: true,
          questions: [
            { kind: 'FREE_TEXT', prompt: 'What would you change?' },
            { kind: 'SCALE', prompt: 'How confident do you feel sharing?' },
          ],
        },
      },
      admin,
    );
    const answer = (who: number, text: string, scale: number) =>
      t.gql(
        SUBMIT_SURVEY_RESPONSE,
        {
          input: {
            surveyId: survey.id,
            answers: [
              { questionId: 'q1', text },
              { questionId: 'q2', scale },
            ],
          },
        },
        staff[who].accessToken,
      );
    const texts = ['Shorter posts', 'More examples', 'Less e-mail', 'A buddy earlier'];
    for (const [i, text] of texts.entries()) expect((await answer(i + 5, text, 3)).errors).toBeUndefined();
    // One response per person still holds, and its author can read and edit it.
    expect(code(await answer(5, 'Again', 1))).toBe('CONFLICT');
    expect((await ok(MY_SURVEY_RESPONSE, { surveyId: survey.id }, staff[6])).mySurveyResponse.answers[0].text).toBe(
      'More examples',
    );
    // Nothing in the table says who answered.
    const stored: { membership_id: string | null; respondent_key: string }[] = await ds.query(
      `SELECT membership_id, respondent_key FROM survey_response WHERE survey_id = $1`,
      [survey.id],
    );
    expect(stored).toHaveLength(4);
    expect(stored.every((r) => r.membership_id === null && /^[0-9a-f]{64}$/.test(r.respondent_key))).toBe(true);
    for (const who of staff.slice(5, 9)) expect(JSON.stringify(stored)).not.toContain(who.member.id);

    // Four answers: withheld, in the results and the CSV alike.
    const four = (await ok(SURVEY_RESULTS_WITHHELD, { surveyId: survey.id }, admin)).surveyResults;
    expect(four).toMatchObject({ responses: 4, withheldBelow: 5, questions: [] });
    const csv = await t.gql(EXPORT_SURVEY_RESULTS, { surveyId: survey.id }, admin.accessToken);
    expect(csv.errors?.[0]).toMatchObject({
      message: 'The results of an anonymous survey are shown once 5 people have answered',
      extensions: { code: 'CONFLICT', reason: 'TOO_FEW_RESPONSES' },
    });

    // Five: shown, free text in an order that follows nobody, and no member column.
    expect((await answer(9, 'Nothing, it was good', 5)).errors).toBeUndefined();
    const five = (await ok(SURVEY_RESULTS_WITHHELD, { surveyId: survey.id }, admin)).surveyResults;
    expect(five.withheldBelow).toBeNull();
    expect(five.questions[0].texts).toEqual([...texts, 'Nothing, it was good'].sort((a, b) => a.localeCompare(b)));
    expect(five.questions[1]).toMatchObject({ answered: 5, average: 3.4 });
    const lines = ((await ok(EXPORT_SURVEY_RESULTS, { surveyId: survey.id }, admin)).exportSurveyResults as string)
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('What would you change?,How confident do you feel sharing?');
    expect(lines).toHaveLength(6);
  });

  it('pairs buddies over three rounds: other teams, never twice, a thread each', async () => {
    const seen = new Set<string>();
    for (let round = 1; round <= 3; round++) {
      const { createBuddyRound: pairs } = await ok(CREATE_BUDDY_ROUND, { campaignId }, admin);
      expect(pairs).toHaveLength(20);
      expect(pairs.every((p: any) => p.round === round && p.memberIds.length === 2)).toBe(true);
      expect(pairs.flatMap((p: any) => p.memberIds).sort()).toEqual(staff.map((s) => s.member.id).sort());
      for (const p of pairs) {
        const [a, b] = p.memberIds.map((id: string) => staff.findIndex((s) => s.member.id === id));
        expect(teamOf(a)).not.toBe(teamOf(b));
        const key = [a, b].sort().join('-');
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
    }
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM notification WHERE recipient_membership_id = $1 AND kind = 'campaign.buddy-pair'`,
      [staff[17].member.id],
    );
    expect(n).toBe(3);

    const mine = (await ok(BUDDY_PAIRS, { campaignId }, staff[17])).buddyPairs;
    expect(mine).toHaveLength(3);
    const pair = mine[0];
    const partner = staff.find((s) => s.member.id === pair.memberIds.find((id: string) => id !== staff[17].member.id))!;
    await ok(POST_BUDDY_MESSAGE, { pairId: pair.id, body: 'Coffee on Tuesday?' }, staff[17]);
    expect((await ok(BUDDY_MESSAGES, { pairId: pair.id }, partner)).buddyMessages).toEqual([
      expect.objectContaining({ authorMembershipId: staff[17].member.id, body: 'Coffee on Tuesday?' }),
    ]);
    const stranger = staff.find((s) => !pair.memberIds.includes(s.member.id) && s !== admin)!;
    expect(code(await t.gql(BUDDY_MESSAGES, { pairId: pair.id }, stranger.accessToken))).toBe('NOT_FOUND');
    expect(code(await t.gql(BUDDY_MESSAGES, { pairId: pair.id }, outsider.accessToken))).toBe('NOT_FOUND');
    expect(code(await t.gql(CREATE_BUDDY_ROUND, { campaignId }, staff[3].accessToken))).toBe('FORBIDDEN');
  });

  it('makes one group of three for odd numbers, and refuses to pair fewer than two', async () => {
    const five = (
      await ok(
        CREATE_CAMPAIGN,
        {
          input: {
            name: 'Five',
            startsOn: today,
            endsOn: today,
            audience: 'PEOPLE',
            participantMemberIds: range(1, 5).map((i) => staff[i].member.id),
          },
        },
        admin,
      )
    ).createCampaign.id;
    const { createBuddyRound: pairs } = await ok(CREATE_BUDDY_ROUND, { campaignId: five }, admin);
    expect(pairs.map((p: any) => p.memberIds.length).sort()).toEqual([2, 3]);
    // With five, a second round would have to repeat someone (the trio and the pair leave no new trio):
    // it is refused and nothing is stored.
    expect(code(await t.gql(CREATE_BUDDY_ROUND, { campaignId: five }, admin.accessToken))).toBe('CONFLICT');
    expect((await ok(BUDDY_PAIRS, { campaignId: five }, admin)).buddyPairs).toHaveLength(2);

    const solo = (
      await ok(
        CREATE_CAMPAIGN,
        {
          input: {
            name: 'Solo',
            startsOn: today,
            endsOn: today,
            audience: 'PEOPLE',
            participantMemberIds: [staff[1].member.id],
          },
        },
        admin,
      )
    ).createCampaign.id;
    expect(code(await t.gql(CREATE_BUDDY_ROUND, { campaignId: solo }, admin.accessToken))).toBe('BAD_USER_INPUT');
    expect((await ok(BUDDY_PAIRS, { campaignId: solo }, admin)).buddyPairs).toEqual([]);
  });
});
