import { LOGIN, SIGN_UP } from './utils/operations';
import { countRows, failureOf, PASSWORD, Session, signUpAdmin, uniqueEmail } from './utils/story';
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';

/*
 * Limits are read once when the app boots, so this file runs its own app with
 * low limits (the other files keep createTestApp's generous ones). Every request
 * here comes from the same address, so the per-IP count of each mutation runs
 * across the tests in order; `loginAttempts` keeps that count.
 */
const PER_EMAIL = 3;
const PER_IP = 10;

describe('rate limits on sign-in and sign-up', () => {
  let t: TestApp;
  let victim: Session;
  let bystander: Session;
  let loginAttempts = 0;

  beforeAll(async () => {
    t = await createTestApp({ AUTH_LIMIT_PER_EMAIL: String(PER_EMAIL), AUTH_LIMIT_PER_IP: String(PER_IP) });
    victim = await signUpAdmin(t, 'Limited Org', 'victim');
    bystander = await signUpAdmin(t, 'Bystander Org', 'bystander');
  });
  afterAll(() => t.close());

  const login = (email: string, password: string) => {
    loginAttempts++;
    return t.gql(LOGIN, { input: { email, password } });
  };

  it(`refuses the ${PER_EMAIL + 1}th login for one e-mail, even with the right password, while other e-mails carry on`, async () => {
    for (let i = 0; i < PER_EMAIL; i++) {
      expect(failureOf(await login(victim.user.email, `wrong-password-${i}`)).code).toBe('UNAUTHENTICATED');
    }
    // The limit is per address, not per spelling of it.
    const limited = await login(victim.user.email.toUpperCase(), PASSWORD);
    expect(failureOf(limited)).toEqual({ code: 'TOO_MANY_REQUESTS', message: 'Too many attempts; try again later' });
    expect(limited.data ?? null).toBeNull();

    expect(failureOf(await login(bystander.user.email, 'wrong-password')).code).toBe('UNAUTHENTICATED');
    expect((await login(bystander.user.email, PASSWORD)).errors).toBeUndefined();
  });

  it(`refuses logins from one address after ${PER_IP}, across different e-mails`, async () => {
    // Each e-mail is tried once, far below its own limit: only the address can trip.
    while (loginAttempts < PER_IP) {
      expect(failureOf(await login(uniqueEmail('spray'), 'wrong-password')).code).toBe('UNAUTHENTICATED');
    }
    const limited = await login(uniqueEmail('spray'), 'wrong-password');
    expect(failureOf(limited).code).toBe('TOO_MANY_REQUESTS');
    // Now even a genuine login from that address waits for the window to pass, and says how long.
    const genuine = await login(bystander.user.email, PASSWORD);
    expect(failureOf(genuine).code).toBe('TOO_MANY_REQUESTS');
    expect(genuine.errors![0].extensions!.retryAfter).toBeGreaterThan(0);
  });

  it('does not let a client pick a fresh address with X-Forwarded-For (no proxy is trusted by default)', async () => {
    const spoofed = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-forwarded-for', '198.51.100.23')
      .send({ query: LOGIN, variables: { input: { email: bystander.user.email, password: PASSWORD } } });
    expect(failureOf(spoofed.body as GraphQLResponse).code).toBe('TOO_MANY_REQUESTS');
  });

  it(`refuses sign-ups from one address after ${PER_IP}, across different e-mails, and stores nothing`, async () => {
    const signUp = (email: string) =>
      t.gql(SIGN_UP, { input: { email, password: PASSWORD, displayName: 'Spray', organisationName: 'Spray Org' } });
    // Two sign-ups happened in beforeAll.
    for (let i = 2; i < PER_IP; i++) expect((await signUp(uniqueEmail('signup'))).errors).toBeUndefined();

    const users = await countRows(t, 'user');
    const email = uniqueEmail('signup');
    const limited = await signUp(email);
    expect(failureOf(limited).code).toBe('TOO_MANY_REQUESTS');
    expect(await countRows(t, 'user')).toBe(users);
    expect(await countRows(t, 'user', 'email = $1', [email])).toBe(0);
  });
});
