import { ME } from './utils/operations';
import { failureOf, Session, signUpAdmin } from './utils/story';
import { createTestApp, TestApp } from './utils/test-app';

/*
 * The API as it runs in production. Configuration is read once when the app
 * boots, so production mode needs a file (and an app) of its own.
 */
describe('GraphQL in production', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp({ NODE_ENV: 'production' });
    admin = await signUpAdmin(t, 'Production Org');
  });
  afterAll(() => t.close());

  it('serves ordinary operations (so the refusals below are about production rules)', async () => {
    const me = await t.gql(ME, {}, admin.accessToken);
    expect(me.errors).toBeUndefined();
    expect(me.data!.me.organisation.id).toBe(admin.organisation.id);
  });

  it('refuses introspection, signed in or not', async () => {
    const queries = ['{ __schema { types { name } } }', '{ __type(name: "Member") { fields { name } } }'];
    for (const query of queries) {
      for (const token of [undefined, admin.accessToken]) {
        const req = t.http().post('/graphql').set('content-type', 'application/json');
        if (token) req.set('authorization', `Bearer ${token}`);
        const res = await req.send({ query });
        expect(res.status).toBe(400);
        expect(res.body.data).toBeUndefined();
        expect(failureOf(res.body).code).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(failureOf(res.body).message).toMatch(/introspection is not allowed/);
        expect(res.text).not.toMatch(/"(?:fields|types)"/);
      }
    }
  });

  it('does not suggest field names to someone probing the schema', async () => {
    const res = await t.gql('query { me { user { emial } } }', {}, admin.accessToken);
    expect(failureOf(res).code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(failureOf(res).message).not.toMatch(/Did you mean/);
    expect(failureOf(res).message).not.toMatch(/"email"/);
  });

  it('serves no landing page', async () => {
    const page = await t.http().get('/graphql').set('accept', 'text/html');
    expect(page.headers['content-type']).not.toMatch(/text\/html/);
    expect(page.text).not.toMatch(/<html/i);
  });

  it('never sends a stack trace', async () => {
    const res = await t.gql(
      'query($f: MemberFilter) { members(filter: $f) { totalCount } }',
      { f: { search: 'a\u0000b' } },
      admin.accessToken,
    );
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT' });

    for (const query of ['query {', '{ nope }', '{ me { user { id } } }']) {
      const failed = await t.gql(query);
      expect(failed.errors?.length).toBeGreaterThan(0);
      for (const error of failed.errors!) expect(error.extensions?.stacktrace).toBeUndefined();
    }
  });
});
