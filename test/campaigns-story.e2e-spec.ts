import { CREATE_CAMPAIGN, CREATE_GROUP, CREATE_POST, LOG_SHARE } from './utils/operations';
import { addDays } from '../libs/campaigns/src/periods';
import { inviteAndJoin, Session, signUpAdmin } from './utils/story';
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';

const MEMBER = `id department user { displayName }`;
const REPORT = `query StoryReport($campaignId: ID!) { campaignReport(campaignId: $campaignId) {
  overall {
    current { shares posts sharesByChannel { key count } }
    baseline { shares posts sharesByChannel { key count } }
  }
  buddyRounds { round pairs met completionRate } } }`;
const SET_HASHTAG = `mutation StoryHashtag($campaignId: ID!, $hashtag: String) {
  setCampaignHashtag(campaignId: $campaignId, hashtag: $hashtag) { id hashtag } }`;
const RECORD_BASELINE = `mutation StoryBaseline($input: BaselineShareInput!) {
  recordBaselineShare(input: $input) { id baseline sharedOn member { ${MEMBER} } } }`;
const IMPORT_BASELINE = `mutation StoryImport($campaignId: ID!, $csv: String!) {
  importBaselineShares(campaignId: $campaignId, csv: $csv) { imported refused rows { line shareId field error } } }`;
const SHARES = `query StoryShares($campaignId: ID!) {
  campaignShares(campaignId: $campaignId) { membershipId baseline title member { ${MEMBER} } } }`;
const NON_SHARERS = `query StoryNonSharers($campaignId: ID!) {
  campaignNonSharers(campaignId: $campaignId) { memberIds members { ${MEMBER} } } }`;
const CREATE_ROUND = `mutation StoryRound($campaignId: ID!, $questions: [String!]) {
  createBuddyRound(campaignId: $campaignId, questions: $questions) { id round memberIds members { ${MEMBER} } } }`;
const ROUNDS = `query StoryRounds($campaignId: ID!) {
  buddyRounds(campaignId: $campaignId) { round questions completion { pairs met completionRate } } }`;
const SET_GUIDE = `mutation StoryGuide($campaignId: ID!, $round: Int!, $questions: [String!]!) {
  setBuddyInterviewGuide(campaignId: $campaignId, round: $round, questions: $questions) { round questions } }`;
const PAIRS = `query StoryPairs($campaignId: ID!) {
  buddyPairs(campaignId: $campaignId) { id memberIds metAt metRecordedByMembershipId members { ${MEMBER} } } }`;
const WE_MET = `mutation StoryMet($pairId: ID!) {
  recordBuddyMeeting(pairId: $pairId) { id metAt metRecordedByMembershipId } }`;
const PUBLISH = `mutation StoryPublish($campaignId: ID!, $periodIndex: Int!) {
  publishCampaignDigest(campaignId: $campaignId, periodIndex: $periodIndex) { id publishedAt postId body unpublishedAt } }`;
const UNPUBLISH = `mutation StoryUnpublish($campaignId: ID!, $periodIndex: Int!) {
  unpublishCampaignDigest(campaignId: $campaignId, periodIndex: $periodIndex) {
    id publishedAt postId unpublishedAt unpublishedByMembershipId } }`;

/**
 * A campaign told end to end with what makes its figures honest: external sharing before the start is
 * imported as baseline shares, only posts with the campaign's hashtag count as internal shares, a buddy
 * round has its interview guide and a pair says "we met", and people are named, not just numbered.
 *
 * The campaign started ten days ago and runs for a month, so its one period holds today, and the baseline is
 * the month before the start.
 */
describe('a sharing campaign with a true baseline, its hashtag and buddy interviews that happen', () => {
  let t: TestApp;
  let comms: Session;
  let people: Session[]; // ann, bob, cat, dan
  let outsider: Session;
  let campaignId: string;
  const today = new Date().toISOString().slice(0, 10);
  const startsOn = addDays(today, -10);
  const endsOn = addDays(startsOn, 27);
  const departments = ['Fundraising', 'Care', 'Fundraising', 'Care'];

  const ok = async <T = any>(query: string, variables: Record<string, unknown>, who: Session): Promise<T> => {
    const res = await t.gql<T>(query, variables, who.accessToken);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const error = (res: GraphQLResponse) => res.errors?.[0]?.extensions;
  const count = (list: { key: string; count: number }[], key: string) => list.find((x) => x.key === key)?.count ?? 0;

  beforeAll(async () => {
    t = await createTestApp();
    comms = await signUpAdmin(t, 'Harbour Charity', 'colin');
    people = await Promise.all(
      ['ann', 'bob', 'cat', 'dan'].map((name, i) =>
        inviteAndJoin(t, comms, name, ['MEMBER'], { department: departments[i] }),
      ),
    );
    outsider = await signUpAdmin(t, 'Elsewhere Ltd', 'otto');
  }, 60_000);
  afterAll(() => t?.close());

  it('refuses a hashtag no post could carry', async () => {
    const res = await t.gql(
      CREATE_CAMPAIGN,
      { input: { name: 'Bad tag', startsOn: today, endsOn: addDays(today, 7), hashtag: '#share week' } },
      comms.accessToken,
    );
    expect(error(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hashtag' });
  });

  it('counts external sharing before the start as the baseline, and only campaign-tagged posts as internal shares', async () => {
    const created = await ok(
      CREATE_CAMPAIGN,
      {
        input: {
          name: 'Share week',
          startsOn,
          endsOn,
          audience: 'PEOPLE',
          participantMemberIds: people.map((p) => p.member.id),
        },
      },
      comms,
    );
    campaignId = created.createCampaign.id;
    const [ann, bob, cat] = people;

    // Before the campaign: comms import what was shared outside, one bad line of each kind among them.
    const csv = [
      'member,channel,form,url,title,sharedOn',
      `${ann.user.email},BLOG,BLOG_POST,https://blog.example.org/ann-before,"Why I volunteer, part 1",${addDays(startsOn, -5)}`,
      `${bob.member.id},INSTAGRAM,IMAGE,https://instagram.example.org/bob-before,Our garden,${addDays(startsOn, -3)}`,
      `${cat.user.email},BLOG,BLOG_POST,https://blog.example.org/cat-after,Too late,${startsOn}`,
      `nobody@example.org,BLOG,BLOG_POST,https://blog.example.org/nobody,Who?,${addDays(startsOn, -2)}`,
      `${outsider.member.id},BLOG,BLOG_POST,https://blog.example.org/otto,Elsewhere,${addDays(startsOn, -2)}`,
    ].join('\r\n');
    const { importBaselineShares: imported } = await ok(IMPORT_BASELINE, { campaignId, csv }, comms);
    expect(imported).toMatchObject({ imported: 2, refused: 3 });
    expect(imported.rows.map((r: any) => [r.line, !!r.shareId, r.field])).toEqual([
      [2, true, null],
      [3, true, null],
      [4, false, 'sharedOn'],
      [5, false, 'member'],
      [6, false, 'member'],
    ]);
    // Importing the same file again records nothing twice.
    expect((await ok(IMPORT_BASELINE, { campaignId, csv }, comms)).importBaselineShares.imported).toBe(2);

    // One entered by hand, and the cases it refuses.
    const entered = await ok(
      RECORD_BASELINE,
      {
        input: {
          campaignId,
          memberId: ann.member.id,
          channel: 'LINKEDIN',
          form: 'TEXT',
          url: 'https://linkedin.example.org/ann-before',
          title: 'Volunteering week',
          sharedOn: addDays(startsOn, -1),
        },
      },
      comms,
    );
    expect(entered.recordBaselineShare).toMatchObject({
      baseline: true,
      member: { department: 'Fundraising', user: { displayName: 'ann person' } },
    });
    const baseline = (input: Record<string, unknown>, who = comms) =>
      t.gql(
        RECORD_BASELINE,
        {
          input: {
            campaignId,
            memberId: bob.member.id,
            channel: 'BLOG',
            form: 'BLOG_POST',
            url: `https://blog.example.org/${Math.random()}`,
            title: 'A post',
            sharedOn: addDays(startsOn, -1),
            ...input,
          },
        },
        who.accessToken,
      );
    expect(error(await baseline({ sharedOn: startsOn }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sharedOn' });
    expect(error(await baseline({ sharedOn: addDays(startsOn, 3) }))).toMatchObject({ field: 'sharedOn' });
    // The comms lead takes no part; a member of another organisation is unknown here: both are no participant.
    expect(error(await baseline({ memberId: comms.member.id }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'memberId',
    });
    expect(error(await baseline({ memberId: outsider.member.id }))).toMatchObject({ field: 'memberId' });
    // Another organisation's campaign reads as missing.
    const foreign = await t.gql(IMPORT_BASELINE, { campaignId, csv }, outsider.accessToken);
    expect(error(foreign)).toMatchObject({ code: 'NOT_FOUND' });
    // Members cannot record baseline shares.
    expect(error(await baseline({}, ann))).toMatchObject({ code: 'FORBIDDEN' });

    // During the campaign: cat logs an external share; ann posts twice, once off topic; bob posts the
    // campaign's hashtag in a private group, which stays out of every figure.
    await ok(
      LOG_SHARE,
      {
        input: {
          campaignId,
          channel: 'BLOG',
          form: 'BLOG_POST',
          url: 'https://blog.example.org/cat-during',
          title: 'A day in the garden',
          sharedOn: today,
        },
      },
      cat,
    );
    await ok(CREATE_POST, { input: { body: 'Lunch was lovely today' } }, ann);
    await ok(CREATE_POST, { input: { body: 'My first share for #ShareWeek: our garden' } }, ann);
    const { createGroup: group } = await ok(CREATE_GROUP, { input: { name: 'Quiet room', privacy: 'PRIVATE' } }, bob);
    await ok(CREATE_POST, { input: { body: 'Also #shareweek', groupId: group.id } }, bob);

    // Without a hashtag (as every campaign made before hashtags), every post everyone may see counts.
    let report = (await ok(REPORT, { campaignId }, comms)).campaignReport.overall;
    expect(report.current).toMatchObject({ shares: 3, posts: 2 });

    const tagged = await ok(SET_HASHTAG, { campaignId, hashtag: '#ShareWeek' }, comms);
    expect(tagged.setCampaignHashtag.hashtag).toBe('shareweek');
    expect(error(await t.gql(SET_HASHTAG, { campaignId, hashtag: '12345' }, comms.accessToken))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'hashtag',
    });

    report = (await ok(REPORT, { campaignId }, comms)).campaignReport.overall;
    // The campaign: cat's blog post and ann's tagged post; the off-topic and private posts do not count.
    expect(report.current.shares).toBe(2);
    expect(report.current.posts).toBe(1);
    expect(count(report.current.sharesByChannel, 'INTERNAL')).toBe(1);
    expect(count(report.current.sharesByChannel, 'BLOG')).toBe(1);
    // The baseline: the three external shares recorded before the start.
    expect(report.baseline.shares).toBe(3);
    expect(report.baseline.sharesByChannel).toEqual(
      expect.arrayContaining([
        { key: 'BLOG', count: 1 },
        { key: 'INSTAGRAM', count: 1 },
        { key: 'LINKEDIN', count: 1 },
      ]),
    );

    // Shares and non-sharers come with names and departments.
    const { campaignShares } = await ok(SHARES, { campaignId }, comms);
    expect(campaignShares.filter((s: any) => s.baseline)).toHaveLength(3);
    expect(campaignShares.find((s: any) => !s.baseline).member).toMatchObject({
      user: { displayName: 'cat person' },
      department: 'Fundraising',
    });
    const { campaignNonSharers } = await ok(NON_SHARERS, { campaignId }, comms);
    expect(campaignNonSharers.members.map((m: any) => m.user.displayName).sort()).toEqual(['bob person', 'dan person']);
    expect(campaignNonSharers.memberIds).toHaveLength(2);
  });

  it('gives a buddy round its interview guide, lets one pair say they met and reports the completion rate', async () => {
    const [ann, bob, cat, dan] = people;
    const { createBuddyRound: pairs } = await ok(CREATE_ROUND, { campaignId }, comms);
    expect(pairs).toHaveLength(2);
    for (const pair of pairs) {
      // Pairs mix departments, and name their members.
      expect(new Set(pair.members.map((m: any) => m.department)).size).toBe(2);
      expect(pair.members.map((m: any) => m.id).sort()).toEqual([...pair.memberIds].sort());
    }
    let { buddyRounds } = await ok(ROUNDS, { campaignId }, comms);
    expect(buddyRounds[0].questions).toEqual(['What did you share?', 'What stopped you?', 'What would help?']);
    const guide = ['What did you share?', 'What stopped you?', 'What would help?', 'Who did you reach?'];
    expect((await ok(SET_GUIDE, { campaignId, round: 1, questions: guide }, comms)).setBuddyInterviewGuide).toEqual({
      round: 1,
      questions: guide,
    });
    const badGuide = await t.gql(SET_GUIDE, { campaignId, round: 1, questions: ['  '] }, comms.accessToken);
    expect(error(badGuide)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'questions' });
    expect(error(await t.gql(SET_GUIDE, { campaignId, round: 7, questions: guide }, comms.accessToken))).toMatchObject({
      code: 'NOT_FOUND',
    });

    const byId = new Map(people.map((p) => [p.member.id, p]));
    const first = pairs[0];
    const [a, b] = first.memberIds.map((id: string) => byId.get(id)!);
    const notInPair = [ann, bob, cat, dan].find((p) => !first.memberIds.includes(p.member.id))!;

    // Someone outside the pair, or outside the organisation, cannot say the pair met.
    expect(error(await t.gql(WE_MET, { pairId: first.id }, notInPair.accessToken))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(error(await t.gql(WE_MET, { pairId: first.id }, outsider.accessToken))).toMatchObject({
      code: 'NOT_FOUND',
    });
    const met = (await ok(WE_MET, { pairId: first.id }, a)).recordBuddyMeeting;
    expect(met.metAt).toBeTruthy();
    expect(met.metRecordedByMembershipId).toBe(a.member.id);
    // Once: the partner saying it again keeps the first record.
    expect((await ok(WE_MET, { pairId: first.id }, b)).recordBuddyMeeting).toEqual(met);

    // The member sees their own round with its guide; the report and the round show 1 of 2 pairs met.
    const own = (await ok(ROUNDS, { campaignId }, a)).buddyRounds;
    expect(own).toEqual([{ round: 1, questions: guide, completion: { pairs: 2, met: 1, completionRate: 0.5 } }]);
    ({ buddyRounds } = await ok(ROUNDS, { campaignId }, comms));
    expect(buddyRounds[0].completion).toEqual({ pairs: 2, met: 1, completionRate: 0.5 });
    const report = (await ok(REPORT, { campaignId }, comms)).campaignReport;
    expect(report.buddyRounds).toEqual([{ round: 1, pairs: 2, met: 1, completionRate: 0.5 }]);
    const listed = (await ok(PAIRS, { campaignId }, comms)).buddyPairs;
    expect(listed.filter((p: any) => p.metAt)).toHaveLength(1);
  });

  it('publishes a period’s digest now, counting only tagged posts, and unpublishes it with a record', async () => {
    const { publishCampaignDigest: published } = await ok(PUBLISH, { campaignId, periodIndex: 1 }, comms);
    expect(published.publishedAt).toBeTruthy();
    // ann's one tagged post, not her lunch; cat's blog post.
    expect(published.body).toContain('2 shares by 2 of 4 people');
    const { unpublishCampaignDigest: taken } = await ok(UNPUBLISH, { campaignId, periodIndex: 1 }, comms);
    expect(taken).toMatchObject({ publishedAt: null, postId: null, unpublishedByMembershipId: comms.member.id });
    expect(taken.unpublishedAt).toBeTruthy();
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM post WHERE id = $1`, [published.postId]);
    expect(n).toBe(0);

    const again = await t.gql(UNPUBLISH, { campaignId, periodIndex: 1 }, comms.accessToken);
    expect(error(again)).toMatchObject({ code: 'CONFLICT', reason: 'DIGEST_NOT_PUBLISHED' });
    expect(error(await t.gql(UNPUBLISH, { campaignId, periodIndex: 1 }, outsider.accessToken))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(error(await t.gql(UNPUBLISH, { campaignId, periodIndex: 1 }, people[0].accessToken))).toMatchObject({
      code: 'FORBIDDEN',
    });
    // Published again when comms are ready.
    const republished = (await ok(PUBLISH, { campaignId, periodIndex: 1 }, comms)).publishCampaignDigest;
    expect(republished.publishedAt).toBeTruthy();
    expect(republished.unpublishedAt).toBeTruthy();
  });
});
