import { DataSource } from 'typeorm';
import { LOGIN } from './utils/operations';
import { failureOf, PASSWORD, signUpAdmin, storedResetToken, uniqueEmail } from './utils/story';
import { createTestApp, TestApp } from './utils/test-app';

const REQUEST = 'mutation ($email: String!) { requestPasswordReset(input: { email: $email }) }';
const RESET = 'mutation ($token: String!, $pw: String!) { resetPassword(input: { token: $token, newPassword: $pw }) }';
const ME = '{ me { user { email } } }';
const NEW_PASSWORD = 'a-brand-new-passphrase-2026';

describe('Forgotten password: reset by e-mail', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.db;
  });
  afterAll(() => t.close());

  async function mailsTo(email: string): Promise<string[]> {
    const rows: { text_body: string }[] = await db.query(
      'SELECT text_body FROM email_message WHERE to_address = $1 ORDER BY created_at DESC',
      [email],
    );
    return rows.map((r) => r.text_body);
  }
  /** The reset link's secret, as the newest e-mail to `email` carries it (e-mails store no secret, see secrets-at-rest). */
  const resetToken = (email: string) => storedResetToken(t, email);
  const login = (email: string, password: string) => t.gql(LOGIN, { input: { email, password } });

  it('e-mails a link that opens the web app; the new password works, the old one and every session end', async () => {
    const admin = await signUpAdmin(t, 'Reset Borough', 'rita');
    const email = admin.user.email;
    expect((await t.gql(REQUEST, { email: email.toUpperCase() })).data).toEqual({ requestPasswordReset: true });
    const [mail] = await mailsTo(email);
    expect(mail).toContain(`${process.env.APP_URL ?? 'http://localhost:3000'}/reset-password#token=`);

    const token = await resetToken(email);
    const stored: { token_hash: string }[] = await db.query('SELECT token_hash FROM password_reset');
    expect(stored.map((r) => r.token_hash)).not.toContain(token);

    expect((await t.gql(RESET, { token, pw: NEW_PASSWORD })).data).toEqual({ resetPassword: true });
    expect(failureOf(await login(email, PASSWORD)).code).toBe('UNAUTHENTICATED');
    expect((await login(email, NEW_PASSWORD)).data?.login.accessToken).toEqual(expect.any(String));
    expect(failureOf(await t.gql(ME, {}, admin.accessToken)).code).toBe('UNAUTHENTICATED');
  });

  it('works once: the same link again is refused, and the password stays the new one', async () => {
    const admin = await signUpAdmin(t, 'Once Council', 'oona');
    await t.gql(REQUEST, { email: admin.user.email });
    const token = await resetToken(admin.user.email);
    await t.gql(RESET, { token, pw: NEW_PASSWORD });
    const again = await t.gql(RESET, { token, pw: 'yet-another-passphrase-1' });
    expect(failureOf(again)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'This reset link is not valid any more; ask for a new one',
    });
    expect(again.errors?.[0].extensions?.field).toBe('token');
    expect((await login(admin.user.email, NEW_PASSWORD)).data?.login).toBeTruthy();
  });

  it('answers exactly the same for an unknown address, and sends nothing', async () => {
    const unknown = uniqueEmail('nobody');
    const res = await t.gql(REQUEST, { email: unknown });
    expect(res).toEqual({ data: { requestPasswordReset: true } });
    expect(await mailsTo(unknown)).toEqual([]);
  });

  it('refuses an expired link, and a link replaced by a newer one', async () => {
    const admin = await signUpAdmin(t, 'Expiry Trust', 'ezra');
    await t.gql(REQUEST, { email: admin.user.email });
    const first = await resetToken(admin.user.email);
    await t.gql(REQUEST, { email: admin.user.email });
    const second = await resetToken(admin.user.email);
    expect(second).not.toBe(first);
    expect(failureOf(await t.gql(RESET, { token: first, pw: NEW_PASSWORD })).code).toBe('BAD_USER_INPUT');

    await db.query(`UPDATE password_reset SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`);
    expect(failureOf(await t.gql(RESET, { token: second, pw: NEW_PASSWORD })).code).toBe('BAD_USER_INPUT');
    expect((await login(admin.user.email, PASSWORD)).data?.login).toBeTruthy();
  });

  it('keeps the link usable after a too-weak password is refused', async () => {
    const admin = await signUpAdmin(t, 'Weak Password Ltd', 'wes');
    await t.gql(REQUEST, { email: admin.user.email });
    const token = await resetToken(admin.user.email);
    const weak = await t.gql(RESET, { token, pw: 'short' });
    expect(failureOf(weak).code).toBe('BAD_USER_INPUT');
    expect((await t.gql(RESET, { token, pw: NEW_PASSWORD })).data).toEqual({ resetPassword: true });
  });

  it('refuses nonsense tokens and bad e-mail addresses with BAD_USER_INPUT', async () => {
    expect(failureOf(await t.gql(RESET, { token: 'not-a-token', pw: NEW_PASSWORD })).code).toBe('BAD_USER_INPUT');
    expect(failureOf(await t.gql(REQUEST, { email: 'not an address' })).code).toBe('BAD_USER_INPUT');
  });
});
