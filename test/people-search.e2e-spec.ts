import {
  COUNT_CAP,
  facetCounts,
  facetsStatement,
  PeopleSearchCriteria,
  RANK_CANDIDATES,
  REFRESH_SEARCH_FIELDS_SQL,
  searchStatements,
  skillToken,
} from '@crowdcomms/profiles';
import { DataSource } from 'typeorm';
import {
  ACCEPT,
  DEACTIVATE,
  INVITE,
  PEOPLE_SEARCH,
  PEOPLE_SEARCH_FACETS,
  REACTIVATE,
  UPDATE_MY_PROFILE,
  UPDATE_MY_PROFILE_PRIVACY,
} from './utils/operations';
import { PASSWORD, Session, signUpAdmin, storedInvitationToken, uniqueEmail } from './utils/story';
import { createTestApp, TestApp } from './utils/test-app';

/**
 * The guarantees of the bounded search plans (libs/profiles/src/search/people-search.query.ts)
 * on an organisation larger than RANK_CANDIDATES, loaded in SQL as the benchmark does:
 * which matches are ranked when there are more than RANK_CANDIDATES, that words, skill filters and
 * audiences find exactly the obvious matches through the search keys, that name search over distinct names equals
 * scoring every person, that privacy changes reach the search at once, and that facets are exact up to their cap
 * (FACETS_CAP here, small) and estimates, said to be, past it.
 */
async function join(t: TestApp, admin: Session, displayName: string, roles: string[] = ['MEMBER']): Promise<Session> {
  const email = uniqueEmail(displayName.split(' ')[0].toLowerCase());
  const invited = await t.gql(INVITE, { input: { email, roles } }, admin.accessToken);
  if (invited.errors) throw new Error(JSON.stringify(invited.errors));
  const token = await storedInvitationToken(t, email);
  const res = await t.gql<{ acceptInvitation: Session }>(ACCEPT, { input: { token, password: PASSWORD, displayName } });
  if (!res.data?.acceptInvitation) throw new Error(JSON.stringify(res.errors));
  return res.data.acceptInvitation;
}

const FIRST = ['Ada', 'Bela', 'Cora', 'Dev', 'Eli', 'Fay', 'Gus', 'Hal', 'Ivo', 'Jun', 'Kai', 'Lou'];
const LAST = ['Lantern', 'Lanterne', 'Latham', 'Lawson', 'Larkin', 'Lambert', 'Langley', 'Lanthorn', 'Marsh', 'North'];
const PEOPLE = 1_250;
/**
 * Facets count exactly up to this many matches here; past it they are estimated from a sample that stops at its
 * (FACETS_CAP + 1)-th match (or after FACET_SAMPLE_FACTOR × FACETS_CAP rows).
 */
const FACETS_CAP = 150;

describe('people search at scale: bounded plans, same answers', () => {
  let t: TestApp;
  let ds: DataSource;
  let admin: Session;
  let hr: Session;
  let org: string;

  beforeAll(async () => {
    t = await createTestApp({ PEOPLE_SEARCH_FACETS_EXACT_UP_TO: String(FACETS_CAP) });
    ds = t.db;
    admin = await signUpAdmin(t, 'Lanternfield Council');
    hr = await join(t, admin, 'Hattie Reyes', ['HR', 'MEMBER']);
    org = admin.organisation.id;

    // 1 250 people, most of whom mention "lantern" somewhere, with varied skill strengths and visibilities.
    const skills: { id: string }[] = await ds.query(
      `SELECT id FROM skill WHERE organisation_id IS NULL ORDER BY num LIMIT 12`,
    );
    const rows = Array.from({ length: PEOPLE }, (_, i) => ({
      name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`,
      headline: i % 5 === 0 ? 'Lantern festival producer' : i % 3 === 0 ? 'Lantern walks and lantern making' : 'Events',
      bio: i % 7 === 0 ? 'Nothing to do with it' : 'I once carried a lantern in a parade.',
      visibility: i % 10 === 0 ? 'PRIVATE' : i % 2 ? 'ORGANISATION' : 'HR_ONLY',
      status: i % 33 === 0 ? 'DEACTIVATED' : 'ACTIVE',
      skills: skills.slice(0, 1 + (i % 9)).map((s, k) => ({ id: s.id, level: 1 + ((i + k) % 5) })),
    }));
    // Ids as random as gen_random_uuid()'s (an md5 each) but the same every run, so the estimates below (a uniform
    // sample is only as uniform as the ids) are the same every run too.
    const ids: { m: string; p: string }[] = await ds.query(
      `SELECT md5('lanternfield member ' || i)::uuid AS m, md5('lanternfield profile ' || i)::uuid AS p
         FROM generate_series(1, $1) i`,
      [PEOPLE],
    );
    await ds.query(
      `INSERT INTO membership (id, organisation_id, user_id, roles, status)
       SELECT m, $1, gen_random_uuid(), '{MEMBER}', s FROM unnest($2::uuid[], $3::text[]) AS t(m, s)`,
      [org, ids.map((x) => x.m), rows.map((r) => r.status)],
    );
    await ds.query(
      `INSERT INTO profile (id, organisation_id, membership_id, display_name, headline, bio, visibility)
       SELECT p, $1, m, n, h, b, v FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[])
         AS t(p, m, n, h, b, v)`,
      [
        org,
        ids.map((x) => x.p),
        ids.map((x) => x.m),
        rows.map((r) => r.name),
        rows.map((r) => r.headline),
        rows.map((r) => r.bio),
        rows.map((r) => r.visibility),
      ],
    );
    const ps = rows.flatMap((r, i) => r.skills.map((s) => ({ p: ids[i].p, s: s.id, l: s.level })));
    await ds.query(
      `INSERT INTO profile_skill (organisation_id, profile_id, skill_id, kind, level)
       SELECT $1, p, s, 'HAS', l FROM unnest($2::uuid[], $3::uuid[], $4::int[]) AS t(p, s, l)`,
      [org, ps.map((x) => x.p), ps.map((x) => x.s), ps.map((x) => x.l)],
    );
    await ds.query(REFRESH_SEARCH_FIELDS_SQL, [org, null]);
    // Statistics, so the broad plan can be chosen (it reads the most common elements).
    await ds.query('ANALYZE profile');
  });
  afterAll(() => t.close());

  /** What HR's search asks for: `changes` on top of nothing but the organisation and HR's audience. */
  const criteriaFor = (changes: Partial<PeopleSearchCriteria>): PeopleSearchCriteria => ({
    organisationId: org,
    visibilities: ['HR_ONLY', 'ORGANISATION'],
    text: null,
    name: null,
    requiredTokens: [],
    department: null,
    grade: null,
    location: null,
    minAvailableHours: null,
    ...changes,
  });

  /** Every visible match for HR, computed the obvious way. */
  const visible = `FROM profile p JOIN membership m ON m.organisation_id = p.organisation_id AND m.id = p.membership_id
                  WHERE p.organisation_id = $1 AND m.status = 'ACTIVE' AND p.visibility IN ('HR_ONLY', 'ORGANISATION')`;

  async function pages(variables: Record<string, unknown>, first = 100) {
    const seen: { memberId: string; score: number }[] = [];
    let after: string | null = null;
    let totals: { totalCount: number; totalCountIsExact: boolean } | null = null;
    for (let i = 0; i < 20; i++) {
      const res: { data?: any; errors?: unknown } = await t.gql(
        PEOPLE_SEARCH,
        { ...variables, first, after },
        hr.accessToken,
      );
      expect(res.errors).toBeUndefined();
      const page: any = res.data!.peopleSearch;
      totals ??= { totalCount: page.totalCount, totalCountIsExact: page.totalCountIsExact };
      seen.push(...page.edges.map((e: any) => ({ memberId: e.node.memberId, score: e.node.score })));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return { seen, totals: totals! };
  }

  it('ranks the RANK_CANDIDATES strongest matches (sum of skill levels, then id) when a word matches more', async () => {
    const matches: { n: number }[] = await ds.query(
      `SELECT count(*)::int AS n ${visible} AND p.search_document @@ plainto_tsquery('english', 'lantern')`,
      [org],
    );
    expect(matches[0].n).toBeGreaterThan(RANK_CANDIDATES);

    const expected: { member: string }[] = await ds.query(
      `SELECT c.member FROM (
         SELECT p.membership_id AS member, p.id, ts_rank(p.search_head, plainto_tsquery('english', 'lantern')) AS score
           ${visible} AND p.search_document @@ plainto_tsquery('english', 'lantern')
          ORDER BY (SELECT coalesce(sum(ps.level), 0) FROM profile_skill ps
                     WHERE ps.organisation_id = p.organisation_id AND ps.profile_id = p.id AND ps.kind = 'HAS') DESC,
                   p.id DESC
          LIMIT ${RANK_CANDIDATES}) c
        ORDER BY c.score DESC, c.id DESC`,
      [org],
    );
    const { seen, totals } = await pages({ query: 'Lantern' });
    expect(totals).toEqual({ totalCount: COUNT_CAP, totalCountIsExact: false });
    // Every page in order, nobody twice, exactly the documented ranked set.
    expect(seen.map((s) => s.memberId)).toEqual(expected.map((e) => e.member));
    for (let i = 1; i < seen.length; i++) expect(seen[i].score).toBeLessThanOrEqual(seen[i - 1].score);
  });

  it('ranks every match when there are at most RANK_CANDIDATES, and counts them exactly', async () => {
    const expected: { member: string }[] = await ds.query(
      `SELECT p.membership_id AS member ${visible} AND p.search_document @@ plainto_tsquery('english', 'festival')
        ORDER BY ts_rank(p.search_head, plainto_tsquery('english', 'festival')) DESC, p.id DESC`,
      [org],
    );
    expect(expected.length).toBeGreaterThan(100);
    expect(expected.length).toBeLessThan(RANK_CANDIDATES);
    const { seen, totals } = await pages({ query: 'festival' });
    expect(totals).toEqual({ totalCount: expected.length, totalCountIsExact: true });
    expect(seen.map((s) => s.memberId)).toEqual(expected.map((e) => e.member));
  });

  it('finds exactly the obvious matches with words and skill filters, for HR and for a member', async () => {
    const [first, second]: { num: number; id: string }[] = await ds.query(
      `SELECT num, id FROM skill WHERE organisation_id IS NULL ORDER BY num LIMIT 2`,
    );
    const cases = [
      { text: 'lantern', skills: [[first, 3]], visibilities: ['HR_ONLY', 'ORGANISATION'] },
      {
        text: 'lantern parade',
        skills: [
          [first, 2],
          [second, 4],
        ],
        visibilities: ['HR_ONLY', 'ORGANISATION'],
      },
      { text: 'festival', skills: [], visibilities: ['ORGANISATION'] },
      { text: 'lantern', skills: [[second, 1]], visibilities: ['ORGANISATION'] },
      { text: 'the and', skills: [], visibilities: ['HR_ONLY', 'ORGANISATION'] },
    ] as const;
    for (const { text, skills, visibilities } of cases) {
      const query = `plainto_tsquery('english', '${text}')`;
      const expected: { id: string }[] = await ds.query(
        `SELECT c.id FROM (
           SELECT p.id, ts_rank(p.search_head, ${query}) AS score
             FROM profile p JOIN membership m ON m.organisation_id = p.organisation_id AND m.id = p.membership_id
            WHERE p.organisation_id = $1 AND m.status = 'ACTIVE' AND p.visibility = ANY($2::text[])
              AND p.search_document @@ ${query}
              AND (SELECT count(*) FROM unnest($3::uuid[], $4::int[]) AS f(skill, level)
                    WHERE NOT EXISTS (SELECT 1 FROM profile_skill ps WHERE ps.profile_id = p.id AND ps.kind = 'HAS'
                                        AND ps.skill_id = f.skill AND ps.level >= f.level)) = 0
            ORDER BY (SELECT coalesce(sum(ps.level), 0) FROM profile_skill ps
                       WHERE ps.organisation_id = p.organisation_id AND ps.profile_id = p.id AND ps.kind = 'HAS') DESC,
                     p.id DESC
            LIMIT ${RANK_CANDIDATES}) c
          ORDER BY c.score DESC, c.id DESC`,
        [org, visibilities, skills.map(([s]) => s.id), skills.map(([, level]) => level)],
      );
      const criteria = criteriaFor({
        visibilities,
        text,
        requiredTokens: skills.map(([s, level]) => skillToken(s.num, level)).sort((a, b) => a - b),
      });
      const { page } = searchStatements(criteria, 2 * RANK_CANDIDATES);
      const rows = await ds.query<{ profileId: string | null; total: number }[]>(page.text, page.values);
      const found = rows.filter((r) => r.profileId !== null).map((r) => r.profileId);
      expect({ text, found }).toEqual({ text, found: expected.map((e) => e.id) });
      expect(rows[0].total).toBe(Math.min(expected.length, COUNT_CAP + 1));
    }
  });

  it('pages alphabetically through skill filters with more and with fewer than COUNT_CAP matches', async () => {
    const [first, third]: { id: string }[] = await ds
      .query(`SELECT id FROM skill WHERE organisation_id IS NULL ORDER BY num LIMIT 3`)
      .then((rows: { id: string }[]) => [rows[0], rows[2]]);
    const cases: { skills: { skillId: string; minLevel?: number }[]; many: boolean }[] = [
      { skills: [{ skillId: first.id }], many: true },
      { skills: [{ skillId: third.id, minLevel: 4 }], many: false },
    ];
    for (const { skills, many } of cases) {
      const expected: { member: string }[] = await ds.query(
        `SELECT p.membership_id AS member ${visible}
            AND (SELECT count(*) FROM unnest($2::uuid[], $3::int[]) AS f(skill, level)
                  WHERE NOT EXISTS (SELECT 1 FROM profile_skill ps WHERE ps.profile_id = p.id AND ps.kind = 'HAS'
                                      AND ps.skill_id = f.skill AND ps.level >= f.level)) = 0
          ORDER BY p.display_name, p.id`,
        [org, skills.map((s) => s.skillId), skills.map((s) => s.minLevel ?? 1)],
      );
      expect(expected.length > COUNT_CAP).toBe(many);
      const { seen, totals } = await pages({ filter: { skills } }, 100);
      expect(totals).toEqual({
        totalCount: Math.min(expected.length, COUNT_CAP),
        totalCountIsExact: expected.length <= COUNT_CAP,
      });
      expect(seen.map((s) => s.memberId)).toEqual(expected.map((e) => e.member));
    }
  });

  it('counts facets over every match of a search with words, not only the ranked set', async () => {
    const criteria = criteriaFor({ text: 'lantern' });
    const statement = facetsStatement(criteria);
    const facets = await ds.query<{ facet: string; value: string; count: number }[]>(statement.text, statement.values);
    const bySkill = (a: { value: string }, b: { value: string }) => a.value.localeCompare(b.value);
    const expected: { value: string; count: number }[] = (
      await ds.query<{ value: string; count: number }[]>(
        `SELECT ps.skill_id::text AS value, count(*)::int AS count
           FROM profile p
           JOIN membership m ON m.organisation_id = p.organisation_id AND m.id = p.membership_id
           JOIN profile_skill ps ON ps.profile_id = p.id AND ps.kind = 'HAS'
          WHERE p.organisation_id = $1 AND m.status = 'ACTIVE' AND p.visibility IN ('HR_ONLY', 'ORGANISATION')
            AND p.search_document @@ plainto_tsquery('english', 'lantern')
          GROUP BY ps.skill_id`,
        [org],
      )
    ).sort(bySkill);
    expect(expected.reduce((n, e) => n + e.count, 0)).toBeGreaterThan(RANK_CANDIDATES);
    const skills = facets
      .filter((f) => f.facet === 'SKILL')
      .map(({ value, count }) => ({ value, count }))
      .sort(bySkill);
    expect(skills).toEqual(expected);
  });

  describe('facets past their cap', () => {
    type Facets = {
      estimated: boolean;
      exactUpTo: number;
      matchCount: number;
      skills: { count: number; skill: { slug: string } }[];
      departments: { value: string; count: number }[];
      grades: { value: string; count: number }[];
    };
    let member: Session;

    beforeAll(async () => {
      member = await join(t, admin, 'Milo Fenwick');
      // Placement for everyone; people HR may not find are all in one department (and one grade) of their own.
      await ds.query(
        `UPDATE membership m
            SET department = CASE WHEN p.visibility = 'PRIVATE' OR m.status <> 'ACTIVE' THEN 'Hidden Unit'
                                  WHEN abs(hashtext(m.id::text)) % 3 = 0 THEN 'Parades' ELSE 'Workshops' END,
                grade = CASE WHEN p.visibility = 'PRIVATE' OR m.status <> 'ACTIVE' THEN 'Hidden Grade'
                             WHEN abs(hashtext(p.id::text)) % 2 = 0 THEN 'Senior' ELSE 'Junior' END
           FROM profile p
          WHERE p.organisation_id = m.organisation_id AND p.membership_id = m.id AND m.organisation_id = $1`,
        [org],
      );
    });

    /** The facets as the obvious computation over every match a viewer of these visibilities may find. */
    async function truth(word: string, visibilities: string[]) {
      const from = `FROM profile p JOIN membership m ON m.organisation_id = p.organisation_id AND m.id = p.membership_id`;
      const where = `WHERE p.organisation_id = $1 AND m.status = 'ACTIVE' AND p.visibility = ANY($2::text[])
                       AND p.search_document @@ plainto_tsquery('english', $3)`;
      const count = async (sql: string) =>
        new Map(
          (await ds.query<{ value: string; count: number }[]>(sql, [org, visibilities, word])).map((r) => [
            r.value,
            r.count,
          ]),
        );
      const [{ n }] = await ds.query<{ n: number }[]>(`SELECT count(*)::int AS n ${from} ${where}`, [
        org,
        visibilities,
        word,
      ]);
      return {
        matchCount: n,
        departments: await count(`SELECT m.department AS value, count(*)::int AS count ${from} ${where} GROUP BY 1`),
        grades: await count(`SELECT m.grade AS value, count(*)::int AS count ${from} ${where} GROUP BY 1`),
        skills: await count(
          `SELECT s.slug AS value, count(*)::int AS count ${from}
             JOIN profile_skill ps ON ps.profile_id = p.id AND ps.kind = 'HAS' JOIN skill s ON s.id = ps.skill_id
            ${where} GROUP BY 1`,
        ),
      };
    }

    async function facets(session: Session, query: string): Promise<Facets> {
      const res = await t.gql<{ peopleSearch: { facets: Facets } }>(
        PEOPLE_SEARCH_FACETS,
        { query },
        session.accessToken,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.peopleSearch.facets;
    }

    const asMap = (xs: { value: string; count: number }[]) => new Map(xs.map((x) => [x.value, x.count]));
    const bySlug = (f: Facets) => new Map(f.skills.map((s) => [s.skill.slug, s.count]));

    it('counts exactly, and says so, when no more people match than the cap', async () => {
      const expected = await truth('festival', ['HR_ONLY', 'ORGANISATION']);
      expect(expected.matchCount).toBeGreaterThan(50);
      expect(expected.matchCount).toBeLessThanOrEqual(FACETS_CAP);
      const got = await facets(hr, 'festival');
      expect(got).toMatchObject({ estimated: false, exactUpTo: FACETS_CAP, matchCount: expected.matchCount });
      expect(asMap(got.departments)).toEqual(expected.departments);
      expect(asMap(got.grades)).toEqual(expected.grades);
      expect(bySlug(got)).toEqual(expected.skills);
    });

    it('labels counts past the cap as estimates, close to the truth, never counting anyone hidden from the viewer', async () => {
      for (const [session, visibilities] of [
        [hr, ['HR_ONLY', 'ORGANISATION']],
        [member, ['ORGANISATION']],
      ] as const) {
        const expected = await truth('lantern', [...visibilities]);
        expect(expected.matchCount).toBeGreaterThan(2 * FACETS_CAP);
        const got = await facets(session, 'lantern');
        expect(got).toMatchObject({ estimated: true, exactUpTo: FACETS_CAP });
        // The sample stops at its (FACETS_CAP + 1)-th match: a count held by a share s of the matches is estimated from
        // about FACETS_CAP × s sampled people, a relative standard error of about 1 / √(FACETS_CAP × s). Each estimate
        // must be within three of them (the ids are the same every run, so is the sample).
        const within = (share: number) => 3 / Math.sqrt(FACETS_CAP * share);
        const near = (estimate: number | undefined, exact: number, tolerance: number) =>
          expect({ estimate, exact, close: Math.abs((estimate ?? 0) - exact) <= tolerance * exact }).toEqual({
            estimate,
            exact,
            close: true,
          });
        near(got.matchCount, expected.matchCount, within(1));
        // Only values someone the viewer may find holds: no 'Hidden Unit', no 'Hidden Grade', no invented skill.
        expect([...asMap(got.departments).keys()].sort()).toEqual([...expected.departments.keys()].sort());
        expect([...asMap(got.grades).keys()].sort()).toEqual([...expected.grades.keys()].sort());
        for (const slug of bySlug(got).keys()) expect(expected.skills.has(slug)).toBe(true);
        const share = (exact: number) => exact / expected.matchCount;
        for (const [value, exact] of expected.departments) {
          near(asMap(got.departments).get(value), exact, within(share(exact)));
        }
        for (const [value, exact] of expected.grades) near(asMap(got.grades).get(value), exact, within(share(exact)));
        for (const [slug, exact] of expected.skills) {
          if (exact >= expected.matchCount / 10) near(bySlug(got).get(slug), exact, within(share(exact)));
        }
      }
    });
  });

  it('estimates from the sample rows when the sample holds fewer matches than the cap but the search holds more', async () => {
    // A skill at its top level: about 2 % of the people. With a cap of 20 the sample reads FACET_SAMPLE_FACTOR × 20
    // rows, meets a handful of matches, and the search's own matches (read up to 21) say the cap is passed.
    const [rare] = await ds.query<{ num: number }[]>(
      `SELECT num FROM skill WHERE organisation_id IS NULL ORDER BY num OFFSET 8 LIMIT 1`,
    );
    const criteria = criteriaFor({ requiredTokens: [skillToken(rare.num, 5)] });
    const cap = 20;
    const exact = facetCounts(
      await ds.query(facetsStatement(criteria, null).text, facetsStatement(criteria, null).values),
      Infinity,
    );
    expect(exact.matchCount).toBeGreaterThan(cap);
    expect(exact.matchCount).toBeLessThan(PEOPLE / 20);
    const st = facetsStatement(criteria, cap);
    const got = facetCounts(await ds.query(st.text, st.values), cap);
    expect(got.estimated).toBe(true);
    expect(got.matchCount).toBeGreaterThan(cap);
    // Whatever the estimate, only values some visible match holds.
    const held = new Set(exact.rows.map((r) => `${r.facet}:${r.value}`));
    for (const r of got.rows) expect(held.has(`${r.facet}:${r.value}`)).toBe(true);
  });

  it('estimates the facets of a name search and of an availability filter from the narrow rows alone', async () => {
    await ds.query(
      `UPDATE profile SET available_hours_per_month = abs(hashtext(id::text)) % 16 WHERE organisation_id = $1`,
      [org],
    );
    const cap = 20;
    try {
      for (const criteria of [criteriaFor({ name: 'ada lantren' }), criteriaFor({ minAvailableHours: 12 })]) {
        const all = facetsStatement(criteria, null);
        const exact = facetCounts(await ds.query(all.text, all.values), Infinity);
        expect(exact.matchCount).toBeGreaterThan(2 * cap);
        const capped = facetsStatement(criteria, cap);
        const got = facetCounts(await ds.query(capped.text, capped.values), cap);
        expect(got.estimated).toBe(true);
        // The sample stops at its (cap + 1)-th match: within three standard errors (1 / √cap) of the exact count.
        expect(Math.abs(got.matchCount - exact.matchCount)).toBeLessThanOrEqual(
          (3 / Math.sqrt(cap)) * exact.matchCount,
        );
        const held = new Set(exact.rows.map((r) => `${r.facet}:${r.value}`));
        for (const r of got.rows) expect(held.has(`${r.facet}:${r.value}`)).toBe(true);
      }
    } finally {
      await ds.query(`UPDATE profile SET available_hours_per_month = NULL WHERE organisation_id = $1`, [org]);
    }
  });

  it('finds typo-tolerant names from the distinct names exactly as scoring every person would', async () => {
    const expected: { member: string }[] = await ds.query(
      `SELECT p.membership_id AS member ${visible} AND p.search_name % 'ada lantren'
        ORDER BY similarity(p.search_name, 'ada lantren') DESC, p.id DESC`,
      [org],
    );
    expect(expected.length).toBeGreaterThan(30);
    const { seen, totals } = await pages({ name: 'Ada Lantren' }, 25);
    expect(totals).toEqual({ totalCount: expected.length, totalCountIsExact: true });
    expect(seen.map((s) => s.memberId)).toEqual(expected.map((e) => e.member));
    expect(seen[0].score).toBeGreaterThan(seen.at(-1)!.score);
  });

  it('drops a member from results and counts at once when they go PRIVATE or are deactivated, and brings them back', async () => {
    const zed = await join(t, admin, 'Zephyrine Quillfeather');
    await t.gql(UPDATE_MY_PROFILE, { input: { headline: 'Zeppelin enthusiast' } }, zed.accessToken);
    // The search, and the narrow row the facets' sample reads: it says what the profile says, at once.
    const inStep = async () =>
      ds.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM profile p FULL JOIN profile_facet_sample s ON s.profile_id = p.id
          WHERE (p.organisation_id = $1 OR s.organisation_id = $1)
            AND (s.profile_id IS NULL OR p.id IS NULL OR s.visibility <> p.visibility
                 OR s.skill_tokens <> p.skill_tokens OR s.membership_id <> p.membership_id
                 OR s.search_name <> p.search_name
                 OR s.available_hours_per_month IS DISTINCT FROM p.available_hours_per_month
                 OR s.word_hashes <> crowdcomms_word_hashes(COALESCE(p.search_document, ''::tsvector)))`,
        [org],
      );
    const found = async () => {
      const res = await t.gql(PEOPLE_SEARCH, { query: 'zeppelin' }, hr.accessToken);
      const byName = await t.gql(PEOPLE_SEARCH, { name: 'zephyrine quilfeather' }, hr.accessToken);
      const sampled = await ds.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM profile_facet_sample s
          WHERE s.organisation_id = $1 AND s.membership_id = $2 AND s.skill_tokens @> '{-1}'
            AND s.word_hashes @> crowdcomms_word_hashes(to_tsvector('english', 'zeppelin'))`,
        [org, zed.member.id],
      );
      expect(await inStep()).toEqual([{ n: 0 }]);
      return [res.data!.peopleSearch.totalCount, byName.data!.peopleSearch.totalCount, sampled[0].n];
    };
    expect(await found()).toEqual([1, 1, 1]);
    await t.gql(UPDATE_MY_PROFILE_PRIVACY, { input: { visibility: 'PRIVATE' } }, zed.accessToken);
    expect(await found()).toEqual([0, 0, 0]);
    await t.gql(UPDATE_MY_PROFILE_PRIVACY, { input: { visibility: 'HR_ONLY' } }, zed.accessToken);
    expect(await found()).toEqual([1, 1, 1]);
    // What she writes about herself is what she is found by, at once: the old word finds her no more.
    const edited = await t.gql(UPDATE_MY_PROFILE, { input: { headline: 'Airship enthusiast' } }, zed.accessToken);
    expect(edited.errors).toBeUndefined();
    expect(await found()).toEqual([0, 1, 0]);
    const airship = await t.gql(PEOPLE_SEARCH, { query: 'airship' }, hr.accessToken);
    expect(airship.data!.peopleSearch.totalCount).toBe(1);
    // So are the hours she can give, which an availability filter's facets test on the narrow row.
    const hours = await t.gql(UPDATE_MY_PROFILE, { input: { availableHoursPerMonth: 12 } }, zed.accessToken);
    expect(hours.errors).toBeUndefined();
    expect(await inStep()).toEqual([{ n: 0 }]);
    await t.gql(UPDATE_MY_PROFILE, { input: { headline: 'Zeppelin enthusiast' } }, zed.accessToken);
    await t.gql(DEACTIVATE, { id: zed.member.id }, admin.accessToken);
    expect(await found()).toEqual([0, 0, 0]);
    await t.gql(REACTIVATE, { id: zed.member.id }, admin.accessToken);
    expect(await found()).toEqual([1, 1, 1]);
  });
});
