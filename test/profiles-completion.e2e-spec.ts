import { QueueName } from '@crowdcomms/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { Job, Queue } from 'bullmq';
import { DEACTIVATE, MY_PROFILE, PROFILE_FIELDS, UPDATE_MY_PROFILE } from './utils/operations';
import { inviteAndJoin, Session, signUpAdmin, waitForMail } from './utils/story';
import { createTestApp, TestApp } from './utils/test-app';

const SUGGESTIONS = `query { mySkillSuggestions { id sentence source status skill { slug name } } }`;
const ACCEPT_SUGGESTION = `mutation Accept($input: AcceptSkillSuggestionInput!) {
  acceptSkillSuggestion(input: $input) { skills { level skill { slug } } completeness { score } } }`;
const DISMISS_SUGGESTION = `mutation Dismiss($input: DismissSkillSuggestionInput!) {
  dismissSkillSuggestion(input: $input) { id status skill { slug } } }`;
const ADD_SKILL = `mutation Add($input: AddMySkillInput!) { addMySkill(input: $input) { ${PROFILE_FIELDS} } }`;
const REMOVE_SKILL = `mutation Remove($input: RemoveMySkillInput!) { removeMySkill(input: $input) { ${PROFILE_FIELDS} } }`;
const REMINDER_SETTINGS = `query { myProfileReminderSettings { completionReminders } }`;
const UPDATE_REMINDER_SETTINGS = `mutation Reminders($input: UpdateProfileReminderSettingsInput!) {
  updateMyProfileReminderSettings(input: $input) { completionReminders } }`;
const BY_DEPARTMENT = `query { profileCompletenessByDepartment { minimumGroupSize departments {
  department label departments members atLeastHalf averageScore medianScore } } }`;

const CV = `Communications officer, 2019 to date.
- Ran our weekly staff show, including podcast editing and publishing.
I also grew the team's Instagram, from 300 to 2,000 followers.`;

const failure = (res: any) => ({ code: res.errors?.[0]?.extensions?.code, extensions: res.errors?.[0]?.extensions });

/** Waits for a job the worker runs and answers what it returned. */
async function completed(queue: Queue, job: Job | undefined): Promise<unknown> {
  if (!job) throw new Error('no job');
  const deadline = Date.now() + 20_000;
  while (!(await job.isCompleted())) {
    if (Date.now() > deadline || (await job.isFailed())) {
      throw new Error(`job ${job.name}: ${(await queue.getJob(job.id!))?.failedReason ?? 'timed out'}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return (await queue.getJob(job.id!))?.returnvalue;
}

describe('help to complete a profile', () => {
  let t: TestApp;
  let queue: Queue;
  let admin: Session;
  let hr: Session;
  let vera: Session;
  let dan: Session;
  let olga: Session;
  const digital: Session[] = [];

  const gql = async (who: Session, query: string, variables: Record<string, unknown> = {}) =>
    t.gql(query, variables, who.accessToken);
  const ok = async (who: Session, query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(who, query, variables);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };

  beforeAll(async () => {
    t = await createTestApp();
    const worker = await t.startWorker();
    queue = worker.get<Queue>(getQueueToken(QueueName.PROFILES), { strict: false });
    admin = await signUpAdmin(t, 'Harbourside Trust', 'ada');
    hr = await inviteAndJoin(t, admin, 'hana', ['HR'], { department: 'People' });
    vera = await inviteAndJoin(t, admin, 'vera', ['MEMBER'], { department: 'Digital' });
    dan = await inviteAndJoin(t, admin, 'dan', ['MEMBER'], { department: 'Digital' });
    olga = await inviteAndJoin(t, admin, 'olga', ['MEMBER'], { department: 'Digital' });
    digital.push(vera, dan, olga);
    for (const name of ['dee', 'dot'])
      digital.push(await inviteAndJoin(t, admin, name, ['MEMBER'], { department: 'Digital' }));
    await inviteAndJoin(t, admin, 'lee', ['MEMBER'], { department: 'Legal' });
  }, 120_000);

  afterAll(() => t?.close());

  it('suggests skills named in the CV, each with its sentence; accepting adds it at the level chosen, dismissing ends it for good', async () => {
    await ok(vera, UPDATE_MY_PROFILE, {
      input: { headline: 'Comms officer', bio: 'I look after our channels.', cvText: CV, availableHoursPerMonth: 4 },
    });
    const { mySkillSuggestions } = await ok(vera, SUGGESTIONS);
    expect(mySkillSuggestions).toEqual([
      {
        id: expect.any(String),
        sentence: 'Ran our weekly staff show, including podcast editing and publishing.',
        source: 'CV',
        status: 'PENDING',
        skill: { slug: 'audio-editing', name: 'Audio editing' },
      },
      {
        id: expect.any(String),
        sentence: "I also grew the team's Instagram, from 300 to 2,000 followers.",
        source: 'CV',
        status: 'PENDING',
        skill: { slug: 'instagram', name: 'Instagram' },
      },
    ]);
    const [editing, instagram] = mySkillSuggestions;

    // Bad input first: a level out of range, an unknown id; nothing changes.
    expect(failure(await gql(vera, ACCEPT_SUGGESTION, { input: { suggestionId: editing.id, level: 6 } })).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      failure(
        await gql(vera, ACCEPT_SUGGESTION, {
          input: { suggestionId: '00000000-0000-4000-8000-000000000000', level: 3 },
        }),
      ).code,
    ).toBe('NOT_FOUND');

    const accepted = await ok(vera, ACCEPT_SUGGESTION, { input: { suggestionId: editing.id, level: 4 } });
    expect(accepted.acceptSkillSuggestion.skills).toEqual([{ level: 4, skill: { slug: 'audio-editing' } }]);
    const twice = failure(await gql(vera, ACCEPT_SUGGESTION, { input: { suggestionId: editing.id, level: 2 } }));
    expect(twice).toMatchObject({ code: 'CONFLICT', extensions: { reason: 'SUGGESTION_ALREADY_DECIDED' } });

    // HR cannot decide (or see) someone else's suggestion: it reads as missing.
    expect(failure(await gql(hr, DISMISS_SUGGESTION, { input: { suggestionId: instagram.id } })).code).toBe(
      'NOT_FOUND',
    );
    expect((await ok(hr, SUGGESTIONS)).mySkillSuggestions).toEqual([]);

    const dismissed = await ok(vera, DISMISS_SUGGESTION, { input: { suggestionId: instagram.id } });
    expect(dismissed.dismissSkillSuggestion).toEqual({
      id: instagram.id,
      status: 'DISMISSED',
      skill: { slug: 'instagram' },
    });
    expect(failure(await gql(vera, DISMISS_SUGGESTION, { input: { suggestionId: instagram.id } })).code).toBe(
      'CONFLICT',
    );

    // Editing the CV again (Instagram still in it) brings back neither the dismissed nor the accepted skill.
    await ok(vera, UPDATE_MY_PROFILE, { input: { cvText: `${CV}\nMore Instagram. More podcast editing.` } });
    expect((await ok(vera, SUGGESTIONS)).mySkillSuggestions).toEqual([]);
    const profile = (await ok(vera, MY_PROFILE)).myProfile;
    expect(profile.skills).toEqual([
      { level: 4, levelName: 'PROFICIENT', years: null, skill: expect.objectContaining({ slug: 'audio-editing' }) },
    ]);
    expect(profile.completeness.score).toBeGreaterThanOrEqual(50);
  });

  it('does not suggest a skill already on the profile, and finds names whatever their case and punctuation', async () => {
    await ok(dan, UPDATE_MY_PROFILE, {
      input: { skills: [{ skillName: 'instagram', level: 2 }], bio: 'I run our TWITTER account. Blogging weekly!' },
    });
    const slugs = (await ok(dan, SUGGESTIONS)).mySkillSuggestions.map((s: any) => [s.skill.slug, s.source, s.sentence]);
    expect(slugs).toEqual([
      ['x-twitter', 'BIO', 'I run our TWITTER account.'],
      ['blogging', 'BIO', 'Blogging weekly!'],
    ]);
    await ok(dan, UPDATE_MY_PROFILE, { input: { bio: 'Blogging weekly!', skills: [] } });
    expect((await ok(dan, SUGGESTIONS)).mySkillSuggestions.map((s: any) => s.skill.slug)).toEqual(['blogging']);
  });

  it('takes skills by name or alias, and adds or removes one without re-sending the list', async () => {
    const set = await ok(olga, UPDATE_MY_PROFILE, {
      input: {
        skills: [
          { skillName: 'TWITTER', level: 3 },
          { skillName: 'Instagram', level: 2, years: 1 },
        ],
        wantsToDevelopNames: ['blogging'],
      },
    });
    expect(set.updateMyProfile.skills.map((s: any) => [s.skill.slug, s.level])).toEqual([
      ['x-twitter', 3],
      ['instagram', 2],
    ]);
    expect(set.updateMyProfile.wantsToDevelop.map((s: any) => s.slug)).toEqual(['blogging']);

    const added = await ok(olga, ADD_SKILL, { input: { skillName: 'podcast editing', level: 5 } });
    expect(added.addMySkill.skills.map((s: any) => [s.skill.slug, s.level])).toEqual([
      ['audio-editing', 5],
      ['x-twitter', 3],
      ['instagram', 2],
    ]);
    const changed = await ok(olga, ADD_SKILL, { input: { skillName: 'instagram', level: 4 } });
    expect(changed.addMySkill.skills.map((s: any) => [s.skill.slug, s.level])).toEqual([
      ['audio-editing', 5],
      ['instagram', 4],
      ['x-twitter', 3],
    ]);
    const removed = await ok(olga, REMOVE_SKILL, { input: { skillName: 'x (twitter)' } });
    expect(removed.removeMySkill.skills.map((s: any) => s.skill.slug)).toEqual(['audio-editing', 'instagram']);
    const unwanted = await ok(olga, REMOVE_SKILL, { input: { skillName: 'Blogging', wantsToDevelop: true } });
    expect(unwanted.removeMySkill.wantsToDevelop).toEqual([]);
    expect(unwanted.removeMySkill.skills).toHaveLength(2);

    // Bad input: an unknown name names itself; a missing level; both an id and a name. Nothing is lost.
    const unknown = failure(
      await gql(olga, ADD_SKILL, { input: { skillName: 'Underwater basket weaving', level: 2 } }),
    );
    expect(unknown).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { field: 'skillName', skillName: 'Underwater basket weaving' },
    });
    const inList = failure(
      await gql(olga, UPDATE_MY_PROFILE, {
        input: {
          skills: [
            { skillName: 'Instagram', level: 2 },
            { skillName: 'Knitting', level: 1 },
          ],
        },
      }),
    );
    expect(inList).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'skills', skillName: 'Knitting' } });
    expect(failure(await gql(olga, ADD_SKILL, { input: { skillName: 'Instagram' } })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'level',
    });
    const skillId = added.addMySkill.skills[0].skill.id;
    expect(failure(await gql(olga, ADD_SKILL, { input: { skillId, skillName: 'Instagram', level: 1 } })).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(failure(await gql(olga, ADD_SKILL, { input: { skillName: 'Instagram', level: 0 } })).code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await ok(olga, MY_PROFILE)).myProfile.skills.map((s: any) => [s.skill.slug, s.level])).toEqual([
      ['audio-editing', 5],
      ['instagram', 4],
    ]);
  });

  it('gives HR and comms completeness per department as counts, pooling departments under five people', async () => {
    const report = (await ok(hr, BY_DEPARTMENT)).profileCompletenessByDepartment;
    expect(report.minimumGroupSize).toBe(5);
    // Digital has five people: its own row. Legal (1), People (1) and no department (the admin) are pooled,
    // unnamed, and as the pool has only three people, without figures.
    expect(report.departments).toEqual([
      // vera 53 %, olga 17 %, dan 15 %, two at 0 %.
      {
        department: 'Digital',
        label: 'Digital',
        departments: 1,
        members: 5,
        atLeastHalf: 1,
        averageScore: 17,
        medianScore: 15,
      },
      {
        department: null,
        label: 'Other departments (fewer than 5 people each)',
        departments: 3,
        members: null,
        atLeastHalf: null,
        averageScore: null,
        medianScore: null,
      },
    ]);
    expect(JSON.stringify(report)).not.toMatch(/Legal|People/);
    // A member only sees it with HR, comms or admin roles.
    expect(failure(await gql(dan, BY_DEPARTMENT)).code).toBe('FORBIDDEN');

    // One fewer in Digital (four): it is no longer shown on its own; the pool, now of seven, has figures.
    expect((await gql(admin, DEACTIVATE, { id: digital[4].member.id })).errors).toBeUndefined();
    const after = (await ok(admin, BY_DEPARTMENT)).profileCompletenessByDepartment.departments;
    expect(after).toEqual([
      expect.objectContaining({ department: null, departments: 4, members: 7, atLeastHalf: 1, medianScore: 0 }),
    ]);
    expect(JSON.stringify(after)).not.toMatch(/Digital/);
    expect(
      (await gql(admin, `mutation { reactivateMember(id: "${digital[4].member.id}") { id } }`)).errors,
    ).toBeUndefined();
  });

  it('reminds a member under 50 % once a month, never one who turned reminders off, and not again the same month', async () => {
    expect((await ok(olga, REMINDER_SETTINGS)).myProfileReminderSettings).toEqual({ completionReminders: true });
    const off = await ok(olga, UPDATE_REMINDER_SETTINGS, { input: { completionReminders: false } });
    expect(off.updateMyProfileReminderSettings).toEqual({ completionReminders: false });
    expect(failure(await gql(olga, UPDATE_REMINDER_SETTINGS, { input: { completionReminders: 'no' } })).code).toBe(
      'BAD_USER_INPUT',
    );

    const remindersTo = async (who: Session): Promise<number> => {
      const rows: { n: number }[] = await t.db.query(
        `SELECT count(*)::int AS n FROM email_message WHERE to_address = $1 AND subject LIKE '%complete your Crowdcomms profile%'`,
        [who.user.email],
      );
      return rows[0].n;
    };
    const run = async (now: string): Promise<unknown> => {
      await completed(queue, await queue.add('reminders-tick', { now }));
      return completed(queue, await queue.getJob(`profile-reminders-${admin.organisation.id}-${now.slice(0, 13)}`));
    };

    const first = await run('2026-11-02T09:00:00.000Z');
    // dan (0 %) and the other members under half; not vera (over half) nor olga (opted out).
    expect(first).toBe(6);
    const mail = await waitForMail(t, dan.user.email, 30_000, 'complete your Crowdcomms profile');
    expect(mail).toContain('% complete');
    expect(mail).toContain('/profile');
    expect([await remindersTo(dan), await remindersTo(vera), await remindersTo(olga)]).toEqual([1, 0, 0]);

    // Later the same month: nothing more.
    expect(await run('2026-11-20T09:00:00.000Z')).toBe(0);
    expect(await remindersTo(dan)).toBe(1);

    // The next month, the gentle reminder goes once again.
    expect(await run(new Date().toISOString())).toBe(6);
    expect([await remindersTo(dan), await remindersTo(vera), await remindersTo(olga)]).toEqual([2, 0, 0]);
  });
});
