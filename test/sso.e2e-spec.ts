import { createServer } from 'node:net';
import { INVITE, LOGIN } from './utils/operations';
import { SpawnedApp, spawnApp } from './utils/spawned-app';
import { inviteAndJoin, PASSWORD, Session, signUpAdmin } from './utils/story';
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';
import { startOidcProvider, TestBrowser, TestProvider } from './support/oidc-provider';

const SETTINGS = `query { ssoSettings { issuer clientId clientSecretSet allowedDomains departmentClaim gradeClaim
  requireSso breakGlassMemberId redirectUri signInUrl } }`;
const CONFIGURE = `mutation Configure($input: ConfigureSsoInput!) { configureSso(input: $input) {
  issuer clientId clientSecretSet allowedDomains requireSso breakGlassMemberId redirectUri signInUrl } }`;
const REFRESH_FROM_COOKIE = `mutation { refresh { accessToken user { email displayName } organisation { id }
  member { id roles department } } }`;

const HARBOUR_SECRET = 'harbour-client-secret-0123456789';
const ELSEWHERE_SECRET = 'elsewhere-client-secret-9876543210';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.once('error', reject);
  });
}

/**
 * "Sign in with your organisation" against a real OpenID provider (oidc-provider, in its own process) and the
 * API in its own process, as deployed (openid-client is ES modules only: Node loads it, Jest's runtime cannot).
 * Admins configure it through GraphQL in the test's own API instance; both share one database and Redis.
 */
describe('single sign-on with the organisation’s OpenID provider', () => {
  let t: TestApp;
  let provider: TestProvider;
  let api: SpawnedApp;
  let url = '';
  let callbackPrefix = '';
  let ada: Session; // Harbourside's admin
  let meg: Session; // a Harbourside member who signed up with a password
  let eve: Session; // Elsewhere's admin

  const ok = async <T = any>(query: string, variables: Record<string, unknown>, bearer: string): Promise<T> => {
    const res = await t.gql<T>(query, variables, bearer);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const error = (res: GraphQLResponse) => res.errors?.[0]?.extensions;
  const harbourInput = (extra: Record<string, unknown> = {}) => ({
    issuer: provider.issuer,
    clientId: 'harbour-app',
    clientSecret: HARBOUR_SECRET,
    allowedDomains: ['Harbour.example'],
    departmentClaim: 'department',
    gradeClaim: 'grade',
    ...extra,
  });
  const count = async (sql: string, params: unknown[]) => Number((await t.db.query(sql, params))[0].n);
  const usersWithEmail = (email: string) => count(`SELECT count(*) AS n FROM "user" WHERE email = $1`, [email]);

  /** Starts at the organisation's sign-in link; resolves with the provider's authorization URL. */
  const start = async (browser: TestBrowser, organisation: string) => {
    const res = await browser.get(`${url}/auth/sso/${organisation}/start`);
    expect(res.status).toBe(303);
    return res.headers.get('location')!;
  };
  /** Brings the browser back to the API's callback; resolves with where the API sends it next. */
  const finish = async (browser: TestBrowser, callbackUrl: string) => {
    const res = await browser.get(callbackUrl);
    expect(res.status).toBe(303);
    return res.headers.get('location')!;
  };
  const signIn = async (browser: TestBrowser, organisation: string, login: string) =>
    finish(browser, await browser.signInAtProvider(await start(browser, organisation), login, callbackPrefix));
  /** What the web app gets when it loads after the redirect: `refresh` with the cookie. */
  const refreshInBrowser = async (browser: TestBrowser) => {
    const res = await browser.get(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-crowdcomms-client': 'web' },
      body: JSON.stringify({ query: REFRESH_FROM_COOKIE }),
    });
    return (await res.json()) as GraphQLResponse;
  };
  const failedWith = (code: string) => `${url}/sign-in?sso_error=${code}`;

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    callbackPrefix = `${url}/auth/sso/callback`;
    t = await createTestApp({ APP_URL: url });
    // The provider and the API process start while the organisations are set up.
    const apiStarted = spawnApp(
      'api',
      { PORT: String(port), APP_URL: url, MIGRATIONS_RUN: 'false' },
      'Crowdcomms ready',
    );
    const providerStarted = startOidcProvider({
      clients: [
        { client_id: 'harbour-app', client_secret: HARBOUR_SECRET, redirect_uris: [callbackPrefix] },
        { client_id: 'elsewhere-app', client_secret: ELSEWHERE_SECRET, redirect_uris: [callbackPrefix] },
      ],
      accounts: {
        alice: {
          email: 'alice@harbour.example',
          email_verified: true,
          name: 'Alice Able',
          department: 'digital comms',
          grade: 'Grade the organisation does not use',
        },
        carla: { email: 'carla@harbour.example', email_verified: true, name: 'Carla Comms', department: 'Finance' },
        nina: { email: 'nina@harbour.example', email_verified: true, name: 'Nina Nonce' },
        rex: { email: 'rex@harbour.example', email_verified: true, name: 'Rex Replay' },
        unverified: { email: 'una@harbour.example', email_verified: false, name: 'Una' },
        dora: { email: 'dora@elsewhere.example', email_verified: true, name: 'Dora Outside' },
      },
    });
    ada = await signUpAdmin(t, 'Harbourside Council', 'ada');
    meg = await inviteAndJoin(t, ada, 'meg');
    // The organisation already has this department (spelt its own way) and grade.
    await t.db.query(`UPDATE membership SET department = 'Digital Comms', grade = 'SEO' WHERE id = $1`, [
      meg.member.id,
    ]);
    eve = await signUpAdmin(t, 'Elsewhere Borough', 'eve');
    [provider, api] = await Promise.all([providerStarted, apiStarted]);
  }, 300_000);

  afterAll(async () => {
    if (api?.child.exitCode === null) api.child.kill('SIGKILL');
    await provider?.stop();
    await t?.close();
  });

  it('lets only admins configure it, with a clear field for each bad input', async () => {
    expect(error(await t.gql(CONFIGURE, { input: harbourInput() }, meg.accessToken))?.code).toBe('FORBIDDEN');
    expect(error(await t.gql(SETTINGS, {}, meg.accessToken))?.code).toBe('FORBIDDEN');

    const bad = async (extra: Record<string, unknown>) =>
      error(await t.gql(CONFIGURE, { input: harbourInput(extra) }, ada.accessToken));
    expect(await bad({ issuer: 'http://login.harbour.example' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'issuer',
    });
    expect(await bad({ issuer: 'not a url' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'issuer' });
    expect(await bad({ clientSecret: null })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'clientSecret' });
    expect(await bad({ allowedDomains: [] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'allowedDomains' });
    expect(await bad({ allowedDomains: ['harbour example'] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'allowedDomains',
    });
    expect(await bad({ departmentClaim: 'dept name' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'departmentClaim',
    });
    // Requiring SSO needs a break-glass admin of this organisation.
    expect(await bad({ requireSso: true })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'breakGlassMemberId' });
    expect(await bad({ requireSso: true, breakGlassMemberId: meg.member.id })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'breakGlassMemberId',
    });
    expect(await bad({ requireSso: true, breakGlassMemberId: eve.member.id })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await count(`SELECT count(*) AS n FROM sso_configuration`, [])).toBe(0);

    const settings = (await ok(CONFIGURE, { input: harbourInput() }, ada.accessToken)).configureSso;
    expect(settings).toEqual({
      issuer: provider.issuer,
      clientId: 'harbour-app',
      clientSecretSet: true,
      allowedDomains: ['harbour.example'],
      requireSso: false,
      breakGlassMemberId: null,
      redirectUri: `${url}/auth/sso/callback`,
      signInUrl: `${url}/auth/sso/harbourside-council/start`,
    });
    // The secret is stored sealed, never shown, and the change is audited without it.
    const [stored] = await t.db.query(`SELECT client_secret_sealed FROM sso_configuration WHERE organisation_id = $1`, [
      ada.organisation.id,
    ]);
    expect(stored.client_secret_sealed).toMatch(/^v1\./);
    expect(stored.client_secret_sealed).not.toContain(HARBOUR_SECRET);
    const audit = await t.db.query(
      `SELECT query FROM profile_audit_event WHERE organisation_id = $1 AND action = 'SETTING'`,
      [ada.organisation.id],
    );
    expect(audit).toEqual([expect.objectContaining({ query: expect.objectContaining({ setting: 'sso' }) })]);
    expect(JSON.stringify(audit)).not.toContain(HARBOUR_SECRET);
    expect(JSON.stringify((await ok(SETTINGS, {}, ada.accessToken)).ssoSettings)).not.toContain(HARBOUR_SECRET);

    // Elsewhere has its own provider client; Harbourside's admin never sees it.
    await ok(
      CONFIGURE,
      {
        input: {
          issuer: provider.issuer,
          clientId: 'elsewhere-app',
          clientSecret: ELSEWHERE_SECRET,
          allowedDomains: ['elsewhere.example'],
        },
      },
      eve.accessToken,
    );
    expect((await ok(SETTINGS, {}, ada.accessToken)).ssoSettings.clientId).toBe('harbour-app');
  });

  it('creates a MEMBER with the mapped department on first sign-in, and signs the same member in again', async () => {
    const browser = new TestBrowser();
    expect(await signIn(browser, 'harbourside-council', 'alice')).toBe(`${url}/`);
    const first = await refreshInBrowser(browser);
    expect(first.errors).toBeUndefined();
    expect(first.data!.refresh).toMatchObject({
      user: { email: 'alice@harbour.example', displayName: 'Alice Able' },
      organisation: { id: ada.organisation.id },
      // The organisation's own spelling of the department (a grade it does not use is left empty).
      member: { roles: ['MEMBER'], department: 'Digital Comms' },
    });
    const memberId = first.data!.refresh.member.id;
    expect((await t.db.query(`SELECT grade FROM membership WHERE id = $1`, [memberId]))[0].grade).toBeNull();
    // The session is an ordinary one: its access token works.
    const me = await t.gql(`query { me { member { id } } }`, {}, first.data!.refresh.accessToken);
    expect(me.data!.me.member.id).toBe(memberId);

    const again = new TestBrowser();
    expect(await signIn(again, ada.organisation.id, 'alice')).toBe(`${url}/`);
    expect((await refreshInBrowser(again)).data!.refresh.member.id).toBe(memberId);
    expect(await usersWithEmail('alice@harbour.example')).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM membership WHERE organisation_id = $1`, [ada.organisation.id])).toBe(
      3,
    );
  });

  it('joins someone invited as the admin invited them, and the invitation is no longer pending', async () => {
    await ok(
      INVITE,
      { input: { email: 'carla@harbour.example', roles: ['COMMS', 'MEMBER'], department: 'Press Office' } },
      ada.accessToken,
    );
    const pending = () => ok(`{ pendingInvitations { email } }`, {}, ada.accessToken);
    expect((await pending()).pendingInvitations).toContainEqual({ email: 'carla@harbour.example' });

    const browser = new TestBrowser();
    expect(await signIn(browser, 'harbourside-council', 'carla')).toBe(`${url}/`);
    const signedIn = await refreshInBrowser(browser);
    expect(signedIn.errors).toBeUndefined();
    // The invitation's roles and department, not the provider's department.
    expect(signedIn.data!.refresh.member).toMatchObject({ roles: ['COMMS', 'MEMBER'], department: 'Press Office' });
    expect((await pending()).pendingInvitations).not.toContainEqual({ email: 'carla@harbour.example' });
  });

  it('refuses a callback with the wrong state, or in a browser that did not start it', async () => {
    const browser = new TestBrowser();
    const callback = new URL(
      await browser.signInAtProvider(await start(browser, 'harbourside-council'), 'nina', callbackPrefix),
    );
    const pending = browser.cookie(new URL(url).host, 'crowdcomms_sso')!;
    const forged = new URL(callback);
    forged.searchParams.set('state', 'forged-state');
    expect(await finish(browser, forged.href)).toBe(failedWith('state_mismatch'));
    expect(browser.cookie(new URL(url).host, 'crowdcomms_refresh')).toBeUndefined();

    // Someone else's browser (no pending sign-in of its own) cannot complete it.
    expect(await finish(new TestBrowser(), callback.href)).toBe(failedWith('state_mismatch'));
    // A pending sign-in that was tampered with is no pending sign-in.
    const tampered = new TestBrowser();
    tampered.setCookie(new URL(url).host, 'crowdcomms_sso', pending.slice(0, -4) + 'AAAA');
    expect(await finish(tampered, callback.href)).toBe(failedWith('state_mismatch'));
    expect(await usersWithEmail('nina@harbour.example')).toBe(0);
  });

  it('refuses an ID token whose nonce is not the one this sign-in sent', async () => {
    const browser = new TestBrowser();
    const authorization = new URL(await start(browser, 'harbourside-council'));
    authorization.searchParams.set('nonce', 'a-nonce-from-another-sign-in');
    const callback = await browser.signInAtProvider(authorization.href, 'nina', callbackPrefix);
    expect(await finish(browser, callback)).toBe(failedWith('nonce_mismatch'));
    expect(await usersWithEmail('nina@harbour.example')).toBe(0);
  });

  it('refuses a code used twice', async () => {
    const browser = new TestBrowser();
    const callback = await browser.signInAtProvider(await start(browser, 'harbourside-council'), 'rex', callbackPrefix);
    const pending = browser.cookie(new URL(url).host, 'crowdcomms_sso')!;
    expect(await finish(browser, callback)).toBe(`${url}/`);

    const replay = new TestBrowser();
    replay.setCookie(new URL(url).host, 'crowdcomms_sso', pending);
    expect(await finish(replay, callback)).toBe(failedWith('code_rejected'));
    expect(replay.cookie(new URL(url).host, 'crowdcomms_refresh')).toBeUndefined();
  });

  it('refuses e-mail outside the allowed domains, or unverified, and creates nobody', async () => {
    expect(await signIn(new TestBrowser(), 'harbourside-council', 'dora')).toBe(failedWith('domain_not_allowed'));
    expect(await usersWithEmail('dora@elsewhere.example')).toBe(0);
    expect(await signIn(new TestBrowser(), 'harbourside-council', 'unverified')).toBe(failedWith('email_not_verified'));
    expect(await usersWithEmail('una@harbour.example')).toBe(0);
  });

  it('uses only the organisation’s own configuration', async () => {
    // Elsewhere's sign-in goes to Elsewhere's client; Harbourside's goes to Harbourside's.
    const elsewhere = new TestBrowser();
    expect(new URL(await start(elsewhere, 'elsewhere-borough')).searchParams.get('client_id')).toBe('elsewhere-app');
    expect(new URL(await start(new TestBrowser(), 'harbourside-council')).searchParams.get('client_id')).toBe(
      'harbour-app',
    );
    // A Harbourside code brought to an Elsewhere sign-in is redeemed as Elsewhere's client, and refused.
    const harbour = new TestBrowser();
    const callback = new URL(
      await harbour.signInAtProvider(await start(harbour, 'harbourside-council'), 'alice', callbackPrefix),
    );
    const pendingElsewhere = new TestBrowser();
    const elsewhereState = new URL(await start(pendingElsewhere, 'elsewhere-borough')).searchParams.get('state')!;
    callback.searchParams.set('state', elsewhereState);
    expect(await finish(pendingElsewhere, callback.href)).toBe(failedWith('code_rejected'));
    expect(await count(`SELECT count(*) AS n FROM membership WHERE organisation_id = $1`, [eve.organisation.id])).toBe(
      1,
    );

    // An organisation without SSO, or none at all.
    const plain = await signUpAdmin(t, 'Plain Parish', 'pat');
    expect((await new TestBrowser().get(`${url}/auth/sso/plain-parish/start`)).headers.get('location')).toBe(
      failedWith('not_configured'),
    );
    expect((await new TestBrowser().get(`${url}/auth/sso/no-such-council/start`)).headers.get('location')).toBe(
      failedWith('not_configured'),
    );
    // A provider that does not answer.
    const closed = await freePort();
    await ok(
      CONFIGURE,
      {
        input: {
          issuer: `http://127.0.0.1:${closed}`,
          clientId: 'x',
          clientSecret: 'y',
          allowedDomains: ['plain.example'],
        },
      },
      plain.accessToken,
    );
    expect((await new TestBrowser().get(`${url}/auth/sso/plain-parish/start`)).headers.get('location')).toBe(
      failedWith('provider_unreachable'),
    );
  });

  it('refuses passwords once SSO is required, except for the break-glass admin', async () => {
    const login = (session: Session) =>
      t.gql(LOGIN, {
        input: { email: session.user.email, password: PASSWORD, organisationId: session.organisation.id },
      });
    const megSignedIn = (await login(meg)).data?.login;
    expect(megSignedIn).toBeTruthy();
    const alicesBrowser = new TestBrowser();
    expect(await signIn(alicesBrowser, 'harbourside-council', 'alice')).toBe(`${url}/`);
    const whoAmI = (token: string) => t.gql(`query { me { member { id } } }`, {}, token);
    expect((await whoAmI(megSignedIn.accessToken)).data?.me.member.id).toBe(meg.member.id);

    await ok(
      CONFIGURE,
      { input: harbourInput({ clientSecret: null, requireSso: true, breakGlassMemberId: ada.member.id }) },
      ada.accessToken,
    );
    // Sessions that began with a password end at once, except the break-glass admin's; SSO sessions go on.
    expect(error(await whoAmI(megSignedIn.accessToken))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(error(await whoAmI(meg.accessToken))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await whoAmI(ada.accessToken)).data?.me.member.id).toBe(ada.member.id);
    expect((await refreshInBrowser(alicesBrowser)).data?.refresh.user.email).toBe('alice@harbour.example');
    const settings = (await ok(SETTINGS, {}, ada.accessToken)).ssoSettings;
    expect(settings).toMatchObject({ requireSso: true, breakGlassMemberId: ada.member.id, clientSecretSet: true });

    const refused = await login(meg);
    expect(refused.data).toBeNull();
    expect(error(refused)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'SSO_REQUIRED',
      organisationSlug: 'harbourside-council',
    });
    expect((await login(ada)).data?.login.member.id).toBe(ada.member.id);
    // The stored secret was kept, so sign-in with the provider still works.
    expect(await signIn(new TestBrowser(), 'harbourside-council', 'alice')).toBe(`${url}/`);
    // Other organisations' passwords are untouched.
    expect((await login(eve)).data?.login).toBeTruthy();
  });
});
