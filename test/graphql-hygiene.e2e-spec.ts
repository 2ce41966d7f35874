import { randomUUID } from 'node:crypto';
import { CHANGE_ROLES, DEACTIVATE, INVITE, LOGIN, MEMBER, SIGN_UP, WHO_AM_I } from './utils/operations';
import { countRows, failureOf, inviteAndJoin, PASSWORD, Session, signUpAdmin, uniqueEmail } from './utils/story';
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';

const MAX_DEPTH = 3;

/** What must never reach a client: stack traces, server file paths, driver internals. */
const LEAKS =
  /stacktrace|node_modules|\/(?:work|home|usr|tmp|app|src)\/|\.[jt]s:\d+|\bat \S+ \(|QueryFailedError|postgres|SQL/i;

type Body = GraphQLResponse & Record<string, unknown>;

describe('GraphQL hygiene', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp({ GRAPHQL_MAX_DEPTH: String(MAX_DEPTH) });
    admin = await signUpAdmin(t, 'Hygiene Org');
  });
  afterAll(() => t.close());

  /** POSTs a document as a browser client would, keeping the HTTP status. */
  async function post(body: unknown, token?: string): Promise<{ status: number; body: Body }> {
    const req = t.http().post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send(body as object);
    const parsed = res.body as Body;
    // Only errors are checked: tokens in successful answers are random text.
    if (parsed.errors) expect(JSON.stringify(parsed.errors)).not.toMatch(LEAKS);
    return { status: res.status, body: parsed };
  }

  const signUpInput = (email: string) => ({
    email,
    password: PASSWORD,
    displayName: 'Probe',
    organisationName: 'Probe Org',
  });

  /** Proves a sign-up never ran: no user row for the address, and it cannot sign in. */
  async function expectNoAccount(email: string): Promise<void> {
    expect(await countRows(t, 'user', 'email = $1', [email])).toBe(0);
    expect(failureOf(await t.gql(LOGIN, { input: { email, password: PASSWORD } })).code).toBe('UNAUTHENTICATED');
  }

  describe('document limits (checked before any resolver runs)', () => {
    it(`rejects a sign-up selecting deeper than ${MAX_DEPTH} levels, and creates nothing`, async () => {
      const users = await countRows(t, 'user');
      const organisations = await countRows(t, 'organisation');
      const email = uniqueEmail('deep');
      const deep = await post({
        query: `mutation($input: SignUpInput!) { signUp(input: $input) { member { user { email } } } }`,
        variables: { input: signUpInput(email) },
      });
      expect(deep.status).toBe(400);
      expect(deep.body.data).toBeUndefined();
      expect(failureOf(deep.body).code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(failureOf(deep.body).message).toMatch(`depth limit of ${MAX_DEPTH} exceeded`);

      // The same depth hidden in a fragment.
      const viaFragment = await post({
        query: `fragment Deep on Member { user { email } }
          mutation($input: SignUpInput!) { signUp(input: $input) { member { ...Deep } } }`,
        variables: { input: signUpInput(email) },
      });
      expect(viaFragment.status).toBe(400);
      expect(viaFragment.body.data).toBeUndefined();
      expect(failureOf(viaFragment.body).code).toBe('GRAPHQL_VALIDATION_FAILED');

      expect(await countRows(t, 'user')).toBe(users);
      expect(await countRows(t, 'organisation')).toBe(organisations);
      await expectNoAccount(email);

      // The same sign-up within the limit goes through, its fields shared in a fragment
      // (a fragment spread is not a level of its own).
      const shallow = await post({
        query: `fragment MemberId on Member { id }
          mutation($input: SignUpInput!) { signUp(input: $input) { accessToken member { ...MemberId } } }`,
        variables: { input: signUpInput(email) },
      });
      expect(shallow.body.errors).toBeUndefined();
      expect(await countRows(t, 'user', 'email = $1', [email])).toBe(1);
    });

    it('rejects more than 15 aliases, and runs none of the aliased sign-ups', async () => {
      const emails = Array.from({ length: 16 }, () => uniqueEmail('alias'));
      const fields = emails.map(
        (email, i) =>
          `a${i}: signUp(input: { email: "${email}", password: "${PASSWORD}", displayName: "A", organisationName: "Alias Org" }) { accessToken }`,
      );
      const users = await countRows(t, 'user');
      const many = await post({ query: `mutation { ${fields.join(' ')} }` });
      expect(many.status).toBe(400);
      expect(many.body.data).toBeUndefined();
      expect(failureOf(many.body).code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(failureOf(many.body).message).toMatch(/Aliases limit of 15/);
      expect(await countRows(t, 'user')).toBe(users);
      await expectNoAccount(emails[0]);

      const fifteen = Array.from({ length: 15 }, (_, i) => `a${i}: me { organisation { id } }`).join(' ');
      const ok = await post({ query: `query { ${fifteen} }` }, admin.accessToken);
      expect(ok.body.errors).toBeUndefined();
      expect(ok.body.data!.a14.organisation.id).toBe(admin.organisation.id);
    });

    it('rejects more than 20 directives', async () => {
      // One directive per inline fragment: @include may appear once per location.
      const document = (n: number) => `query { ${Array(n).fill('... @include(if: true) { __typename }').join(' ')} }`;
      const many = await post({ query: document(21) }, admin.accessToken);
      expect(many.status).toBe(400);
      expect(many.body.data).toBeUndefined();
      expect(failureOf(many.body).code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(failureOf(many.body).message).toMatch(/Directives limit of 20/);
      const ok = await post({ query: document(20) }, admin.accessToken);
      expect(ok.body.errors).toBeUndefined();
    });

    it('refuses a document of more than 2000 tokens at parsing', async () => {
      // 20 tokens around the list, one per list item.
      const document = (tokens: number) =>
        `mutation { changeMemberRoles(input: { memberId: "${randomUUID()}", roles: [${Array(tokens - 20)
          .fill('MEMBER')
          .join(' ')}] }) { id } }`;
      // At the limit the document is parsed and validated; it then fails on its merits (no token).
      const atLimit = await post({ query: document(2000) });
      expect(failureOf(atLimit.body).code).toBe('UNAUTHENTICATED');
      const over = await post({ query: document(2001) });
      expect(over.status).toBe(400);
      expect(over.body.data).toBeUndefined();
      expect(failureOf(over.body).code).toBe('GRAPHQL_PARSE_FAILED');
    });

    it('refuses a page of 1000 with BAD_USER_INPUT', async () => {
      for (const first of [1000, 101, 0, -1]) {
        const res = await post(
          { query: `query($first: Int) { members(first: $first) { totalCount } }`, variables: { first } },
          admin.accessToken,
        );
        expect(failureOf(res.body).code).toBe('BAD_USER_INPUT');
        expect(res.body.data ?? null).toBeNull();
      }
      const big = await post({ query: `query { members(first: 1000) { totalCount } }` }, admin.accessToken);
      expect(failureOf(big.body)).toEqual({ code: 'BAD_USER_INPUT', message: 'first must not be greater than 100' });
      const ok = await post({ query: `query { members(first: 100) { totalCount } }` }, admin.accessToken);
      expect(ok.body.errors).toBeUndefined();
    });
  });

  describe('errors', () => {
    it('reports an unknown field as GRAPHQL_VALIDATION_FAILED', async () => {
      const res = await post({ query: `query { me { organisation { id secretSauce } } }` }, admin.accessToken);
      expect(res.status).toBe(400);
      expect(res.body.data).toBeUndefined();
      expect(failureOf(res.body).code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('reports a syntax error as GRAPHQL_PARSE_FAILED, a client error', async () => {
      const res = await post({ query: `query { me { organisation { id }` }, admin.accessToken);
      expect(res.status).toBe(400);
      expect(res.body.data).toBeUndefined();
      expect(failureOf(res.body).code).toBe('GRAPHQL_PARSE_FAILED');
    });

    it('never sends a stack trace, a file path or database details, whatever the failure', async () => {
      const member = await inviteAndJoin(t, admin, 'plain');
      const cases: [string, unknown, string | undefined, string][] = [
        ['syntax', { query: 'query {' }, undefined, 'GRAPHQL_PARSE_FAILED'],
        ['unknown field', { query: '{ nope }' }, undefined, 'GRAPHQL_VALIDATION_FAILED'],
        [
          'bad variable',
          { query: 'query($id: ID!) { member(id: $id) { id } }', variables: { id: { $ne: 1 } } },
          admin.accessToken,
          'BAD_USER_INPUT',
        ],
        [
          'missing variable',
          { query: 'query($id: ID!) { member(id: $id) { id } }' },
          admin.accessToken,
          'BAD_USER_INPUT',
        ],
        ['not signed in', { query: WHO_AM_I }, undefined, 'UNAUTHENTICATED'],
        ['garbage token', { query: WHO_AM_I }, 'garbage', 'UNAUTHENTICATED'],
        ['not an admin', { query: DEACTIVATE, variables: { id: admin.member.id } }, member.accessToken, 'FORBIDDEN'],
        ['missing member', { query: MEMBER, variables: { id: randomUUID() } }, admin.accessToken, 'NOT_FOUND'],
        ['malformed id', { query: MEMBER, variables: { id: 'nope' } }, admin.accessToken, 'BAD_USER_INPUT'],
        [
          'invalid input',
          { query: INVITE, variables: { input: { email: 'nope', roles: ['MEMBER'] } } },
          admin.accessToken,
          'BAD_USER_INPUT',
        ],
        [
          'unknown input field',
          { query: SIGN_UP, variables: { input: { ...signUpInput(uniqueEmail('x')), isAdmin: true } } },
          undefined,
          'BAD_USER_INPUT',
        ],
        ['conflict', { query: SIGN_UP, variables: { input: signUpInput(admin.user.email) } }, undefined, 'CONFLICT'],
        [
          'last admin',
          { query: CHANGE_ROLES, variables: { input: { memberId: admin.member.id, roles: ['MEMBER'] } } },
          admin.accessToken,
          'CONFLICT',
        ],
      ];
      for (const [label, body, token, code] of cases) {
        const res = await post(body, token);
        expect({ label, code: failureOf(res.body).code }).toEqual({ label, code });
        for (const error of res.body.errors ?? []) expect(error.extensions?.stacktrace).toBeUndefined();
      }
    });

    it('answers text PostgreSQL cannot store (a NUL byte) with BAD_USER_INPUT', async () => {
      const res = await post(
        {
          query: 'query($f: MemberFilter) { members(filter: $f) { totalCount } }',
          variables: { f: { search: 'a\u0000b' } },
        },
        admin.accessToken,
      );
      expect(res.body.errors).toHaveLength(1);
      const [error] = res.body.errors!;
      expect(error.message).toMatch(/cannot be stored/);
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    });

    it('answers text that is not well-formed Unicode (a lone surrogate) with BAD_USER_INPUT, and stores nothing', async () => {
      // JSON can carry half a UTF-16 pair; it is no character: validators trip on it, jsonb refuses it.
      const CREATE_POST = 'mutation($input: CreatePostInput!) { createPost(input: $input) { id } }';
      const UPDATE_MY_PROFILE = 'mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id } }';
      const cases: [string, string, Record<string, unknown>][] = [
        ['a post', CREATE_POST, { input: { body: 'Launch day \ud83d' } }],
        ['a profile link', UPDATE_MY_PROFILE, { input: { links: [{ kind: 'WEBSITE', url: 'https://x.org/\udc00' }] } }],
        ['a profile headline', UPDATE_MY_PROFILE, { input: { headline: '\ud800 Comms lead' } }],
      ];
      for (const [label, query, variables] of cases) {
        const res = await post({ query, variables }, admin.accessToken);
        expect({ label, errors: res.body.errors }).toEqual({
          label,
          errors: [
            expect.objectContaining({
              message: 'Text must be well-formed Unicode',
              extensions: { code: 'BAD_USER_INPUT' },
            }),
          ],
        });
      }
      const db = t.db;
      expect(await db.query(`SELECT body FROM post WHERE body LIKE 'Launch day%'`)).toEqual([]);
      const [profile] = await db.query(`SELECT headline, links FROM profile WHERE membership_id = $1`, [
        admin.member.id,
      ]);
      expect(profile ?? { headline: null, links: [] }).toEqual({ headline: null, links: [] });
      // The same text, whole, is stored as sent.
      const whole = await post(
        { query: CREATE_POST, variables: { input: { body: 'Launch day \ud83d\ude80' } } },
        admin.accessToken,
      );
      expect(whole.body.errors).toBeUndefined();
    });
  });

  describe('cross-site requests and batching', () => {
    const CSRF = /Cross-Site Request Forgery/;
    const mutation = (email: string) =>
      JSON.stringify({
        query: `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`,
        variables: { input: signUpInput(email) },
      });

    it('blocks a sign-up posted as text/plain, a form or multipart, and runs nothing', async () => {
      const asText = uniqueEmail('csrf-text');
      const text = await t.http().post('/graphql').set('content-type', 'text/plain').send(mutation(asText));
      expect(text.status).toBe(400);
      expect(text.text).toMatch(CSRF);
      await expectNoAccount(asText);

      const asForm = uniqueEmail('csrf-form');
      const form = await t
        .http()
        .post('/graphql')
        .type('form')
        .send({
          query: `mutation { signUp(input: { email: "${asForm}", password: "${PASSWORD}", displayName: "F", organisationName: "Form Org" }) { accessToken } }`,
        });
      expect(form.status).toBe(400);
      expect(form.text).toMatch(CSRF);
      await expectNoAccount(asForm);

      const multipart = await t
        .http()
        .post('/graphql')
        .field('operations', mutation(uniqueEmail('csrf-multipart')));
      expect(multipart.status).toBe(400);
      expect(multipart.text).toMatch(CSRF);
    });

    it('blocks a GET query without a preflight header, and never runs a mutation over GET', async () => {
      const query = '{ me { organisation { id } } }';
      const simple = await t
        .http()
        .get('/graphql')
        .query({ query })
        .set('authorization', `Bearer ${admin.accessToken}`);
      expect(simple.status).toBe(400);
      expect(simple.text).toMatch(CSRF);
      expect(simple.text).not.toContain(admin.organisation.id);

      const preflighted = await t
        .http()
        .get('/graphql')
        .query({ query })
        .set('apollo-require-preflight', 'true')
        .set('authorization', `Bearer ${admin.accessToken}`);
      expect(preflighted.status).toBe(200);
      expect(preflighted.body.data.me.organisation.id).toBe(admin.organisation.id);

      const email = uniqueEmail('csrf-get');
      const viaGet = await t
        .http()
        .get('/graphql')
        .query({
          query: `mutation { signUp(input: { email: "${email}", password: "${PASSWORD}", displayName: "G", organisationName: "Get Org" }) { accessToken } }`,
        })
        .set('apollo-require-preflight', 'true');
      expect(viaGet.status).toBe(405);
      await expectNoAccount(email);
    });

    it('refuses batched requests and runs none of them', async () => {
      const emails = [uniqueEmail('batch'), uniqueEmail('batch')];
      const res = await t
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .send(`[${emails.map(mutation).join(',')}]`);
      expect(res.status).toBe(400);
      expect(res.body.data).toBeUndefined();
      expect(res.text).toMatch(/batching/i);
      for (const email of emails) await expectNoAccount(email);
    });
  });

  it('serves the landing page outside production (the production file checks it is gone there)', async () => {
    const page = await t.http().get('/graphql').set('accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
  });

  it('keeps a validator on the web app’s page, which browsers revalidate (no-cache)', async () => {
    const page = await t.http().get('/sign-in').set('accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers.etag).toEqual(expect.any(String));
    const again = await t.http().get('/sign-in').set('accept', 'text/html').set('if-none-match', page.headers.etag);
    expect(again.status).toBe(304);
  });
});
