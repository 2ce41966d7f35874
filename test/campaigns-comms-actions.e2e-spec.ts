import { DataSource } from 'typeorm';
import {
  CREATE_CAMPAIGN,
  CURATE_CAMPAIGN_DIGEST,
  LOG_SHARE,
  MY_CAMPAIGN_PROGRESS,
  CREATE_POST,
  PUBLISH_CAMPAIGN_DIGEST,
  REMIND_CAMPAIGN_NON_SHARERS,
  SET_CAMPAIGN_REMINDERS,
} from './utils/operations';
import { inviteAndJoin, Session, signUpAdmin } from './utils/story';
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';

const today = new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/**
 * What the web app's campaign pages ask of the API beyond set-up and metrics:
 * a participant's progress this period, comms publishing a period's digest
 * before the period ends, and comms reminding the non-sharers now.
 */
describe('sharing campaigns: progress, publishing early and reminding now', () => {
  let t: TestApp;
  let ds: DataSource;
  let comms: Session;
  let sharer: Session;
  let quiet: Session;
  let optedOut: Session;
  let bystander: Session;
  let outsider: Session;
  let campaignId: string;

  const ok = async <T = any>(query: string, variables: Record<string, unknown>, who: Session): Promise<T> => {
    const res = await t.gql<T>(query, variables, who.accessToken);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const code = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;
  const reminders = async (who: Session): Promise<number> =>
    (
      await ds.query(`SELECT count(*)::int AS n FROM email_message WHERE to_address = $1 AND subject LIKE $2`, [
        who.user.email,
        '%one useful thing to share%',
      ])
    )[0].n;

  beforeAll(async () => {
    t = await createTestApp();
    ds = t.db;
    comms = await signUpAdmin(t, 'Harbour Arts', 'cora');
    [sharer, quiet, optedOut, bystander] = await Promise.all(
      ['sam', 'quinn', 'oona', 'bea'].map((n) => inviteAndJoin(t, comms, n, ['MEMBER'])),
    );
    outsider = await signUpAdmin(t, 'Elsewhere Ltd', 'otto');
    campaignId = (
      await ok(
        CREATE_CAMPAIGN,
        {
          input: {
            name: 'Share the winter season',
            startsOn: today,
            endsOn: inDays(60),
            cadence: 'MONTHLY',
            targetPerPeriod: 2,
            audience: 'PEOPLE',
            participantMemberIds: [sharer.member.id, quiet.member.id, optedOut.member.id],
            channels: ['INTERNAL', 'BLOG', 'LINKEDIN'],
          },
        },
        comms,
      )
    ).createCampaign.id;
  }, 60_000);
  afterAll(() => t.close());

  it('shows a participant their shares this period (logged and community posts) against the target', async () => {
    await ok(
      LOG_SHARE,
      {
        input: {
          campaignId,
          channel: 'BLOG',
          form: 'BLOG_POST',
          url: 'https://blog.example/winter',
          title: 'Winter at the harbour',
          sharedOn: today,
        },
      },
      sharer,
    );
    await ok(CREATE_POST, { input: { body: 'Our winter programme is out' } }, sharer);
    const mine = await ok(MY_CAMPAIGN_PROGRESS, { campaignId }, sharer);
    expect(mine.myCampaignProgress).toEqual({
      participating: true,
      periodIndex: 1,
      from: today,
      to: expect.any(String),
      shares: 2,
      target: 2,
    });
    expect((await ok(MY_CAMPAIGN_PROGRESS, { campaignId }, quiet)).myCampaignProgress).toMatchObject({
      participating: true,
      shares: 0,
    });
    expect((await ok(MY_CAMPAIGN_PROGRESS, { campaignId }, bystander)).myCampaignProgress).toMatchObject({
      participating: false,
      shares: 0,
    });
    expect(code(await t.gql(MY_CAMPAIGN_PROGRESS, { campaignId }, outsider.accessToken))).toBe('NOT_FOUND');
  });

  it('reminds the non-sharers now, once per period, never those who opted out', async () => {
    await ok(SET_CAMPAIGN_REMINDERS, { campaignId, enabled: false }, optedOut);
    expect(code(await t.gql(REMIND_CAMPAIGN_NON_SHARERS, { campaignId }, sharer.accessToken))).toBe('FORBIDDEN');
    expect(code(await t.gql(REMIND_CAMPAIGN_NON_SHARERS, { campaignId }, outsider.accessToken))).toBe('NOT_FOUND');

    expect((await ok(REMIND_CAMPAIGN_NON_SHARERS, { campaignId }, comms)).remindCampaignNonSharers).toBe(1);
    // A second click the same period sends nothing more.
    expect((await ok(REMIND_CAMPAIGN_NON_SHARERS, { campaignId }, comms)).remindCampaignNonSharers).toBe(0);
    expect(await reminders(quiet)).toBe(1);
    expect(await reminders(optedOut)).toBe(0);
    expect(await reminders(sharer)).toBe(0);
  });

  it('publishes the running period’s digest on request, with the curation, exactly once', async () => {
    expect(code(await t.gql(PUBLISH_CAMPAIGN_DIGEST, { campaignId, periodIndex: 1 }, sharer.accessToken))).toBe(
      'FORBIDDEN',
    );
    expect(code(await t.gql(PUBLISH_CAMPAIGN_DIGEST, { campaignId, periodIndex: 1 }, outsider.accessToken))).toBe(
      'NOT_FOUND',
    );
    const later = await t.gql(PUBLISH_CAMPAIGN_DIGEST, { campaignId, periodIndex: 2 }, comms.accessToken);
    expect(later.errors?.[0]).toMatchObject({
      message: 'This period has not started yet',
      extensions: { code: 'BAD_USER_INPUT' },
    });

    await ok(
      CURATE_CAMPAIGN_DIGEST,
      { input: { campaignId, periodIndex: 1, note: 'A strong start — thank you!' } },
      comms,
    );
    const { publishCampaignDigest: digest } = await ok(PUBLISH_CAMPAIGN_DIGEST, { campaignId, periodIndex: 1 }, comms);
    expect(digest).toMatchObject({ periodIndex: 1, note: 'A strong start — thank you!', postId: expect.any(String) });
    expect(digest.publishedAt).toEqual(expect.any(String));
    expect(digest.body).toContain('A strong start — thank you!');
    expect(digest.body).toContain('Winter at the harbour');

    const again = await t.gql(PUBLISH_CAMPAIGN_DIGEST, { campaignId, periodIndex: 1 }, comms.accessToken);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DIGEST_PUBLISHED' });
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM post WHERE organisation_id = $1 AND id = $2`, [
      comms.organisation.id,
      digest.postId,
    ]);
    expect(n).toBe(1);
  });
});
