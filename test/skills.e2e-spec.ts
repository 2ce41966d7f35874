import {
  CREATE_SKILL,
  LOOKUP_SKILLS,
  MERGE_SKILLS,
  MY_PROFILE,
  PEOPLE_SEARCH,
  RECORD_SKILL_DEMAND,
  SKILL,
  SKILLS,
  SKILLS_GAP_REPORT,
  UPDATE_MY_PROFILE,
  UPDATE_MY_PROFILE_PRIVACY,
} from './utils/operations';
import { inviteAndJoin, Session, signUpAdmin } from './utils/story';
import { createTestApp, TestApp } from './utils/test-app';

const code = (res: any): string | undefined => res.errors?.[0]?.extensions?.code;

describe('the skills taxonomy', () => {
  let t: TestApp;
  let admin: Session;
  let hr: Session;
  let member: Session;
  let other: Session;

  const lookup = async (who: Session, name: string): Promise<string[]> => {
    const res = await t.gql(LOOKUP_SKILLS, { name, first: 5 }, who.accessToken);
    expect(res.errors).toBeUndefined();
    return res.data!.lookupSkills.map((s: any) => s.slug);
  };
  const idOf = async (who: Session, name: string): Promise<string> => {
    const res = await t.gql(LOOKUP_SKILLS, { name, first: 1 }, who.accessToken);
    return res.data!.lookupSkills[0].id;
  };
  const create = (who: Session, input: Record<string, unknown>) => t.gql(CREATE_SKILL, { input }, who.accessToken);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signUpAdmin(t, 'Taxonomy Town');
    hr = await inviteAndJoin(t, admin, 'hr', ['HR', 'MEMBER']);
    member = await inviteAndJoin(t, admin, 'member');
    other = await signUpAdmin(t, 'Other Place');
  });
  afterAll(() => t.close());

  it('ships at least 150 skills with categories, aliases and related skills, seeded by migration', async () => {
    const all: any[] = [];
    let after: string | undefined;
    for (;;) {
      const res = await t.gql(SKILLS, { first: 100, after }, member.accessToken);
      expect(res.errors).toBeUndefined();
      all.push(...res.data!.skills.edges.map((e: any) => e.node));
      if (!res.data!.skills.pageInfo.hasNextPage) break;
      after = res.data!.skills.pageInfo.endCursor;
    }
    expect(all.length).toBeGreaterThanOrEqual(150);
    expect(all.every((s) => s.shipped)).toBe(true);
    expect(new Set(all.map((s) => s.category)).size).toBeGreaterThan(15);
    const twitter = all.find((s) => s.slug === 'x-twitter');
    expect(twitter).toMatchObject({ name: 'X (Twitter)', category: 'SOCIAL_MEDIA' });
    expect(twitter.aliases).toContain('Twitter');
    const detail = await t.gql(SKILL, { id: twitter.id }, member.accessToken);
    expect(detail.data!.skill.related.length).toBeGreaterThan(0);
    const social = await t.gql(SKILLS, { category: 'SOCIAL_MEDIA', first: 100 }, member.accessToken);
    expect(social.data!.skills.edges.every((e: any) => e.node.category === 'SOCIAL_MEDIA')).toBe(true);
  });

  it('looks skills up by name or alias, tolerating typos', async () => {
    expect((await lookup(member, 'twiter'))[0]).toBe('x-twitter');
    expect((await lookup(member, 'Twitter'))[0]).toBe('x-twitter');
    expect((await lookup(member, 'seo'))[0]).toBe('search-engine-optimisation');
    expect((await lookup(member, 'search engine optimization'))[0]).toBe('search-engine-optimisation');
    expect((await lookup(member, 'podcastng'))[0]).toBe('podcasting');
    expect(await lookup(member, '!!!')).toEqual([]);
    expect(await lookup(member, 'zzqqxxj')).toEqual([]);
    expect(code(await t.gql(LOOKUP_SKILLS, { name: 'x'.repeat(121) }, member.accessToken))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(LOOKUP_SKILLS, { name: '' }, member.accessToken))).toBe('BAD_USER_INPUT');
  });

  it('lets HR and admins add organisation skills, refusing names another skill already answers to', async () => {
    const seoId = await idOf(member, 'seo');
    const added = await create(hr, {
      name: 'Parish newsletter layout',
      category: 'EMAIL_AND_NEWSLETTERS',
      aliases: ['parish mag'],
      relatedSkillIds: [seoId],
      description: 'Laying out the parish magazine.',
    });
    expect(added.errors).toBeUndefined();
    expect(added.data!.createSkill).toMatchObject({
      slug: 'parish-newsletter-layout',
      shipped: false,
      aliases: ['parish mag'],
      related: [{ slug: 'search-engine-optimisation' }],
    });
    expect((await lookup(member, 'parish newsleter'))[0]).toBe('parish-newsletter-layout');

    expect(code(await create(member, { name: 'Knitting', category: 'COMMUNITY' }))).toBe('FORBIDDEN');
    for (const name of ['Twitter', 'x (twitter)', 'PARISH MAG', 'Parish-newsletter layout']) {
      const res = await create(admin, { name, category: 'SOCIAL_MEDIA' });
      expect({ name, code: code(res) }).toEqual({ name, code: 'CONFLICT' });
    }
    for (const input of [
      { name: '!!', category: 'SOCIAL_MEDIA' },
      { name: 'Ok name', category: 'NOT_A_CATEGORY' },
      { name: 'x'.repeat(121), category: 'SOCIAL_MEDIA' },
      { name: 'Fine', category: 'SOCIAL_MEDIA', relatedSkillIds: ['00000000-0000-4000-8000-000000000000'] },
    ]) {
      expect({ input, code: code(await create(admin, input)) }).toEqual({ input, code: 'BAD_USER_INPUT' });
    }
  });

  it('keeps an organisation’s skills invisible to every other organisation', async () => {
    const own = (await create(admin, { name: 'Harbour signage', category: 'DESIGN' })).data!.createSkill;
    expect(code(await t.gql(SKILL, { id: own.id }, other.accessToken))).toBe('NOT_FOUND');
    expect(await lookup(other, 'Harbour signage')).not.toContain('harbour-signage');
    const listed = await t.gql(SKILLS, { category: 'DESIGN', first: 100 }, other.accessToken);
    expect(listed.data!.skills.edges.map((e: any) => e.node.slug)).not.toContain('harbour-signage');
    // The other organisation may use the same name for its own skill.
    expect((await create(other, { name: 'Harbour signage', category: 'DESIGN' })).errors).toBeUndefined();
    const foreignMerge = await t.gql(
      MERGE_SKILLS,
      { input: { sourceSkillId: own.id, targetSkillId: await idOf(other, 'seo') } },
      other.accessToken,
    );
    expect(code(foreignMerge)).toBe('NOT_FOUND');
    const profile = await t.gql(
      UPDATE_MY_PROFILE,
      { input: { skills: [{ skillId: own.id, level: 3 }] } },
      other.accessToken,
    );
    expect(code(profile)).toBe('BAD_USER_INPUT');
  });

  it('merges a duplicate into another skill: profiles, search, demand and look-ups follow', async () => {
    const twitterId = await idOf(member, 'Twitter');
    const dup = (await create(admin, { name: 'Birdsite posting', category: 'SOCIAL_MEDIA', aliases: ['birdsite'] }))
      .data!.createSkill;
    // One person has only the duplicate (level 4); another has both (duplicate 5, original 2).
    await t.gql(UPDATE_MY_PROFILE, { input: { skills: [{ skillId: dup.id, level: 4 }] } }, member.accessToken);
    await t.gql(UPDATE_MY_PROFILE_PRIVACY, { input: { visibility: 'ORGANISATION' } }, member.accessToken);
    await t.gql(
      UPDATE_MY_PROFILE,
      {
        input: {
          skills: [
            { skillId: dup.id, level: 5 },
            { skillId: twitterId, level: 2 },
          ],
        },
      },
      hr.accessToken,
    );
    await t.gql(
      RECORD_SKILL_DEMAND,
      { input: { skillId: dup.id, minLevel: 4, people: 2, period: '2026-06-01' } },
      hr.accessToken,
    );

    expect(
      code(await t.gql(MERGE_SKILLS, { input: { sourceSkillId: dup.id, targetSkillId: dup.id } }, admin.accessToken)),
    ).toBe('BAD_USER_INPUT');
    expect(
      code(
        await t.gql(MERGE_SKILLS, { input: { sourceSkillId: twitterId, targetSkillId: dup.id } }, admin.accessToken),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      code(
        await t.gql(MERGE_SKILLS, { input: { sourceSkillId: dup.id, targetSkillId: twitterId } }, member.accessToken),
      ),
    ).toBe('FORBIDDEN');
    const merged = await t.gql(
      MERGE_SKILLS,
      { input: { sourceSkillId: dup.id, targetSkillId: twitterId } },
      admin.accessToken,
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeSkills.slug).toBe('x-twitter');

    const mine = (await t.gql(MY_PROFILE, {}, member.accessToken)).data!.myProfile;
    expect(mine.skills.map((s: any) => [s.skill.slug, s.level])).toEqual([['x-twitter', 4]]);
    const hrs = (await t.gql(MY_PROFILE, {}, hr.accessToken)).data!.myProfile;
    expect(hrs.skills.map((s: any) => [s.skill.slug, s.level])).toEqual([['x-twitter', 5]]);

    const found = await t.gql(
      PEOPLE_SEARCH,
      { filter: { skills: [{ skillId: twitterId, minLevel: 4 }] } },
      hr.accessToken,
    );
    expect(found.data!.peopleSearch.totalCount).toBe(2);
    // The old id still works in a filter, and the old names look up the survivor.
    const byOldId = await t.gql(
      PEOPLE_SEARCH,
      { filter: { skills: [{ skillId: dup.id, minLevel: 4 }] } },
      hr.accessToken,
    );
    expect(byOldId.data!.peopleSearch.totalCount).toBe(2);
    expect((await lookup(member, 'birdsite'))[0]).toBe('x-twitter');
    expect((await t.gql(SKILL, { id: dup.id }, member.accessToken)).data!.skill.slug).toBe('x-twitter');
    const listed = await t.gql(SKILLS, { category: 'SOCIAL_MEDIA', first: 100 }, member.accessToken);
    expect(listed.data!.skills.edges.map((e: any) => e.node.slug)).not.toContain('birdsite-posting');

    const gap = await t.gql(SKILLS_GAP_REPORT, { input: { from: '2026-06-01', to: '2026-06-30' } }, hr.accessToken);
    expect(gap.data!.skillsGapReport).toEqual([
      expect.objectContaining({ skill: { slug: 'x-twitter', name: 'X (Twitter)' }, demandPeople: 2, supplyPeople: 2 }),
    ]);
    expect(
      code(
        await t.gql(MERGE_SKILLS, { input: { sourceSkillId: dup.id, targetSkillId: twitterId } }, admin.accessToken),
      ),
    ).toBe('CONFLICT');
  });
});
