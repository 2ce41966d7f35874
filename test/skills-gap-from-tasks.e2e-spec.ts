import { CANCEL_TASK, CREATE_TASK, OPEN_TASK, SKILLS_GAP_REPORT } from './utils/operations';
import { inviteAndJoin, Session, signUpAdmin } from './utils/story';
import { createTestApp, TestApp } from './utils/test-app';

/** The skills-gap report counts the demand of real comms tasks, not only demand typed in by hand. */
describe('skills-gap demand from comms tasks', () => {
  let t: TestApp;
  let hr: Session;
  let comms: Session;
  const skill: Record<string, string> = {};

  const report = async () => {
    const res = await t.gql(SKILLS_GAP_REPORT, { input: { from: '2027-03-01', to: '2027-03-31' } }, hr.accessToken);
    expect(res.errors).toBeUndefined();
    return res.data!.skillsGapReport.map((r: any) => ({
      skill: r.skill.slug,
      minLevel: r.minLevel,
      demandPeople: r.demandPeople,
      demandHours: r.demandHours,
    }));
  };

  beforeAll(async () => {
    t = await createTestApp();
    const rows: { id: string; slug: string }[] = await t.db.query(
      `SELECT id, slug FROM skill WHERE organisation_id IS NULL AND slug = ANY($1)`,
      [['x-twitter', 'copywriting']],
    );
    for (const r of rows) skill[r.slug] = r.id;
    const admin = await signUpAdmin(t, 'Demand Council');
    hr = await inviteAndJoin(t, admin, 'hr', ['HR', 'MEMBER']);
    comms = await inviteAndJoin(t, admin, 'comms', ['COMMS', 'MEMBER']);
  }, 60_000);
  afterAll(() => t.close());

  it('adds an opened task’s needs (seats, hours) and removes them when it is cancelled', async () => {
    const created = await t.gql(
      CREATE_TASK,
      {
        input: {
          title: 'Thank retweeters from the corporate account',
          kind: 'SOCIAL_ACCOUNT',
          effortHours: 2.5,
          seats: 3,
          startsAt: '2027-03-10T09:00:00.000Z',
          requiredSkills: [
            { skillId: skill['x-twitter'], minLevel: 3, weight: 2 },
            { skillId: skill['copywriting'], minLevel: 2 },
          ],
        },
      },
      comms.accessToken,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createCommsTask.id;
    expect(await report()).toEqual([]); // a draft asks for nothing yet

    expect((await t.gql(OPEN_TASK, { id }, comms.accessToken)).errors).toBeUndefined();
    const rows = await report();
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(
      expect.arrayContaining([
        { skill: 'x-twitter', minLevel: 3, demandPeople: 3, demandHours: 8 },
        { skill: 'copywriting', minLevel: 2, demandPeople: 3, demandHours: 8 },
      ]),
    );

    expect((await t.gql(CANCEL_TASK, { input: { id } }, comms.accessToken)).errors).toBeUndefined();
    expect(await report()).toEqual([]);
  });
});
