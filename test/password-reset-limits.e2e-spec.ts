import { failureOf, signUpAdmin } from './utils/story';
import { createTestApp, TestApp } from './utils/test-app';

const REQUEST = 'mutation ($email: String!) { requestPasswordReset(input: { email: $email }) }';

describe('Forgotten-password requests are rate limited like sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ AUTH_LIMIT_PER_EMAIL: '2' });
  });
  afterAll(() => t.close());

  it('refuses a third request for one address with TOO_MANY_REQUESTS and a retry time, known or not', async () => {
    const admin = await signUpAdmin(t, 'Limit Council', 'lin');
    for (const email of [admin.user.email, 'nobody.at.all@example.org']) {
      await t.gql(REQUEST, { email });
      await t.gql(REQUEST, { email });
      const third = await t.gql(REQUEST, { email });
      expect(failureOf(third).code).toBe('TOO_MANY_REQUESTS');
      expect(third.errors?.[0].extensions?.retryAfter).toEqual(expect.any(Number));
    }
  });
});
