import { DEMO_ORGANISATION, DEMO_PASSWORD } from '../apps/api/src/demo/demo-data';
import { DEMO_POSTS } from '../apps/api/src/demo/demo-community';
import { FEED, LOGIN, MEMBERS, PEOPLE_SEARCH } from './utils/operations';
import { createTestApp, TestApp } from './utils/test-app';

/** What a newcomer sees after `npm start`: the demo organisation, ready to explore. */
describe('the demo organisation', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ SEED_DEMO: 'true' });
  });
  afterAll(() => t.close());

  const login = async (email: string) => {
    const res = await t.gql(LOGIN, { input: { email, password: DEMO_PASSWORD } });
    expect(res.errors).toBeUndefined();
    return res.data!.login.accessToken as string;
  };

  it('lets every demo account sign in, with the roles the README lists', async () => {
    const token = await login('amira.admin@harbourside.example');
    const members = await t.gql(MEMBERS, { first: 50 }, token);
    expect(members.data!.members.totalCount).toBe(DEMO_ORGANISATION.people.length);
    const hr = await t.gql(MEMBERS, { filter: { role: 'HR' } }, token);
    expect(hr.data!.members.edges.map((e: any) => e.node.user.email)).toEqual(['hana.hr@harbourside.example']);
  });

  it('gives the comms lead profiles to search: the blogger, the tidy-up lead, the social-account helper', async () => {
    const token = await login('colin.comms@harbourside.example');
    const find = async (query: string) =>
      (await t.gql(PEOPLE_SEARCH, { query }, token)).data!.peopleSearch.edges.map((e: any) => e.node.displayName);
    expect((await find('blogging'))[0]).toBe('Ben Adeyemi');
    expect(await find('content tidy-up')).toContain('Wendy Tran');
    expect((await find('twitter'))[0]).toBe('Sam Kowalski');
  });

  it('has a community to read: every public post in a volunteer’s feed, the private group’s only for its members', async () => {
    const feed = async (email: string) =>
      ((await t.gql(FEED, { first: 50 }, await login(email))).data!.feed.edges as any[]).map((e) => e.node);
    const bens = await feed('ben.blogger@harbourside.example');
    expect(bens).toHaveLength(DEMO_POSTS.length);
    expect(bens[0].author.user.displayName).toBe('Tom Byrne');
    expect(bens.find((p) => p.kind === 'WORK_SHARE')).toMatchObject({ commentCount: 1, reactionCount: 3 });
    const toms = await feed('tom.trainee@harbourside.example');
    expect(toms).toHaveLength(DEMO_POSTS.length - 1);
    expect(toms.some((p) => p.group?.name === 'Web editors')).toBe(false);
  });

  it('is loaded once: a second start changes nothing', async () => {
    const { DemoSeedService } = await import('../apps/api/src/demo/demo-seed.service');
    await t.app.get(DemoSeedService).onApplicationBootstrap();
    const token = await login('amira.admin@harbourside.example');
    const members = await t.gql(MEMBERS, { first: 50 }, token);
    expect(members.data!.members.totalCount).toBe(DEMO_ORGANISATION.people.length);
  });
});
