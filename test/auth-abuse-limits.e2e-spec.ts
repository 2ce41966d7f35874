import { CHANGE_PASSWORD, INVITE, LOGIN, REFRESH } from './utils/operations';
import { failureOf, PASSWORD, Session, signUpAdmin, uniqueEmail } from './utils/story';
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';

/*
 * Behind a trusted proxy (TRUST_PROXY=loopback: the test client is the proxy), each
 * X-Forwarded-For address is a separate client, so one file can play an attacker and
 * the account's owner from different addresses.
 */
const PER_EMAIL = 3;
const REFRESHES = 3;
const INVITATIONS = 3;
const SSO_SIGN_INS = 3;
const DELAY_AFTER = PER_EMAIL + 1;
const DELAY_MAX_SECONDS = 4;

type Failure = { code?: string; retryAfter?: unknown };

function refusal(res: GraphQLResponse): Failure {
  const extensions = res.errors?.[0]?.extensions;
  return { code: extensions?.code, retryAfter: extensions?.retryAfter };
}

const sleep = (seconds: number) => new Promise((r) => setTimeout(r, seconds * 1000));

describe('abuse limits that hold', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      TRUST_PROXY: 'loopback',
      AUTH_LIMIT_PER_EMAIL: String(PER_EMAIL),
      AUTH_LIMIT_PER_IP: '50',
      AUTH_REFRESH_LIMIT_PER_IP: String(REFRESHES),
      INVITATIONS_PER_HOUR: String(INVITATIONS),
      SSO_LIMIT_PER_IP: String(SSO_SIGN_INS),
      AUTH_DELAY_AFTER_FAILURES: String(DELAY_AFTER),
      AUTH_DELAY_MAX_SECONDS: String(DELAY_MAX_SECONDS),
    });
  });
  afterAll(() => t.close());

  /** One GraphQL call from the client at `address`. */
  async function from<T = Record<string, any>>(
    address: string,
    query: string,
    variables: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>> {
    const req = t.http().post('/graphql').set('content-type', 'application/json').set('x-forwarded-for', address);
    if (token) req.set('authorization', `Bearer ${token}`);
    return (await req.send({ query, variables })).body as GraphQLResponse<T>;
  }
  const login = (address: string, email: string, password: string) =>
    from(address, LOGIN, { input: { email, password } });

  it('wrong passwords from one address stop that address, not the account’s owner elsewhere', async () => {
    const owner = await signUpAdmin(t, 'Owner Org', 'owner');
    for (let i = 0; i < PER_EMAIL; i++) {
      expect(failureOf(await login('203.0.113.66', owner.user.email, `guess-number-${i}`)).code).toBe(
        'UNAUTHENTICATED',
      );
    }
    const stopped = refusal(await login('203.0.113.66', owner.user.email, 'guess-number-x'));
    expect(stopped.code).toBe('TOO_MANY_REQUESTS');
    expect(stopped.retryAfter).toEqual(expect.any(Number));
    expect(stopped.retryAfter).toBeGreaterThan(0);

    // The owner, from their own address, is not locked out (the per-e-mail delay starts one failure later).
    const ownLogin = await login('192.0.2.10', owner.user.email, PASSWORD);
    expect(ownLogin.errors).toBeUndefined();
    expect(ownLogin.data!.login.user.id).toBe(owner.user.id);
  });

  it('repeated failures on one e-mail from many addresses bring a short delay, not a lockout', async () => {
    const owner = await signUpAdmin(t, 'Delayed Org', 'delayed');
    // One guess from each address: no per-address limit is near, only the e-mail's failures count.
    for (let i = 1; i <= DELAY_AFTER; i++) {
      expect(failureOf(await login(`198.18.0.${i}`, owner.user.email, 'a-wrong-guess-here')).code).toBe(
        'UNAUTHENTICATED',
      );
    }
    const delayed = refusal(await login('198.18.0.50', owner.user.email, PASSWORD));
    expect(delayed.code).toBe('TOO_MANY_REQUESTS');
    expect(delayed.retryAfter).toBeGreaterThanOrEqual(1);
    expect(delayed.retryAfter).toBeLessThanOrEqual(DELAY_MAX_SECONDS);

    // Once the delay has passed, the owner signs in; that clears the failures.
    await sleep(delayed.retryAfter as number);
    expect((await login('198.18.0.50', owner.user.email, PASSWORD)).errors).toBeUndefined();
    expect(failureOf(await login('198.18.0.51', owner.user.email, 'a-wrong-guess-here')).code).toBe('UNAUTHENTICATED');
  });

  it('throttles refresh per client address, and honours X-Forwarded-For only because the proxy is trusted', async () => {
    const forged = `${'00000000-0000-4000-8000-000000000000'}.${'x'.repeat(43)}`;
    for (let i = 0; i < REFRESHES; i++) {
      expect(failureOf(await from('198.51.100.1', REFRESH, { token: forged })).code).toBe('UNAUTHENTICATED');
    }
    const limited = refusal(await from('198.51.100.1', REFRESH, { token: forged }));
    expect(limited.code).toBe('TOO_MANY_REQUESTS');
    expect(limited.retryAfter).toBeGreaterThan(0);
    // Another client is not affected.
    expect(failureOf(await from('198.51.100.2', REFRESH, { token: forged })).code).toBe('UNAUTHENTICATED');
  });

  it('throttles changePassword per account, so a stolen access token cannot guess the password', async () => {
    const victim = await signUpAdmin(t, 'Stolen Token Org', 'stolen');
    const change = (address: string, currentPassword: string) =>
      from(
        address,
        CHANGE_PASSWORD,
        { input: { currentPassword, newPassword: 'a-brand-new-passphrase' } },
        victim.accessToken,
      );
    for (let i = 0; i < PER_EMAIL; i++) {
      // Spread over addresses: the limit is the account's.
      expect(failureOf(await change(`100.64.0.${i}`, `guess-number-${i}`)).code).toBe('BAD_USER_INPUT');
    }
    const limited = refusal(await change('100.64.0.99', PASSWORD));
    expect(limited.code).toBe('TOO_MANY_REQUESTS');
    expect(limited.retryAfter).toBeGreaterThan(0);
    // Nothing changed: the old password still signs in.
    expect((await login('192.0.2.77', victim.user.email, PASSWORD)).errors).toBeUndefined();
  });

  it(`limits invitations to ${INVITATIONS} per organisation per hour; other organisations carry on`, async () => {
    const admin = await signUpAdmin(t, 'Inviting Org', 'inviter');
    const other: Session = await signUpAdmin(t, 'Other Inviting Org', 'other');
    const invite = (who: Session) =>
      t.gql(INVITE, { input: { email: uniqueEmail('guest'), roles: ['MEMBER'] } }, who.accessToken);
    for (let i = 0; i < INVITATIONS; i++) expect((await invite(admin)).errors).toBeUndefined();
    const limited = refusal(await invite(admin));
    expect(limited.code).toBe('TOO_MANY_REQUESTS');
    expect(limited.retryAfter).toBeGreaterThan(0);
    expect(limited.retryAfter).toBeLessThanOrEqual(3600);
    expect((await invite(other)).errors).toBeUndefined();
  });

  it('limits single sign-on per client address, sending the browser back to say so, while other addresses carry on', async () => {
    const visit = async (address: string, path: string) => {
      const res = await t.http().get(path).set('x-forwarded-for', address);
      return { status: res.status, location: String(res.headers.location), retryAfter: res.headers['retry-after'] };
    };
    const signInPage = (code: string) => expect.stringMatching(new RegExp(`/sign-in\\?sso_error=${code}$`));
    for (let i = 0; i < SSO_SIGN_INS; i++) {
      // No organisation has this address: the answer is the sign-in page's "not found", not a call to a provider.
      expect(await visit('203.0.113.80', '/auth/sso/no-such-council/start')).toMatchObject({
        status: 303,
        location: signInPage('not_configured'),
      });
    }
    const limited = await visit('203.0.113.80', '/auth/sso/no-such-council/start');
    expect(limited).toMatchObject({ status: 303, location: signInPage('too_many_attempts') });
    expect(Number(limited.retryAfter)).toBeGreaterThan(0);
    // The provider's way back is limited on its own count, for the same address.
    for (let i = 0; i < SSO_SIGN_INS; i++) {
      expect((await visit('203.0.113.80', '/auth/sso/callback?code=x&state=y')).location).not.toContain(
        'too_many_attempts',
      );
    }
    expect((await visit('203.0.113.80', '/auth/sso/callback?code=x&state=y')).location).toEqual(
      signInPage('too_many_attempts'),
    );
    expect(await visit('198.51.100.80', '/auth/sso/no-such-council/start')).toMatchObject({
      location: signInPage('not_configured'),
    });
  });
});
