import {
  CREATE_SKILL,
  DEACTIVATE,
  EXPORT_SKILLS_GAP_REPORT,
  RECORD_SKILL_DEMAND,
  SKILLS_GAP_REPORT,
  UPDATE_MY_PROFILE,
  UPDATE_MY_PROFILE_PRIVACY,
} from './utils/operations';
import { inviteAndJoin, Session, signUpAdmin } from './utils/story';
import { createTestApp, TestApp } from './utils/test-app';

const code = (res: any): string | undefined => res.errors?.[0]?.extensions?.code;

describe('the skills-gap report', () => {
  let t: TestApp;
  let admin: Session;
  let hr: Session;
  let comms: Session;
  const skill: Record<string, string> = {};
  const MARCH = { from: '2026-03-01', to: '2026-03-31' };

  async function person(name: string, input: Record<string, unknown>, visibility?: string): Promise<Session> {
    const who = await inviteAndJoin(t, admin, name);
    const res = await t.gql(UPDATE_MY_PROFILE, { input }, who.accessToken);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    if (visibility) await t.gql(UPDATE_MY_PROFILE_PRIVACY, { input: { visibility } }, who.accessToken);
    return who;
  }
  const has = (slug: string, level: number) => ({ skillId: skill[slug], level });
  const demand = async (slug: string, minLevel: number, people: number, hours: number, period: string) => {
    const res = await t.gql(
      RECORD_SKILL_DEMAND,
      { input: { skillId: skill[slug], minLevel, people, hours, period } },
      hr.accessToken,
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.recordSkillDemand;
  };
  const report = async (who: Session, input: Record<string, unknown>) => {
    const res = await t.gql(SKILLS_GAP_REPORT, { input }, who.accessToken);
    expect(res.errors).toBeUndefined();
    return res.data!.skillsGapReport.map((r: any) => ({ ...r, skill: r.skill.slug }));
  };

  beforeAll(async () => {
    t = await createTestApp();
    const rows: { id: string; slug: string }[] = await t.db.query(
      `SELECT id, slug FROM skill WHERE organisation_id IS NULL AND slug = ANY($1)`,
      [['x-twitter', 'search-engine-optimisation', 'podcasting', 'copywriting']],
    );
    for (const r of rows) skill[r.slug] = r.id;
    admin = await signUpAdmin(t, 'Gapford District');
    hr = await inviteAndJoin(t, admin, 'hr', ['HR', 'MEMBER']);
    comms = await inviteAndJoin(t, admin, 'comms', ['COMMS', 'MEMBER']);

    // Supply, by hand:
    //   x-twitter: A 4 (ORG, 10 h), B 5 (HR_ONLY, 4 h), C 2 (ORG, 6 h), P 5 (PRIVATE), L 5 (deactivated)
    //   seo:       A 3, P 5 (PRIVATE)            learners: B (HR_ONLY), C (ORG), P (PRIVATE)
    //   podcasting: C 3                          learners: A (ORG)
    await person(
      'a',
      {
        availableHoursPerMonth: 10,
        skills: [has('x-twitter', 4), has('search-engine-optimisation', 3)],
        wantsToDevelop: [skill['podcasting']],
      },
      'ORGANISATION',
    );
    await person('b', {
      availableHoursPerMonth: 4,
      skills: [has('x-twitter', 5)],
      wantsToDevelop: [skill['search-engine-optimisation']],
    });
    await person(
      'c',
      {
        availableHoursPerMonth: 6,
        skills: [has('x-twitter', 2), has('podcasting', 3)],
        wantsToDevelop: [skill['search-engine-optimisation']],
      },
      'ORGANISATION',
    );
    await person(
      'p',
      {
        availableHoursPerMonth: 20,
        skills: [has('x-twitter', 5), has('search-engine-optimisation', 5)],
        wantsToDevelop: [skill['search-engine-optimisation']],
      },
      'PRIVATE',
    );
    const leaver = await person('l', { availableHoursPerMonth: 30, skills: [has('x-twitter', 5)] }, 'ORGANISATION');
    await t.gql(DEACTIVATE, { id: leaver.member.id }, admin.accessToken);

    // Demand, by hand: two March rows for x-twitter ≥ 4 add up; one for seo ≥ 3; x-twitter ≥ 2; April is outside.
    await demand('x-twitter', 4, 3, 30, '2026-03-10');
    await demand('x-twitter', 4, 1, 5, '2026-03-31');
    await demand('search-engine-optimisation', 3, 2, 10, '2026-03-01');
    await demand('x-twitter', 2, 1, 8, '2026-03-15');
    await demand('podcasting', 1, 5, 50, '2026-04-01');
  });
  afterAll(() => t.close());

  it('equals the hand computation for HR, sorted by gap', async () => {
    expect(await report(hr, MARCH)).toEqual([
      // demand 3+1 people, 30+5 h; supply A(4) B(5) = 2 people, 10+4 h; no learners; gap 4-2
      {
        skill: 'x-twitter',
        minLevel: 4,
        demandPeople: 4,
        demandHours: 35,
        supplyPeople: 2,
        supplyHoursPerMonth: 14,
        learners: 0,
        gap: 2,
      },
      // demand 2, 10 h; supply A(3) = 1, 10 h (P is private); learners B, C = 2; gap 1
      {
        skill: 'search-engine-optimisation',
        minLevel: 3,
        demandPeople: 2,
        demandHours: 10,
        supplyPeople: 1,
        supplyHoursPerMonth: 10,
        learners: 2,
        gap: 1,
      },
      // demand 1, 8 h; supply A B C = 3, 20 h; gap 0
      {
        skill: 'x-twitter',
        minLevel: 2,
        demandPeople: 1,
        demandHours: 8,
        supplyPeople: 3,
        supplyHoursPerMonth: 20,
        learners: 0,
        gap: 0,
      },
    ]);
  });

  it('counts for an admin only what an admin may see (ORGANISATION profiles)', async () => {
    const rows = await report(admin, { ...MARCH, sort: 'SKILL' });
    expect(
      rows.map((r: any) => [r.skill, r.minLevel, r.supplyPeople, r.supplyHoursPerMonth, r.learners, r.gap]),
    ).toEqual([
      ['search-engine-optimisation', 3, 1, 10, 1, 1],
      ['x-twitter', 2, 2, 16, 0, 0],
      ['x-twitter', 4, 1, 10, 0, 3],
    ]);
  });

  it('sorts by any column, both ways, and reads only the period asked for', async () => {
    const byLearners = await report(hr, { ...MARCH, sort: 'LEARNERS', direction: 'DESC' });
    expect(byLearners[0].skill).toBe('search-engine-optimisation');
    const bySupplyAsc = await report(hr, { ...MARCH, sort: 'SUPPLY', direction: 'ASC' });
    expect(bySupplyAsc.map((r: any) => r.supplyPeople)).toEqual([1, 2, 3]);
    const byDemand = await report(hr, { ...MARCH, sort: 'DEMAND' });
    expect(byDemand.map((r: any) => r.demandPeople)).toEqual([4, 2, 1]);
    const april = await report(hr, { from: '2026-04-01', to: '2026-04-30' });
    // podcasting ≥ 1: supply C; learners A
    expect(april).toEqual([
      {
        skill: 'podcasting',
        minLevel: 1,
        demandPeople: 5,
        demandHours: 50,
        supplyPeople: 1,
        supplyHoursPerMonth: 6,
        learners: 1,
        gap: 4,
      },
    ]);
    expect(await report(hr, { from: '2025-01-01', to: '2025-12-31' })).toEqual([]);
  });

  it('exports the same numbers as CSV', async () => {
    const res = await t.gql(EXPORT_SKILLS_GAP_REPORT, { input: MARCH }, hr.accessToken);
    expect(res.errors).toBeUndefined();
    expect(res.data!.exportSkillsGapReport.split('\r\n')).toEqual([
      'skill,category,min_level,demand_people,demand_hours,supply_people,supply_hours_per_month,learners,gap',
      'X (Twitter),SOCIAL_MEDIA,4,4,35,2,14,0,2',
      'Search engine optimisation,SEARCH,3,2,10,1,10,2,1',
      'X (Twitter),SOCIAL_MEDIA,2,1,8,3,20,0,0',
      '',
    ]);
  });

  it('is for HR and admins only, and refuses bad input', async () => {
    expect(code(await t.gql(SKILLS_GAP_REPORT, { input: MARCH }, comms.accessToken))).toBe('FORBIDDEN');
    const record = (input: Record<string, unknown>) => t.gql(RECORD_SKILL_DEMAND, { input }, hr.accessToken);
    const base = { skillId: skill['x-twitter'], minLevel: 3, people: 1, period: '2026-03-02' };
    expect(code(await t.gql(RECORD_SKILL_DEMAND, { input: base }, comms.accessToken))).toBe('FORBIDDEN');
    for (const input of [
      { ...base, minLevel: 0 },
      { ...base, minLevel: 6 },
      { ...base, people: -1 },
      { ...base, period: '2026-02-31' },
      { ...base, period: 'March' },
      { ...base, skillId: '00000000-0000-4000-8000-000000000000' },
      { ...base, note: 'x'.repeat(301) },
    ]) {
      expect({ input, code: code(await record(input)) }).toEqual({ input, code: 'BAD_USER_INPUT' });
    }
    for (const input of [
      { from: '2026-03-31', to: '2026-03-01' },
      { from: '2026-13-01', to: '2026-12-01' },
      { from: '1900-01-01', to: '2026-01-01' },
    ]) {
      expect({ input, code: code(await t.gql(SKILLS_GAP_REPORT, { input }, hr.accessToken)) }).toEqual({
        input,
        code: 'BAD_USER_INPUT',
      });
    }
    // Nothing was recorded by the refused attempts.
    expect((await report(hr, MARCH)).map((r: any) => r.demandPeople)).toEqual([4, 2, 1]);
  });

  it('keeps demand and supply inside the organisation', async () => {
    const otherAdmin = await signUpAdmin(t, 'Elsewhere Borough');
    expect(await report(otherAdmin, MARCH)).toEqual([]);
    const own = await t.gql(
      CREATE_SKILL,
      { input: { name: 'Gapford intranet style', category: 'WRITING' } },
      admin.accessToken,
    );
    const foreign = await t.gql(
      RECORD_SKILL_DEMAND,
      { input: { skillId: own.data!.createSkill.id, minLevel: 1, people: 1, period: '2026-03-02' } },
      otherAdmin.accessToken,
    );
    expect(code(foreign)).toBe('BAD_USER_INPUT');
    expect(foreign.errors![0].message).toMatch(/Unknown skill/);
  });
});
