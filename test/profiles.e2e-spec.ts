import { withScope } from '@crowdcomms/data-access';
import { ProfilesService } from '@crowdcomms/profiles';
import { RequestContext } from '@crowdcomms/request-context';
import {
  ACCEPT,
  AUDIT_LOG,
  DEACTIVATE,
  EXPORT_AUDIT_LOG,
  EXPORT_SKILLS_GAP_REPORT,
  INVITE,
  MY_PROFILE,
  PEOPLE_SEARCH,
  PEOPLE_SEARCH_FACETS,
  PROFILE,
  PROFILE_VIEWERS,
  SET_DEFAULT_PROFILE_VISIBILITY,
  UPDATE_MY_PROFILE,
  UPDATE_MY_PROFILE_PRIVACY,
} from './utils/operations';
import { inviteAndJoin, PASSWORD, Session, signUpAdmin, storedInvitationToken, uniqueEmail } from './utils/story';
import { createTestApp, TestApp } from './utils/test-app';

/** Invites someone with an exact display name (inviteAndJoin names everyone "<x> person"). */
async function join(
  t: TestApp,
  admin: Session,
  displayName: string,
  roles: string[] = ['MEMBER'],
  placement: Record<string, string> = {},
): Promise<Session> {
  const email = uniqueEmail(displayName.split(' ')[0].toLowerCase());
  const invited = await t.gql(INVITE, { input: { email, roles, ...placement } }, admin.accessToken);
  if (invited.errors) throw new Error(JSON.stringify(invited.errors));
  const token = await storedInvitationToken(t, email);
  const res = await t.gql<{ acceptInvitation: Session }>(ACCEPT, { input: { token, password: PASSWORD, displayName } });
  if (!res.data?.acceptInvitation) throw new Error(JSON.stringify(res.errors));
  return res.data.acceptInvitation;
}

const names = (res: any): string[] => res.data.peopleSearch.edges.map((e: any) => e.node.displayName);
const sorted = (xs: string[]) => [...xs].sort();
const code = (res: any): string | undefined => res.errors?.[0]?.extensions?.code;

describe('skills profiles, privacy, people search and audit', () => {
  let t: TestApp;
  let admin: Session;
  let hr: Session;
  let comms: Session;
  let marie: Session;
  let ben: Session;
  let priya: Session;
  let tom: Session;
  const skill: Record<string, string> = {};

  /** Sets a profile through the API, as its member would. */
  async function fill(who: Session, input: Record<string, unknown>, visibility?: string): Promise<any> {
    const res = await t.gql(UPDATE_MY_PROFILE, { input }, who.accessToken);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    if (visibility) {
      const privacy = await t.gql(UPDATE_MY_PROFILE_PRIVACY, { input: { visibility } }, who.accessToken);
      if (privacy.errors) throw new Error(JSON.stringify(privacy.errors));
    }
    return res.data!.updateMyProfile;
  }
  const has = (slug: string, level: number, years?: number) => ({ skillId: skill[slug], level, years });
  const search = (who: Session, variables: Record<string, unknown>) => t.gql(PEOPLE_SEARCH, variables, who.accessToken);
  const twitter = (minLevel = 1) => ({ skills: [{ skillId: skill['x-twitter'], minLevel }] });

  beforeAll(async () => {
    t = await createTestApp();
    const ds = t.db;
    const rows: { id: string; slug: string }[] = await ds.query(
      `SELECT id, slug FROM skill WHERE organisation_id IS NULL AND slug = ANY($1)`,
      [['x-twitter', 'search-engine-optimisation', 'copywriting', 'podcasting']],
    );
    for (const r of rows) skill[r.slug] = r.id;

    admin = await signUpAdmin(t, 'Northwind Council');
    hr = await join(t, admin, 'Hana Reid', ['HR', 'MEMBER'], { department: 'People' });
    comms = await join(t, admin, 'Colm Ayres', ['COMMS', 'MEMBER'], { department: 'Comms' });
    marie = await join(t, admin, 'Marie Smyth', ['MEMBER'], { department: 'Digital', grade: 'G7', location: 'Leeds' });
    ben = await join(t, admin, 'Ben Okafor', ['MEMBER'], { department: 'Digital', grade: 'G6', location: 'York' });
    priya = await join(t, admin, 'Priya Shah', ['MEMBER'], { department: 'Finance', grade: 'G7', location: 'Leeds' });
    tom = await join(t, admin, 'Tom Evans', ['MEMBER'], { department: 'Finance', grade: 'G6', location: 'York' });

    // The hand-built fixture every search test below reasons about.
    await fill(
      marie,
      {
        headline: 'Social media lead for the council',
        bio: 'I run our corporate accounts and write for the web.',
        interests: ['gardening', 'running'],
        availableHoursPerMonth: 10,
        skills: [has('x-twitter', 4, 6), has('search-engine-optimisation', 3), has('copywriting', 2)],
        wantsToDevelop: [skill['podcasting']],
      },
      'ORGANISATION',
    );
    await fill(ben, {
      headline: 'Web editor',
      availableHoursPerMonth: 4,
      skills: [has('x-twitter', 5), has('copywriting', 4)],
      wantsToDevelop: [skill['search-engine-optimisation']],
    }); // stays HR_ONLY, the organisation default
    await fill(
      priya,
      {
        headline: 'Finance analyst',
        availableHoursPerMonth: 20,
        skills: [has('x-twitter', 5), has('search-engine-optimisation', 5)],
      },
      'PRIVATE',
    );
    await fill(
      tom,
      {
        headline: 'Podcast host',
        availableHoursPerMonth: 6,
        skills: [has('x-twitter', 2), has('podcasting', 3)],
        wantsToDevelop: [skill['search-engine-optimisation']],
      },
      'ORGANISATION',
    );
    const leaver = await join(t, admin, 'Lee Vance', ['MEMBER'], { department: 'Digital', grade: 'G7' });
    await fill(leaver, { skills: [has('x-twitter', 5)] }, 'ORGANISATION');
    await t.gql(DEACTIVATE, { id: leaver.member.id }, admin.accessToken);
  });
  afterAll(() => t.close());

  describe('a profile', () => {
    it('is created on first read with the organisation default (HR_ONLY), no consent, and says what is missing', async () => {
      const me = await t.gql(MY_PROFILE, {}, comms.accessToken);
      expect(me.errors).toBeUndefined();
      const p = me.data!.myProfile;
      expect(p).toMatchObject({
        memberId: comms.member.id,
        displayName: 'Colm Ayres',
        department: 'Comms',
        visibility: 'HR_ONLY',
        interestsTargetingConsent: false,
        skills: [],
        wantsToDevelop: [],
        interests: [],
        links: [],
      });
      expect(p.completeness).toEqual({
        score: 0,
        missing: ['SKILLS', 'BIO', 'HEADLINE', 'AVAILABILITY', 'WANTS_TO_DEVELOP', 'INTERESTS', 'CV', 'PHOTO', 'LINKS'],
      });
    });

    it('keeps skills I have, skills I want to develop and interests apart, with named levels and a score', async () => {
      const me = (await t.gql(MY_PROFILE, {}, marie.accessToken)).data!.myProfile;
      expect(me.skills.map((s: any) => [s.skill.slug, s.level, s.levelName])).toEqual([
        ['x-twitter', 4, 'PROFICIENT'],
        ['search-engine-optimisation', 3, 'COMPETENT'],
        ['copywriting', 2, 'BEGINNER'],
      ]);
      expect(me.skills[0].years).toBe(6);
      expect(me.wantsToDevelop.map((s: any) => s.slug)).toEqual(['podcasting']);
      expect(me.interests).toEqual(['gardening', 'running']);
      expect(me).toMatchObject({ grade: 'G7', location: 'Leeds', visibility: 'ORGANISATION' });
      // skills 25 + bio 15 + headline 10 + availability 10 + wants 10 + interests 10 = 80
      expect(me.completeness).toEqual({ score: 80, missing: ['CV', 'PHOTO', 'LINKS'] });
    });

    it('stores links with validated URLs, and a photo, and completes the score', async () => {
      const updated = await fill(marie, {
        cvText: 'Ten years in digital communications.',
        photoUrl: 'https://images.example.org/marie.jpg',
        links: [
          { kind: 'BLOG', url: 'https://marie.example.org' },
          { kind: 'X_TWITTER', url: 'https://x.com/mariesmyth' },
        ],
      });
      expect(updated.links).toEqual([
        { kind: 'BLOG', url: 'https://marie.example.org' },
        { kind: 'X_TWITTER', url: 'https://x.com/mariesmyth' },
      ]);
      expect(updated.completeness).toEqual({ score: 100, missing: [] });
      // Fields left out are unchanged.
      expect(updated.skills).toHaveLength(3);
      expect(updated.headline).toBe('Social media lead for the council');
    });

    it('refuses bad input with BAD_USER_INPUT and keeps what was stored', async () => {
      const before = (await t.gql(MY_PROFILE, {}, marie.accessToken)).data!.myProfile;
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ skills: [has('x-twitter', 6)] }, /level must be between 1 and 5/],
        [{ skills: [has('x-twitter', 0)] }, /level must be between 1 and 5/],
        [{ skills: [{ skillId: '00000000-0000-4000-8000-000000000000', level: 3 }] }, /Unknown skill/],
        [{ skills: [{ skillId: 'not-a-uuid', level: 3 }] }, /skillId must be a skill id/],
        [{ wantsToDevelop: ['00000000-0000-4000-8000-000000000001'] }, /Unknown skill/],
        [{ links: [{ kind: 'BLOG', url: 'javascript:alert(1)' }] }, /url must be a web address/],
        [{ links: [{ kind: 'WEBSITE', url: 'not a url' }] }, /url must be a web address/],
        [{ photoUrl: 'ftp://example.org/me.png' }, /photoUrl must be a web address/],
        [{ bio: 'x'.repeat(4001) }, /bio must be shorter than or equal to 4000 characters/],
        [{ cvText: 'x'.repeat(20001) }, /cvText must be shorter/],
        [{ headline: 'x'.repeat(161) }, /headline must be shorter/],
        [{ availableHoursPerMonth: 500 }, /availableHoursPerMonth must not be greater than 200/],
        [{ interests: ['!!!'] }, /each interest must contain a letter or digit/],
        [{ skills: [has('x-twitter', 2), has('x-twitter', 3)] }, /each skill may appear once/],
      ];
      for (const [input, message] of cases) {
        const res = await t.gql(UPDATE_MY_PROFILE, { input }, marie.accessToken);
        expect({ input, code: code(res) }).toEqual({ input, code: 'BAD_USER_INPUT' });
        expect(res.errors![0].message).toMatch(message);
      }
      const after = (await t.gql(MY_PROFILE, {}, marie.accessToken)).data!.myProfile;
      expect(after).toEqual(before);
    });
  });

  describe('privacy', () => {
    it('shows each visibility level to member, comms and HR as the member chose', async () => {
      const viewers = { self: null, comms: () => comms, hr: () => hr, member: () => tom };
      // Who can see Ben (HR_ONLY), Marie (ORGANISATION), Priya (PRIVATE)?
      const expected: Record<string, Record<string, boolean>> = {
        ben: { comms: false, hr: true, member: false },
        marie: { comms: true, hr: true, member: true },
        priya: { comms: false, hr: false, member: false },
      };
      const subjects = { ben: () => ben, marie: () => marie, priya: () => priya };
      for (const [subjectName, subject] of Object.entries(subjects)) {
        // The member always sees their whole profile.
        const own = await t.gql(MY_PROFILE, {}, subject().accessToken);
        expect(own.data!.myProfile.skills.length).toBeGreaterThan(0);
        const self = await t.gql(PROFILE, { memberId: subject().member.id }, subject().accessToken);
        expect(self.data!.profile.memberId).toBe(subject().member.id);
        for (const [viewerName, viewer] of Object.entries(viewers)) {
          if (!viewer) continue;
          const res = await t.gql(PROFILE, { memberId: subject().member.id }, viewer().accessToken);
          const sees = expected[subjectName][viewerName];
          expect({ subjectName, viewerName, sees: !res.errors }).toEqual({ subjectName, viewerName, sees });
          if (sees) expect(res.data!.profile.skills.length).toBeGreaterThan(0);
          else expect(code(res)).toBe('NOT_FOUND');
        }
      }
    });

    it('lets the member change visibility and consent, and only admins the default (never ORGANISATION)', async () => {
      const consent = await t.gql(
        UPDATE_MY_PROFILE_PRIVACY,
        { input: { interestsTargetingConsent: true } },
        tom.accessToken,
      );
      expect(consent.data!.updateMyProfilePrivacy).toMatchObject({
        visibility: 'ORGANISATION',
        interestsTargetingConsent: true,
      });
      // Targeting by interest uses only consenting members: Marie likes running too but never consented.
      await fill(tom, { interests: ['Running'] });
      const profiles = t.app.get(ProfilesService);
      const ctx = { organisationId: admin.organisation.id } as RequestContext;
      // Called as a job of the organisation would call it.
      expect(await withScope(ctx, () => profiles.membersToTargetByInterest(ctx, 'running'))).toEqual([tom.member.id]);

      expect(code(await t.gql(SET_DEFAULT_PROFILE_VISIBILITY, { visibility: 'PRIVATE' }, hr.accessToken))).toBe(
        'FORBIDDEN',
      );
      const org = await t.gql(SET_DEFAULT_PROFILE_VISIBILITY, { visibility: 'ORGANISATION' }, admin.accessToken);
      expect(code(org)).toBe('BAD_USER_INPUT');
      const set = await t.gql(SET_DEFAULT_PROFILE_VISIBILITY, { visibility: 'PRIVATE' }, admin.accessToken);
      expect(set.data!.setDefaultProfileVisibility).toBe('PRIVATE');
      const newcomer = await inviteAndJoin(t, admin, 'newcomer');
      const fresh = await t.gql(MY_PROFILE, {}, newcomer.accessToken);
      expect(fresh.data!.myProfile.visibility).toBe('PRIVATE');
      expect(code(await t.gql(PROFILE, { memberId: newcomer.member.id }, hr.accessToken))).toBe('NOT_FOUND');
      // Existing profiles keep their visibility.
      expect((await t.gql(PROFILE, { memberId: ben.member.id }, hr.accessToken)).data!.profile.visibility).toBe(
        'HR_ONLY',
      );
      await t.gql(SET_DEFAULT_PROFILE_VISIBILITY, { visibility: 'HR_ONLY' }, admin.accessToken);
    });
  });

  describe('people search', () => {
    it('shows HR the HR_ONLY and ORGANISATION profiles, everyone else only ORGANISATION; hidden ones never', async () => {
      const byHr = await search(hr, { filter: twitter() });
      expect(byHr.errors).toBeUndefined();
      expect(sorted(names(byHr))).toEqual(['Ben Okafor', 'Marie Smyth', 'Tom Evans']);
      expect(byHr.data!.peopleSearch).toMatchObject({ totalCount: 3, totalCountIsExact: true });
      for (const who of [comms, admin, tom]) {
        const res = await search(who, { filter: twitter() });
        expect(sorted(names(res))).toEqual(['Marie Smyth', 'Tom Evans']);
        expect(res.data!.peopleSearch.totalCount).toBe(2);
      }
    });

    it('counts facets over the whole filtered result, without hidden profiles', async () => {
      const res = await t.gql(PEOPLE_SEARCH_FACETS, { filter: twitter() }, hr.accessToken);
      expect(res.errors).toBeUndefined();
      const f = res.data!.peopleSearch.facets;
      // Priya (PRIVATE) and Lee (deactivated) also hold x-twitter and SEO: they must not count.
      expect(f.skills.map((s: any) => [s.skill.slug, s.count])).toEqual([
        ['x-twitter', 3],
        ['copywriting', 2],
        ['podcasting', 1],
        ['search-engine-optimisation', 1],
      ]);
      expect(f.departments).toEqual([
        { value: 'Digital', count: 2 },
        { value: 'Finance', count: 1 },
      ]);
      expect(f.grades).toEqual([
        { value: 'G6', count: 2 },
        { value: 'G7', count: 1 },
      ]);
      const asComms = (await t.gql(PEOPLE_SEARCH_FACETS, { filter: twitter() }, comms.accessToken)).data!.peopleSearch;
      expect(asComms.totalCount).toBe(2);
      expect(asComms.facets.departments).toEqual([
        { value: 'Digital', count: 1 },
        { value: 'Finance', count: 1 },
      ]);
    });

    it('applies minimum levels and requires every skill filter to hold', async () => {
      const cases: [Record<string, unknown>, string[]][] = [
        [twitter(4), ['Ben Okafor', 'Marie Smyth']],
        [twitter(5), ['Ben Okafor']],
        [
          {
            skills: [
              { skillId: skill['x-twitter'], minLevel: 4 },
              { skillId: skill['copywriting'], minLevel: 3 },
            ],
          },
          ['Ben Okafor'],
        ],
        [
          {
            skills: [
              { skillId: skill['x-twitter'], minLevel: 2 },
              { skillId: skill['podcasting'], minLevel: 3 },
            ],
          },
          ['Tom Evans'],
        ],
        [{ skills: [{ skillId: skill['search-engine-optimisation'], minLevel: 4 }] }, []],
        [{ wantsToDevelop: skill['search-engine-optimisation'] }, ['Ben Okafor', 'Tom Evans']],
        [{ ...twitter(), department: 'Finance' }, ['Tom Evans']],
        [{ ...twitter(), grade: 'G6' }, ['Ben Okafor', 'Tom Evans']],
        [{ ...twitter(), location: 'Leeds' }, ['Marie Smyth']],
        [{ ...twitter(), minAvailableHours: 5 }, ['Marie Smyth', 'Tom Evans']],
      ];
      for (const [filter, expected] of cases) {
        const res = await search(hr, { filter });
        expect(res.errors).toBeUndefined();
        expect({ filter, found: sorted(names(res)) }).toEqual({ filter, found: expected });
        expect(res.data!.peopleSearch.totalCount).toBe(expected.length);
      }
    });

    it('ranks full text over headline, bio, skills and interests', async () => {
      const social = await search(hr, { query: 'social media lead' });
      expect(names(social)[0]).toBe('Marie Smyth');
      expect(social.data!.peopleSearch.edges[0].node.score).toBeGreaterThan(0);
      // Interests are searchable only with the member's targeting consent (Marie has not given it).
      expect(names(await search(hr, { query: 'gardening' }))).toEqual([]);
      expect(sorted(names(await search(hr, { query: 'copywriting' })))).toEqual(['Ben Okafor', 'Marie Smyth']);
      // Aliases of skills are searchable: "tweeting" is an alias of X (Twitter).
      expect(sorted(names(await search(comms, { query: 'tweeting' })))).toEqual(['Marie Smyth', 'Tom Evans']);
      expect(names(await search(hr, { query: 'podcast', filter: twitter(2) }))).toEqual(['Tom Evans']);
    });

    it('searches interests only while their owner consents to targeting', async () => {
      const consent = (given: boolean) =>
        t.gql(UPDATE_MY_PROFILE_PRIVACY, { input: { interestsTargetingConsent: given } }, marie.accessToken);
      expect((await consent(true)).errors).toBeUndefined();
      expect(names(await search(hr, { query: 'gardening' }))).toEqual(['Marie Smyth']);
      expect((await consent(false)).errors).toBeUndefined();
      expect(names(await search(hr, { query: 'gardening' }))).toEqual([]);
      // Her other words still find her.
      expect(names(await search(hr, { query: 'council' }))).toEqual(['Marie Smyth']);
    });

    it('finds "Marie Smyth" from "mari smith"', async () => {
      const res = await search(comms, { name: 'mari smith' });
      expect(res.errors).toBeUndefined();
      expect(names(res)[0]).toBe('Marie Smyth');
      expect(names(res)).not.toContain('Priya Shah');
      // …but not someone whose profile is hidden from the searcher.
      expect(names(await search(comms, { name: 'priya shah' }))).toEqual([]);
      expect(names(await search(hr, { name: 'bn okafor' }))).toEqual(['Ben Okafor']);
    });

    it('pages in a stable order with Relay cursors', async () => {
      for (const variables of [{ filter: twitter() }, { query: 'twitter' }]) {
        const all = names(await search(hr, { ...variables, first: 10 }));
        const seen: string[] = [];
        let after: string | undefined;
        for (;;) {
          const page = await search(hr, { ...variables, first: 1, after });
          expect(page.errors).toBeUndefined();
          seen.push(...names(page));
          if (!page.data!.peopleSearch.pageInfo.hasNextPage) break;
          after = page.data!.peopleSearch.pageInfo.endCursor;
        }
        expect(seen).toEqual(all);
        expect(seen).toHaveLength(3);
      }
    });

    it('answers pathological input with an empty result or BAD_USER_INPUT, never a server error', async () => {
      const empty = [
        '!!!',
        '*:* & | !',
        "'; DROP TABLE profile; --",
        "x' OR 1=1 --",
        'twitter & !(copywriting | seo):*',
        '(((((((',
        'the and of',
        '\u0000\u0001',
      ];
      for (const query of empty) {
        const res = await search(hr, { query });
        expect({ query, errors: res.errors }).toEqual({ query, errors: undefined });
      }
      expect(names(await search(hr, { query: '!!!' }))).toEqual([]);
      // tsquery operators are just words: this finds people who know both.
      expect(sorted(names(await search(hr, { query: 'twitter & copywriting' })))).toEqual([
        'Ben Okafor',
        'Marie Smyth',
      ]);
      const long = await search(hr, { query: 'a'.repeat(10_000) });
      expect(code(long)).toBe('BAD_USER_INPUT');
      expect(code(await search(hr, { filter: twitter(6) }))).toBe('BAD_USER_INPUT');
      expect(code(await search(hr, { filter: twitter(0) }))).toBe('BAD_USER_INPUT');
      const unknown = await search(hr, {
        filter: { skills: [{ skillId: '00000000-0000-4000-8000-000000000000', minLevel: 1 }] },
      });
      expect(code(unknown)).toBe('BAD_USER_INPUT');
      expect(code(await search(hr, { first: 101 }))).toBe('BAD_USER_INPUT');
      expect(code(await search(hr, { after: 'garbage' }))).toBe('BAD_USER_INPUT');
      // A cursor from a name-ordered search cannot continue a ranked one.
      const page = await search(hr, { filter: twitter(), first: 1 });
      const cursor = page.data!.peopleSearch.pageInfo.endCursor;
      expect(code(await search(hr, { query: 'twitter', after: cursor }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('audit', () => {
    it('records every search and every view of someone else’s profile; members see who looked', async () => {
      await search(hr, { query: 'audited words', filter: twitter(4) });
      const view = await t.gql(PROFILE, { memberId: marie.member.id }, hr.accessToken);
      expect(view.errors).toBeUndefined();
      await t.gql(PROFILE, { memberId: marie.member.id }, comms.accessToken);
      // Looking at yourself is not a view by someone else.
      await t.gql(PROFILE, { memberId: marie.member.id }, marie.accessToken);

      const viewers = await t.gql(PROFILE_VIEWERS, { first: 50 }, marie.accessToken);
      expect(viewers.errors).toBeUndefined();
      const seen = viewers.data!.profileViewers.edges.map((e: any) => e.node);
      expect(seen.every((e: any) => e.subjectMemberId === marie.member.id)).toBe(true);
      const opened = seen.filter((e: any) => e.action === 'VIEW');
      expect(opened[0]).toMatchObject({ actorName: 'Colm Ayres', actorMemberId: comms.member.id });
      expect(opened[1]).toMatchObject({ actorName: 'Hana Reid', actorMemberId: hr.member.id });
      expect(seen.map((e: any) => e.actorMemberId)).not.toContain(marie.member.id);
      // Ben sees none of Marie's viewers.
      const bens = await t.gql(PROFILE_VIEWERS, {}, ben.accessToken);
      expect(bens.data!.profileViewers.edges.every((e: any) => e.node.subjectMemberId === ben.member.id)).toBe(true);

      const log = await t.gql(AUDIT_LOG, { first: 100, filter: { action: 'SEARCH' } }, admin.accessToken);
      expect(log.errors).toBeUndefined();
      const searchRow = log
        .data!.auditLog.edges.map((e: any) => e.node)
        .find((e: any) => e.query?.query === 'audited words');
      expect(searchRow).toMatchObject({
        action: 'SEARCH',
        actorMemberId: hr.member.id,
        actorName: 'Hana Reid',
        subjectMemberId: null,
      });
      expect(searchRow.query.filter.skills).toEqual([{ skillId: skill['x-twitter'], minLevel: 4 }]);
      expect(new Date(searchRow.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

      const views = await t.gql(
        AUDIT_LOG,
        { filter: { action: 'VIEW', subjectMemberId: marie.member.id } },
        admin.accessToken,
      );
      expect(views.data!.auditLog.totalCount).toBeGreaterThanOrEqual(2);
    });

    it('shows members each HR, comms or admin search that found them, with what was searched', async () => {
      const found = async (who: Session) =>
        (await t.gql(PROFILE_VIEWERS, { first: 50 }, who.accessToken))
          .data!.profileViewers.edges.map((e: any) => e.node)
          .filter((e: any) => e.action === 'FOUND' && e.query?.query === 'corporate accounts');

      const byHr = await search(hr, { query: 'corporate accounts', filter: twitter(2) });
      expect(byHr.data!.peopleSearch.edges.map((e: any) => e.node.memberId)).toContain(marie.member.id);
      await search(hr, { query: 'corporate accounts' }); // the same words again, unfiltered: still one line for Marie
      await search(comms, { query: 'corporate accounts' });
      await search(ben, { query: 'corporate accounts' }); // a colleague looking for help is not recorded against Marie

      const marieFound = await found(marie);
      expect(marieFound).toHaveLength(2);
      expect(marieFound[0]).toMatchObject({ actorName: 'Colm Ayres', subjectMemberId: marie.member.id });
      expect(marieFound[1]).toMatchObject({ actorName: 'Hana Reid', subjectMemberId: marie.member.id });
      expect(marieFound[1].query.filter.skills).toEqual([{ skillId: skill['x-twitter'], minLevel: 2 }]);
      // Neither the private profile nor the searchers themselves appear.
      expect(await found(priya)).toHaveLength(0);
      expect(await found(hr)).toHaveLength(0);

      const log = await t.gql(
        AUDIT_LOG,
        { first: 100, filter: { action: 'FOUND', subjectMemberId: marie.member.id } },
        admin.accessToken,
      );
      expect(log.data!.auditLog.edges.filter((e: any) => e.node.query?.query === 'corporate accounts')).toHaveLength(2);
    });

    it('records every CSV download that contains people', async () => {
      const input = { from: '2026-01-01', to: '2026-12-31' };
      const csv = await t.gql(EXPORT_SKILLS_GAP_REPORT, { input }, hr.accessToken);
      expect(csv.errors).toBeUndefined();
      const log = await t.gql(AUDIT_LOG, { first: 10, filter: { action: 'EXPORT' } }, admin.accessToken);
      expect(log.data!.auditLog.edges[0].node).toMatchObject({
        action: 'EXPORT',
        actorMemberId: hr.member.id,
        query: { export: 'SKILLS_GAP', input },
      });
    });

    it('lets only admins read and export the log, and records the export', async () => {
      for (const who of [hr, comms, marie]) {
        expect(code(await t.gql(AUDIT_LOG, {}, who.accessToken))).toBe('FORBIDDEN');
        expect(code(await t.gql(EXPORT_AUDIT_LOG, {}, who.accessToken))).toBe('FORBIDDEN');
      }
      const csv: string = (await t.gql(EXPORT_AUDIT_LOG, {}, admin.accessToken)).data!.exportAuditLog;
      const lines = csv.trimEnd().split('\r\n');
      expect(lines[0]).toBe('when,action,actor_member_id,actor_name,subject_member_id,subject_name,query');
      expect(lines.some((l) => l.includes(',VIEW,') && l.includes('Hana Reid') && l.includes('Marie Smyth'))).toBe(
        true,
      );
      expect(lines.some((l) => l.includes(',SEARCH,') && l.includes('audited words'))).toBe(true);
      const exports = await t.gql(AUDIT_LOG, { filter: { action: 'EXPORT' } }, admin.accessToken);
      expect(exports.data!.auditLog.edges[0].node).toMatchObject({ action: 'EXPORT', actorMemberId: admin.member.id });
    });
  });

  describe('the organisation boundary', () => {
    let other: Session;
    let otherHr: Session;

    beforeAll(async () => {
      other = await signUpAdmin(t, 'Southmoor Trust');
      otherHr = await join(t, other, 'Olu Hart', ['HR', 'MEMBER'], { department: 'Digital' });
      await fill(otherHr, { headline: 'Twitter person', skills: [has('x-twitter', 5)] }, 'ORGANISATION');
    });

    it('keeps every profile, search, count, facet and log of one organisation out of another', async () => {
      for (const id of [marie.member.id, ben.member.id]) {
        const res = await t.gql(PROFILE, { memberId: id }, otherHr.accessToken);
        expect(code(res)).toBe('NOT_FOUND');
        expect(res.errors![0].message).toBe('Profile not found');
      }
      const missing = await t.gql(PROFILE, { memberId: '00000000-0000-4000-8000-000000000000' }, otherHr.accessToken);
      expect(missing.errors![0]).toMatchObject({ message: 'Profile not found', extensions: { code: 'NOT_FOUND' } });

      const found = await search(otherHr, { filter: { skills: [{ skillId: skill['x-twitter'] }] } });
      expect(names(found)).toEqual(['Olu Hart']);
      expect(found.data!.peopleSearch.totalCount).toBe(1);
      expect(names(await search(otherHr, { name: 'mari smith' }))).toEqual([]);
      const facets = await t.gql(PEOPLE_SEARCH_FACETS, { filter: twitter() }, otherHr.accessToken);
      expect(facets.data!.peopleSearch.facets.departments).toEqual([{ value: 'Digital', count: 1 }]);

      const log = await t.gql(AUDIT_LOG, { first: 100 }, other.accessToken);
      const actors = log.data!.auditLog.edges.map((e: any) => e.node.actorMemberId);
      expect(actors).not.toContain(hr.member.id);
      expect(actors).toContain(otherHr.member.id);
      const csv: string = (await t.gql(EXPORT_AUDIT_LOG, {}, other.accessToken)).data!.exportAuditLog;
      expect(csv).not.toContain('Hana Reid');
      const viewers = await t.gql(PROFILE_VIEWERS, {}, otherHr.accessToken);
      expect(viewers.data!.profileViewers.totalCount).toBe(0);
    });
  });
});
