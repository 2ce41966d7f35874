import { DataSource } from 'typeorm';
import {
  CAMPAIGN,
  CAMPAIGN_NON_SHARERS,
  CAMPAIGN_REPORT,
  CAMPAIGN_SHARES,
  CAMPAIGNS,
  CREATE_CAMPAIGN,
  CREATE_GROUP,
  CREATE_POST,
  EXPORT_CAMPAIGN_REPORT,
  FOLLOWER_SNAPSHOTS,
  IMPORT_FOLLOWER_SNAPSHOTS,
  JOIN_GROUP,
  LOG_SHARE,
  RECORD_FOLLOWER_SNAPSHOTS,
  UPDATE_SHARE_INTERACTIONS,
} from './utils/operations';
import { addDays } from '../libs/campaigns/src/periods';
import { createPastCampaign, inviteAndJoin, Session, signUpAdmin } from './utils/story';

/** New campaigns start at most 90 days back; those about set-up rather than history start next week. */
const soon = addDays(new Date().toISOString().slice(0, 10), 7);
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';

/**
 * The origin story: an arts organisation of 40 runs a three-month sharing
 * experiment (July–September 2026) measured against April–June 2026.
 *
 * History cannot be written through the API (posts are always dated "now"),
 * so the fixture inserts the community's past posts, reactions and replies with
 * SQL — test-only, the one place the test touches another context's tables —
 * and the earlier pilot's shares straight into campaign_share. Shares during
 * the experiment go through the API, with every rule applied.
 *
 * Who did what (m[i] is the i-th of the 40; m[0] is the admin):
 *   baseline  Apr: posts by i%10==0 (m0's with a link), May: i%10==1, Jun: i%10==2;
 *             pilot BLOG shares in May by m0..m2 (2 likes each); m39 reacts to every post.
 *   July      posts by m0..m19; external by m20..m29 (even: BLOG/BLOG_POST, odd: INSTAGRAM/IMAGE),
 *             each later updated to 3 likes, 1 comment, 1 reshare.
 *   August    posts by m0..m9 (m30 replies to m0's); external by m10..m24 (LINKEDIN/TEXT).
 *   September two posts each by m0..m4; external by m5..m9 (PODCAST/AUDIO).
 */
describe('sharing campaigns: the origin story', () => {
  let t: TestApp;
  let ds: DataSource;
  let admin: Session;
  let staff: Session[]; // the 40: staff[0] is the admin
  let outsider: Session;
  let campaignId: string;
  let pilotId: string;
  const org = () => admin.organisation.id;

  const ok = async <T = any>(query: string, variables: Record<string, unknown>, who: Session): Promise<T> => {
    const res = await t.gql<T>(query, variables, who.accessToken);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const code = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

  /** Test-only: a community post (and m39's reaction to it) dated in the past. */
  const pastPost = async (author: number, day: string, linkUrl: string | null = null): Promise<string> => {
    const [{ id }] = await ds.query(
      `INSERT INTO post (organisation_id, author_membership_id, kind, body, body_html, link_url, reaction_count, created_at)
       VALUES ($1, $2, 'UPDATE', 'What I learnt this month', '<p>What I learnt this month</p>', $3, 1, $4) RETURNING id`,
      [org(), staff[author].member.id, linkUrl, `${day}T10:00:00Z`],
    );
    await ds.query(
      `INSERT INTO reaction (organisation_id, post_id, membership_id, kind, created_at) VALUES ($1, $2, $3, 'LIKE', $4)`,
      [org(), id, staff[39].member.id, `${day}T12:00:00Z`],
    );
    return id;
  };

  const logShare = (who: number, input: Record<string, unknown>) =>
    t.gql(LOG_SHARE, { input: { campaignId, ...input } }, staff[who].accessToken);

  beforeAll(async () => {
    t = await createTestApp();
    ds = t.db;
    admin = await signUpAdmin(t, 'Arts Org');
    const teams = ['Exhibitions', 'Learning', 'Production', 'Development'];
    const joined: Session[] = [];
    for (let batch = 1; batch < 40; batch += 13) {
      joined.push(
        ...(await Promise.all(
          range(batch, Math.min(batch + 12, 39)).map((i) =>
            inviteAndJoin(t, admin, `staff${i}`, ['MEMBER'], { department: teams[i % 4] }),
          ),
        )),
      );
    }
    staff = [admin, ...joined];
    outsider = await signUpAdmin(t, 'Elsewhere Ltd', 'outsider');

    // The pilot the organisation ran before: its shares are part of the baseline data.
    pilotId = (
      await createPastCampaign(t, admin, {
        name: 'Pilot',
        startsOn: '2026-05-01',
        endsOn: '2026-05-31',
        channels: ['BLOG'],
      })
    ).id;
    for (const i of [0, 1, 2]) {
      await ds.query(
        `INSERT INTO campaign_share (organisation_id, campaign_id, membership_id, channel, form, url, title, shared_on, likes)
         VALUES ($1, $2, $3, 'BLOG', 'BLOG_POST', $4, 'Pilot post', '2026-05-10', 2)`,
        [org(), pilotId, staff[i].member.id, `https://blog.example.org/pilot-${i}`],
      );
    }
    for (const [month, rem] of [
      ['04', 0],
      ['05', 1],
      ['06', 2],
    ] as const) {
      for (const i of range(0, 39).filter((n) => n % 10 === rem)) {
        await pastPost(i, `2026-${month}-15`, i === 0 && month === '04' ? 'https://example.org/a' : null);
      }
    }

    const created = await createPastCampaign(t, admin, {
      name: 'Share one thing a month',
      aims: ['Can everyone do it?', 'Which forms of sharing do people prefer?', 'How much content do we create?'],
      startsOn: '2026-07-01',
      endsOn: '2026-09-30',
    });
    campaignId = created.id;

    // July
    for (const i of range(0, 19)) await pastPost(i, '2026-07-10');
    for (const i of range(20, 29)) {
      const share = await logShare(i, {
        channel: i % 2 ? 'INSTAGRAM' : 'BLOG',
        form: i % 2 ? 'IMAGE' : 'BLOG_POST',
        url: `https://example.org/july/${i}`,
        title: `July by ${i}`,
        sharedOn: '2026-07-20',
      });
      expect(share.errors).toBeUndefined();
      const updated = await t.gql(
        UPDATE_SHARE_INTERACTIONS,
        { input: { shareId: share.data!.logCampaignShare.id, likes: 3, comments: 1, reshares: 1, views: 40 } },
        staff[i].accessToken,
      );
      expect(updated.data!.updateCampaignShareInteractions).toMatchObject({ likes: 3, comments: 1, reshares: 1 });
    }
    // August
    const augustPosts: string[] = [];
    for (const i of range(0, 9)) augustPosts.push(await pastPost(i, '2026-08-05'));
    await ds.query(
      `INSERT INTO comment (organisation_id, post_id, author_membership_id, body, body_html, created_at)
       VALUES ($1, $2, $3, 'Lovely', '<p>Lovely</p>', '2026-08-06T09:00:00Z')`,
      [org(), augustPosts[0], staff[30].member.id],
    );
    await ds.query(`UPDATE post SET comment_count = 1 WHERE organisation_id = $1 AND id = $2`, [org(), augustPosts[0]]);
    for (const i of range(10, 24)) {
      const res = await logShare(i, {
        channel: 'LINKEDIN',
        form: 'TEXT',
        url: `https://linkedin.example/aug/${i}`,
        title: 'A note',
        sharedOn: '2026-08-12',
      });
      expect(res.errors).toBeUndefined();
    }
    // September
    for (const i of range(0, 4)) {
      await pastPost(i, '2026-09-03');
      await pastPost(i, '2026-09-17');
    }
    for (const i of range(5, 9)) {
      const res = await logShare(i, {
        channel: 'PODCAST',
        form: 'AUDIO',
        url: `https://pod.example/ep/${i}`,
        title: 'Episode',
        sharedOn: '2026-09-25',
      });
      expect(res.errors).toBeUndefined();
    }

    // Followers: X by CSV import, LinkedIn by hand.
    await ok(
      IMPORT_FOLLOWER_SNAPSHOTS,
      {
        csv: [
          'channel,takenOn,followers',
          'X_TWITTER,2026-04-01,500',
          'X_TWITTER,2026-06-01,520',
          'X_TWITTER,2026-07-01,530',
          'X_TWITTER,2026-08-01,560',
          'X_TWITTER,2026-09-01,600',
          'X_TWITTER,2026-10-01,650',
        ].join('\r\n'),
      },
      admin,
    );
    await ok(
      RECORD_FOLLOWER_SNAPSHOTS,
      {
        input: {
          snapshots: [
            { channel: 'LINKEDIN', takenOn: '2026-07-01', followers: 100 },
            { channel: 'LINKEDIN', takenOn: '2026-10-01', followers: 130 },
          ],
        },
      },
      admin,
    );
  }, 60000);
  afterAll(() => t.close());

  const metrics = (m: Record<string, unknown>) => m;

  it('measures each month and the whole campaign against the baseline, as computed by hand', async () => {
    const { campaignReport: report } = await ok(CAMPAIGN_REPORT, { campaignId }, admin);
    const june = {
      from: '2026-06-01',
      to: '2026-07-01',
      participants: 40,
      shares: 4,
      participantsMeetingTarget: 4,
      participationRate: 0.1,
      sharesByForm: [{ key: 'TEXT', count: 4 }],
      sharesByChannel: [{ key: 'INTERNAL', count: 4 }],
      interactions: 4,
      interactionsPerShare: 1,
      followerGrowth: [
        { channel: 'LINKEDIN', start: null, end: 100, growth: null },
        { channel: 'X_TWITTER', start: 520, end: 530, growth: 10 },
      ],
      posts: 4,
      replies: 0,
      reactions: 4,
    };
    expect(report.periods).toEqual([
      {
        index: 1,
        baseline: june,
        current: metrics({
          from: '2026-07-01',
          to: '2026-08-01',
          participants: 40,
          shares: 30,
          participantsMeetingTarget: 30,
          participationRate: 0.75,
          sharesByForm: [
            { key: 'TEXT', count: 20 },
            { key: 'BLOG_POST', count: 5 },
            { key: 'IMAGE', count: 5 },
          ],
          sharesByChannel: [
            { key: 'INTERNAL', count: 20 },
            { key: 'BLOG', count: 5 },
            { key: 'INSTAGRAM', count: 5 },
          ],
          interactions: 70,
          interactionsPerShare: 2.3333,
          followerGrowth: [
            { channel: 'LINKEDIN', start: 100, end: 100, growth: 0 },
            { channel: 'X_TWITTER', start: 530, end: 560, growth: 30 },
          ],
          posts: 20,
          replies: 0,
          reactions: 20,
        }),
      },
      {
        index: 2,
        baseline: june,
        current: {
          from: '2026-08-01',
          to: '2026-09-01',
          participants: 40,
          shares: 25,
          participantsMeetingTarget: 25,
          participationRate: 0.625,
          sharesByForm: [{ key: 'TEXT', count: 25 }],
          sharesByChannel: [
            { key: 'LINKEDIN', count: 15 },
            { key: 'INTERNAL', count: 10 },
          ],
          interactions: 11,
          interactionsPerShare: 0.44,
          followerGrowth: [
            { channel: 'LINKEDIN', start: 100, end: 100, growth: 0 },
            { channel: 'X_TWITTER', start: 560, end: 600, growth: 40 },
          ],
          posts: 10,
          replies: 1,
          reactions: 10,
        },
      },
      {
        index: 3,
        baseline: june,
        current: {
          from: '2026-09-01',
          to: '2026-10-01',
          participants: 40,
          shares: 15,
          participantsMeetingTarget: 10,
          participationRate: 0.25,
          sharesByForm: [
            { key: 'TEXT', count: 10 },
            { key: 'AUDIO', count: 5 },
          ],
          sharesByChannel: [
            { key: 'INTERNAL', count: 10 },
            { key: 'PODCAST', count: 5 },
          ],
          interactions: 10,
          interactionsPerShare: 0.6667,
          followerGrowth: [
            { channel: 'LINKEDIN', start: 100, end: 130, growth: 30 },
            { channel: 'X_TWITTER', start: 600, end: 650, growth: 50 },
          ],
          posts: 10,
          replies: 0,
          reactions: 10,
        },
      },
    ]);
    // Over three months the target is three shares: only m0..m9 made it.
    expect(report.overall).toEqual({
      index: 0,
      current: {
        from: '2026-07-01',
        to: '2026-10-01',
        participants: 40,
        shares: 70,
        participantsMeetingTarget: 10,
        participationRate: 0.25,
        sharesByForm: [
          { key: 'TEXT', count: 55 },
          { key: 'AUDIO', count: 5 },
          { key: 'BLOG_POST', count: 5 },
          { key: 'IMAGE', count: 5 },
        ],
        sharesByChannel: [
          { key: 'INTERNAL', count: 40 },
          { key: 'LINKEDIN', count: 15 },
          { key: 'BLOG', count: 5 },
          { key: 'INSTAGRAM', count: 5 },
          { key: 'PODCAST', count: 5 },
        ],
        interactions: 91,
        interactionsPerShare: 1.3,
        followerGrowth: [
          { channel: 'LINKEDIN', start: 100, end: 130, growth: 30 },
          { channel: 'X_TWITTER', start: 530, end: 650, growth: 120 },
        ],
        posts: 40,
        replies: 1,
        reactions: 40,
      },
      baseline: {
        from: '2026-04-01',
        to: '2026-07-01',
        participants: 40,
        shares: 15,
        participantsMeetingTarget: 0,
        participationRate: 0,
        sharesByForm: [
          { key: 'TEXT', count: 11 },
          { key: 'BLOG_POST', count: 3 },
          { key: 'LINK', count: 1 },
        ],
        sharesByChannel: [
          { key: 'INTERNAL', count: 12 },
          { key: 'BLOG', count: 3 },
        ],
        interactions: 18,
        interactionsPerShare: 1.2,
        followerGrowth: [
          { channel: 'LINKEDIN', start: null, end: 100, growth: null },
          { channel: 'X_TWITTER', start: 500, end: 530, growth: 30 },
        ],
        posts: 12,
        replies: 0,
        reactions: 12,
      },
    });
  });

  it('lists exactly who has not shared yet in a period, for comms only', async () => {
    const august = await ok(CAMPAIGN_NON_SHARERS, { campaignId, on: '2026-08-15' }, admin);
    expect(august.campaignNonSharers).toEqual({
      from: '2026-08-01',
      to: '2026-09-01',
      memberIds: range(25, 39)
        .map((i) => staff[i].member.id)
        .sort(),
    });
    const september = await ok(CAMPAIGN_NON_SHARERS, { campaignId, on: '2026-09-30' }, admin);
    expect(september.campaignNonSharers.memberIds).toEqual(
      range(10, 39)
        .map((i) => staff[i].member.id)
        .sort(),
    );
    expect(code(await t.gql(CAMPAIGN_NON_SHARERS, { campaignId, on: '2026-08-15' }, staff[5].accessToken))).toBe(
      'FORBIDDEN',
    );
    expect(code(await t.gql(CAMPAIGN_NON_SHARERS, { campaignId, on: '2026-12-01' }, admin.accessToken))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('exports the report as CSV, one line per period and scope', async () => {
    const { exportCampaignReport: csv } = await ok(EXPORT_CAMPAIGN_REPORT, { campaignId }, admin);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'period,scope,from,to,participants,shares,participantsMeetingTarget,participationRate,interactions,' +
        'interactionsPerShare,posts,replies,reactions,sharesByForm,sharesByChannel,followerGrowth',
    );
    expect(lines).toHaveLength(9);
    expect(lines[1]).toBe(
      '1,campaign,2026-07-01,2026-08-01,40,30,30,0.75,70,2.3333,20,0,20,TEXT=20 BLOG_POST=5 IMAGE=5,' +
        'INTERNAL=20 BLOG=5 INSTAGRAM=5,LINKEDIN=0 X_TWITTER=30',
    );
    expect(lines[8]).toMatch(/^0,baseline,2026-04-01,2026-07-01,40,15,0,0,18,1.2,12,0,12,/);
  });

  it('counts community posts made during a live campaign automatically', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const start = `${today.slice(0, 7)}-01`;
    const live = await ok(
      CREATE_CAMPAIGN,
      {
        input: {
          name: 'Live pair',
          startsOn: start,
          endsOn: addDays(start, 365),
          audience: 'PEOPLE',
          participantMemberIds: [staff[1].member.id, staff[2].member.id],
        },
      },
      admin,
    );
    const id = live.createCampaign.id;
    expect((await ok(CAMPAIGN_NON_SHARERS, { campaignId: id }, admin)).campaignNonSharers.memberIds).toEqual(
      [staff[1].member.id, staff[2].member.id].sort(),
    );
    await ok(CREATE_POST, { input: { body: 'Here is what I made this month' } }, staff[1]);
    expect((await ok(CAMPAIGN_NON_SHARERS, { campaignId: id }, admin)).campaignNonSharers.memberIds).toEqual([
      staff[2].member.id,
    ]);
    const { campaignReport } = await ok(CAMPAIGN_REPORT, { campaignId: id }, admin);
    expect(campaignReport.periods[0].current).toMatchObject({
      participants: 2,
      shares: 1,
      participantsMeetingTarget: 1,
      participationRate: 0.5,
      sharesByChannel: [{ key: 'INTERNAL', count: 1 }],
    });

    // Sharing in the future is refused; a non-participant cannot log.
    const future = await t.gql(
      LOG_SHARE,
      {
        input: {
          campaignId: id,
          channel: 'BLOG',
          form: 'BLOG_POST',
          url: 'https://example.org/future',
          title: 'Tomorrow',
          sharedOn: '2099-01-01',
        },
      },
      staff[2].accessToken,
    );
    expect(code(future)).toBe('BAD_USER_INPUT');
    const stranger = await t.gql(
      LOG_SHARE,
      {
        input: {
          campaignId: id,
          channel: 'BLOG',
          form: 'BLOG_POST',
          url: 'https://example.org/stranger',
          title: 'Me too',
          sharedOn: today,
        },
      },
      staff[3].accessToken,
    );
    expect(code(stranger)).toBe('BAD_USER_INPUT');
  });

  it('runs a campaign for chosen groups: their active members (and people listed) take part', async () => {
    const group = (await ok(CREATE_GROUP, { input: { name: 'Learning team' } }, staff[11])).createGroup;
    for (const i of [12, 13]) await ok(JOIN_GROUP, { groupId: group.id }, staff[i]);
    const created = {
      createCampaign: await createPastCampaign(t, admin, {
        name: 'Learning shares',
        startsOn: '2026-07-01',
        endsOn: '2026-09-30',
        audience: 'GROUPS',
        participantGroupIds: [group.id],
        participantMemberIds: [staff[30].member.id],
      }),
    };
    const nonSharers = await ok(
      CAMPAIGN_NON_SHARERS,
      { campaignId: created.createCampaign.id, on: '2026-09-15' },
      admin,
    );
    // m11–m13 posted in July and shared on LinkedIn in August, nothing in September; m30 never shared.
    expect(nonSharers.campaignNonSharers.memberIds).toEqual([11, 12, 13, 30].map((i) => staff[i].member.id).sort());
    const { campaignReport } = await ok(CAMPAIGN_REPORT, { campaignId: created.createCampaign.id }, admin);
    expect(campaignReport.periods.map((p: any) => [p.current.participants, p.current.shares])).toEqual([
      [4, 3],
      [4, 3],
      [4, 0],
    ]);
    const bad = (input: Record<string, unknown>) =>
      t.gql(
        CREATE_CAMPAIGN,
        { input: { name: 'G', startsOn: soon, endsOn: addDays(soon, 30), audience: 'GROUPS', ...input } },
        admin.accessToken,
      );
    expect(code(await bad({}))).toBe('BAD_USER_INPUT');
    expect(code(await bad({ participantGroupIds: ['00000000-0000-4000-8000-000000000000'] }))).toBe('NOT_FOUND');
  });

  it('refuses bad input clearly and loses nothing', async () => {
    const create = (input: Record<string, unknown>, who = admin) =>
      t.gql(
        CREATE_CAMPAIGN,
        { input: { name: 'X', startsOn: soon, endsOn: addDays(soon, 90), ...input } },
        who.accessToken,
      );
    expect(code(await create({ endsOn: addDays(soon, -1) }))).toBe('BAD_USER_INPUT');
    expect(code(await create({ startsOn: '2026-02-30' }))).toBe('BAD_USER_INPUT');
    expect(code(await create({ startsOn: 'next week' }))).toBe('BAD_USER_INPUT');
    expect(code(await create({ startsOn: '2026-07-01' }))).toBe('BAD_USER_INPUT');
    expect(code(await create({ endsOn: addDays(soon, 3 * 365) }))).toBe('BAD_USER_INPUT');
    expect(code(await create({ audience: 'PEOPLE', participantMemberIds: [] }))).toBe('BAD_USER_INPUT');
    expect(code(await create({ audience: 'PEOPLE', participantMemberIds: [outsider.member.id] }))).toBe('NOT_FOUND');
    expect(code(await create({}, staff[3]))).toBe('FORBIDDEN');

    const share = { channel: 'BLOG', form: 'BLOG_POST', title: 'Mine', sharedOn: '2026-07-20' };
    expect(code(await logShare(30, { ...share, url: 'https://x.example/1', sharedOn: '2026-06-30' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await logShare(30, { ...share, url: 'https://x.example/1', channel: 'INTERNAL' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await logShare(30, { ...share, url: 'not a url' }))).toBe('BAD_USER_INPUT');
    // Somebody else's URL is a conflict; logging one's own again updates it.
    expect(code(await logShare(30, { ...share, url: 'https://example.org/july/20' }))).toBe('CONFLICT');
    const again = await logShare(20, {
      channel: 'BLOG',
      form: 'BLOG_POST',
      url: 'https://example.org/july/20',
      title: 'July by 20 (retitled)',
      sharedOn: '2026-07-20',
    });
    expect(again.data!.logCampaignShare).toMatchObject({ title: 'July by 20 (retitled)', likes: 3 });
    const mine = await ok(CAMPAIGN_SHARES, { campaignId }, staff[20]);
    expect(mine.campaignShares.map((s: any) => s.url)).toEqual([
      'https://linkedin.example/aug/20',
      'https://example.org/july/20',
    ]);
    expect((await ok(CAMPAIGN_SHARES, { campaignId }, admin)).campaignShares).toHaveLength(30);

    // Someone else's share reads as missing; so does another organisation's campaign.
    const shareId = mine.campaignShares[1].id;
    expect(code(await t.gql(UPDATE_SHARE_INTERACTIONS, { input: { shareId, likes: 99 } }, staff[21].accessToken))).toBe(
      'NOT_FOUND',
    );
    expect(code(await t.gql(UPDATE_SHARE_INTERACTIONS, { input: { shareId, likes: -1 } }, staff[20].accessToken))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await t.gql(CAMPAIGN, { id: campaignId }, outsider.accessToken))).toBe('NOT_FOUND');
    expect(code(await t.gql(CAMPAIGN_REPORT, { campaignId }, outsider.accessToken))).toBe('NOT_FOUND');
    expect((await ok(CAMPAIGNS, { first: 10 }, outsider)).campaigns.edges).toEqual([]);
    expect((await ok(CAMPAIGNS, { first: 10 }, staff[7])).campaigns.edges.map((e: any) => e.node.id)).toContain(
      pilotId,
    );

    // A bad CSV line rejects the whole import.
    const bad = await t.gql(
      IMPORT_FOLLOWER_SNAPSHOTS,
      { csv: 'channel,takenOn,followers\nX_TWITTER,2026-11-01,700\nMYSPACE,2026-11-01,3' },
      admin.accessToken,
    );
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toContain('Line 3');
    const snapshots = (await ok(FOLLOWER_SNAPSHOTS, {}, admin)).followerSnapshots;
    expect(snapshots).toHaveLength(8);
    expect(snapshots.find((s: any) => s.takenOn === '2026-11-01')).toBeUndefined();
  });
});
