import { LOGIN, LOGOUT, REFRESH } from './utils/operations';
import { PASSWORD, signUpAdmin } from './utils/story';
import { createTestApp, TestApp } from './utils/test-app';

const WEB = { 'x-crowdcomms-client': 'web' };
const RENEW = 'mutation { refresh { accessToken refreshToken } }';
const ME = '{ me { user { email } } }';

/** The refresh cookie from a response's Set-Cookie headers. */
function refreshCookie(res: { headers: Record<string, unknown> }): string | undefined {
  const headers = (res.headers['set-cookie'] as string[] | undefined) ?? [];
  return headers.find((h) => h.startsWith('crowdcomms_refresh='));
}
const valueOf = (cookie: string) => cookie.split(';')[0];

describe('Sessions for browsers (refresh token in an HttpOnly cookie) and for API clients', () => {
  let t: TestApp;
  let email: string;

  beforeAll(async () => {
    t = await createTestApp();
    email = (await signUpAdmin(t, 'Cookie Council', 'cora')).user.email;
  });
  afterAll(() => t.close());

  const post = (body: object, headers: Record<string, string> = {}) =>
    t.http().post('/graphql').set('content-type', 'application/json').set(headers).send(body);

  it('gives the web app its refresh token as an HttpOnly, SameSite=Strict cookie on /graphql, never in the body', async () => {
    const res = await post({ query: LOGIN, variables: { input: { email, password: PASSWORD } } }, WEB);
    expect(res.body.data.login.accessToken).toEqual(expect.any(String));
    expect(res.body.data.login.refreshToken).toBeNull();
    const cookie = refreshCookie(res)!;
    expect(cookie).toBeDefined();
    const attributes = cookie.split(';').map((a) => a.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/graphql']));
    expect(attributes.some((a) => a.startsWith('max-age='))).toBe(true);
    // Plain-http APP_URL outside production: a Secure cookie would be dropped by the browser.
    expect(attributes).not.toContain('secure');
  });

  it('renews from the cookie alone, rotating it; the old cookie then ends the session', async () => {
    const login = await post({ query: LOGIN, variables: { input: { email, password: PASSWORD } } }, WEB);
    const first = valueOf(refreshCookie(login)!);

    const renewed = await post({ query: RENEW }, { ...WEB, cookie: first });
    expect(renewed.body.data.refresh).toEqual({ accessToken: expect.any(String), refreshToken: null });
    const second = valueOf(refreshCookie(renewed)!);
    expect(second).not.toBe(first);
    const me = await post({ query: ME }, { authorization: `Bearer ${renewed.body.data.refresh.accessToken}` });
    expect(me.body.data.me.user.email).toBe(email);

    const replayed = await post({ query: RENEW }, { ...WEB, cookie: first });
    expect(replayed.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    // The failed renewal clears the cookie, and the rotated one died with the session.
    expect(refreshCookie(replayed)).toMatch(/^crowdcomms_refresh=;/);
    const after = await post({ query: RENEW }, { ...WEB, cookie: second });
    expect(after.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('ignores the cookie on a request without the web app’s header (another site cannot refresh)', async () => {
    const login = await post({ query: LOGIN, variables: { input: { email, password: PASSWORD } } }, WEB);
    const cookie = valueOf(refreshCookie(login)!);
    const res = await post({ query: RENEW }, { cookie });
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(refreshCookie(res)).toBeUndefined();
    // The cookie was not consumed: the web app can still use it.
    const ok = await post({ query: RENEW }, { ...WEB, cookie });
    expect(ok.body.data.refresh.accessToken).toEqual(expect.any(String));
  });

  it('clears the cookie on sign-out, and the session is over', async () => {
    const login = await post({ query: LOGIN, variables: { input: { email, password: PASSWORD } } }, WEB);
    const cookie = valueOf(refreshCookie(login)!);
    const out = await post({ query: LOGOUT }, { ...WEB, authorization: `Bearer ${login.body.data.login.accessToken}` });
    expect(out.body.data.logout).toBe(true);
    const cleared = refreshCookie(out)!;
    expect(cleared).toMatch(/^crowdcomms_refresh=;/);
    expect(cleared.toLowerCase()).toContain('path=/graphql');
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
    const res = await post({ query: RENEW }, { ...WEB, cookie });
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('keeps API clients on body tokens: no cookie, and refresh(refreshToken) works as before', async () => {
    const login = await post({ query: LOGIN, variables: { input: { email, password: PASSWORD } } });
    expect(refreshCookie(login)).toBeUndefined();
    const { refreshToken } = login.body.data.login;
    expect(refreshToken).toEqual(expect.any(String));
    const res = await post({ query: REFRESH, variables: { token: refreshToken } });
    expect(refreshCookie(res)).toBeUndefined();
    expect(res.body.data.refresh.refreshToken).toEqual(expect.any(String));
    expect(res.body.data.refresh.refreshToken).not.toBe(refreshToken);
  });

  it('answers UNAUTHENTICATED to a refresh with neither token nor cookie', async () => {
    const res = await post({ query: RENEW }, WEB);
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
