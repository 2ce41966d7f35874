import { JwtService } from '@nestjs/jwt';
import { randomBytes, randomUUID } from 'node:crypto';
import {
  CHANGE_PASSWORD,
  DEACTIVATE,
  LOGIN,
  LOGOUT,
  ME,
  REFRESH,
  SIGN_UP,
  SWITCH_ORGANISATION,
} from './utils/operations';
import { countRows, failureOf, inviteExistingUser, PASSWORD, Session, signUpAdmin, uniqueEmail } from './utils/story';
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';

const NEW_PASSWORD = 'another-long-and-quiet-passphrase';

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('sessions and tokens', () => {
  let t: TestApp;
  let jwtSecret: string;

  beforeAll(async () => {
    t = await createTestApp();
    // The secret the app was started with (createTestApp generates one per file).
    jwtSecret = process.env.JWT_SECRET!;
  });
  afterAll(() => t.close());

  const login = (email: string, password = PASSWORD) =>
    t.gql<{ login: Session }>(LOGIN, { input: { email, password } });
  const me = (accessToken: string) => t.gql(ME, {}, accessToken);
  const refresh = (refreshToken: string) => t.gql<{ refresh: Session }>(REFRESH, { token: refreshToken });

  /** Signs in again as a separate device would: a new session of the same user. */
  async function signIn(email: string, password = PASSWORD): Promise<Session> {
    const res = await login(email, password);
    if (!res.data?.login) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
    return res.data.login;
  }

  function expectSignedIn(res: GraphQLResponse, userId: string): void {
    expect(res.errors).toBeUndefined();
    expect(res.data!.me.user.id).toBe(userId);
  }

  function expectUnauthenticated(res: GraphQLResponse): void {
    expect(failureOf(res).code).toBe('UNAUTHENTICATED');
    expect(res.data ?? null).toBeNull();
  }

  describe('refresh tokens', () => {
    it('rotates: the new pair works and the old refresh token is refused', async () => {
      const admin = await signUpAdmin(t, 'Rotation Org');
      const rotated = await refresh(admin.refreshToken);
      expect(rotated.errors).toBeUndefined();
      const pair = rotated.data!.refresh;
      expect(pair.refreshToken).not.toBe(admin.refreshToken);
      expect(pair.user.id).toBe(admin.user.id);
      expect(pair.organisation.id).toBe(admin.organisation.id);
      expectSignedIn(await me(pair.accessToken), admin.user.id);

      const again = await refresh(admin.refreshToken);
      expectUnauthenticated(again);
    });

    it('ends the whole session when a rotated refresh token is reused, but not the user’s other sessions', async () => {
      const admin = await signUpAdmin(t, 'Reuse Org');
      const laptop = await signIn(admin.user.email);
      const phone = await signIn(admin.user.email);

      const second = (await refresh(laptop.refreshToken)).data!.refresh;
      const newest = (await refresh(second.refreshToken)).data!.refresh;
      expectSignedIn(await me(newest.accessToken), admin.user.id);

      // Someone replays the laptop's first (already rotated) refresh token.
      const replay = await refresh(laptop.refreshToken);
      expectUnauthenticated(replay);
      expect(replay.errors![0].message).toMatch(/already used/);

      // The whole family is gone: the newest refresh token and every access token of that session.
      expectUnauthenticated(await refresh(newest.refreshToken));
      expectUnauthenticated(await me(newest.accessToken));
      expectUnauthenticated(await me(second.accessToken));
      expectUnauthenticated(await me(laptop.accessToken));

      // The phone signed in separately and is untouched, as is the sign-up session.
      expectSignedIn(await me(phone.accessToken), admin.user.id);
      expect((await refresh(phone.refreshToken)).errors).toBeUndefined();
      expectSignedIn(await me(admin.accessToken), admin.user.id);
    });

    it('refuses refresh tokens it never issued', async () => {
      const admin = await signUpAdmin(t, 'Forged Refresh Org');
      const forged = [
        '',
        'not-a-token',
        admin.accessToken,
        `${admin.organisation.id}.${randomBytes(32).toString('base64url')}`,
        `${randomUUID()}.${admin.refreshToken.split('.')[1]}`,
        `${admin.refreshToken}.extra`,
      ];
      for (const token of forged) expectUnauthenticated(await refresh(token));
      // None of those attempts touched the real session.
      expect((await refresh(admin.refreshToken)).errors).toBeUndefined();
    });
  });

  describe('ending sessions', () => {
    it('logout ends this session at once, and only this one', async () => {
      const admin = await signUpAdmin(t, 'Logout Org');
      const other = await signIn(admin.user.email);

      const out = await t.gql(LOGOUT, {}, admin.accessToken);
      expect(out.errors).toBeUndefined();
      expect(out.data!.logout).toBe(true);

      expectUnauthenticated(await me(admin.accessToken));
      expectUnauthenticated(await refresh(admin.refreshToken));
      expectUnauthenticated(await t.gql(LOGOUT, {}, admin.accessToken));
      expectSignedIn(await me(other.accessToken), admin.user.id);
    });

    it('changePassword ends every session at once, returns a fresh one, and retires the old password', async () => {
      const admin = await signUpAdmin(t, 'Password Org');
      const other = await signIn(admin.user.email);

      const changed = await t.gql<{ changePassword: Session }>(
        CHANGE_PASSWORD,
        { input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } },
        admin.accessToken,
      );
      expect(changed.errors).toBeUndefined();
      const fresh = changed.data!.changePassword;
      expectSignedIn(await me(fresh.accessToken), admin.user.id);

      for (const session of [admin, other]) {
        expectUnauthenticated(await me(session.accessToken));
        expectUnauthenticated(await refresh(session.refreshToken));
      }
      expectUnauthenticated(await login(admin.user.email, PASSWORD));
      expect((await login(admin.user.email, NEW_PASSWORD)).errors).toBeUndefined();
      expect((await refresh(fresh.refreshToken)).errors).toBeUndefined();
    });

    it('refuses a wrong current password and changes nothing', async () => {
      const admin = await signUpAdmin(t, 'Wrong Password Org');
      const sessionsBefore = await countRows(t, 'auth_session', 'user_id = $1 AND revoked_at IS NULL', [admin.user.id]);
      const wrong = await t.gql(
        CHANGE_PASSWORD,
        { input: { currentPassword: 'not-my-password-at-all', newPassword: NEW_PASSWORD } },
        admin.accessToken,
      );
      expect(wrong.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(wrong.errors![0].message).toBe('Current password is incorrect');

      expectSignedIn(await me(admin.accessToken), admin.user.id);
      expectUnauthenticated(await login(admin.user.email, NEW_PASSWORD));
      expect(await countRows(t, 'auth_session', 'user_id = $1 AND revoked_at IS NULL', [admin.user.id])).toBe(
        sessionsBefore,
      );
      expect((await login(admin.user.email, PASSWORD)).errors).toBeUndefined();
    });

    it('refuses a weak new password and keeps the old one', async () => {
      const admin = await signUpAdmin(t, 'Weak New Password Org');
      const weak = await t.gql(
        CHANGE_PASSWORD,
        { input: { currentPassword: PASSWORD, newPassword: 'short' } },
        admin.accessToken,
      );
      expect(failureOf(weak).code).toBe('BAD_USER_INPUT');
      expectSignedIn(await me(admin.accessToken), admin.user.id);
      expect((await login(admin.user.email, PASSWORD)).errors).toBeUndefined();
    });
  });

  describe('access tokens', () => {
    let admin: Session;
    let claims: { sub: string; org: string; sid: string };
    let jwt: JwtService;

    beforeAll(async () => {
      admin = await signUpAdmin(t, 'Token Org');
      jwt = new JwtService({ secret: jwtSecret });
      const decoded = jwt.decode<{ sub: string; org: string; sid: string }>(admin.accessToken);
      claims = { sub: decoded.sub, org: decoded.org, sid: decoded.sid };
    });

    /** Signs `payload` as the server does (HS256, issuer, audience, 5 minutes), except for `options`. */
    const sign = (options: Record<string, unknown> = {}, payload: object = claims) =>
      jwt.sign(payload, {
        secret: jwtSecret,
        algorithm: 'HS256',
        issuer: 'crowdcomms',
        audience: 'crowdcomms-api',
        ...('exp' in payload ? {} : { expiresIn: 300 }),
        ...options,
      });

    it('accepts a token signed the way the server signs them (so the refusals below are about the defect)', async () => {
      expect(Object.keys(jwt.decode(admin.accessToken)).sort()).toEqual(
        ['aud', 'exp', 'iat', 'iss', 'org', 'sid', 'sub'].sort(),
      );
      expectSignedIn(await me(sign()), admin.user.id);
    });

    it('refuses a token whose signature was altered', async () => {
      const [header, payload, signature] = admin.accessToken.split('.');
      // A middle character: the last one carries padding bits and may decode to the same bytes.
      const i = Math.floor(signature.length / 2);
      const flipped = signature.slice(0, i) + (signature[i] === 'A' ? 'B' : 'A') + signature.slice(i + 1);
      expectUnauthenticated(await me(`${header}.${payload}.${flipped}`));
    });

    it('refuses a token whose claims were altered after signing', async () => {
      const other = await signUpAdmin(t, 'Other Token Org');
      const [header, , signature] = admin.accessToken.split('.');
      const original = jwt.decode<Record<string, unknown>>(admin.accessToken);
      const forgedPayload = base64url({ ...original, org: other.organisation.id });
      expectUnauthenticated(await me(`${header}.${forgedPayload}.${signature}`));
    });

    it('refuses a token signed with another secret', async () => {
      expectUnauthenticated(await me(sign({ secret: randomBytes(32).toString('hex') })));
    });

    it('refuses an unsigned token (alg: none)', async () => {
      const now = Math.floor(Date.now() / 1000);
      const payload = { ...claims, iat: now, exp: now + 300, iss: 'crowdcomms', aud: 'crowdcomms-api' };
      const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.`;
      expectUnauthenticated(await me(unsigned));
      expectUnauthenticated(await me(unsigned.slice(0, -1)));
    });

    it('refuses a token signed with the right secret but another algorithm', async () => {
      expectUnauthenticated(await me(sign({ algorithm: 'HS512' })));
    });

    it('refuses a token for another audience or from another issuer', async () => {
      expectUnauthenticated(await me(sign({ audience: 'someone-else' })));
      expectUnauthenticated(await me(sign({ issuer: 'someone-else' })));
    });

    it('refuses an expired token', async () => {
      const now = Math.floor(Date.now() / 1000);
      const expired = sign({}, { ...claims, iat: now - 3600, exp: now - 60 });
      expectUnauthenticated(await me(expired));
      // The same token with its expiry still ahead is accepted.
      expectSignedIn(await me(sign({}, { ...claims, iat: now - 3600, exp: now + 60 })), admin.user.id);
    });

    it('refuses a token without a session claim, and a request without a token', async () => {
      expectUnauthenticated(await me(sign({}, { sub: claims.sub, org: claims.org })));
      expectUnauthenticated(await t.gql(ME));
    });
  });

  describe('sign-up', () => {
    const signUp = (email: string, password = PASSWORD) =>
      t.gql(SIGN_UP, { input: { email, password, displayName: 'New Person', organisationName: 'New Org' } });

    async function expectNothingStored(attempt: () => Promise<GraphQLResponse>, email: string): Promise<void> {
      const users = await countRows(t, 'user');
      const organisations = await countRows(t, 'organisation');
      const res = await attempt();
      expect(failureOf(res).code).toBe('BAD_USER_INPUT');
      expect(res.data ?? null).toBeNull();
      expect(await countRows(t, 'user')).toBe(users);
      expect(await countRows(t, 'organisation')).toBe(organisations);
      expect(await countRows(t, 'user', 'email = lower($1)', [email.trim()])).toBe(0);
    }

    it.each(['not-an-email', 'someone@', '@example.org', 'two@@example.org', 'a b@example.org', 'x@localhost', ''])(
      'refuses the malformed e-mail %j and stores nothing',
      async (email) => {
        await expectNothingStored(() => signUp(email), email);
      },
    );

    it('refuses weak passwords and stores nothing', async () => {
      const email = uniqueEmail('weakling');
      const local = email.split('@')[0];
      for (const password of ['short', 'password123', 'zzzzzzzzzzzz', `my-${local}-secret`, 'x'.repeat(201)]) {
        await expectNothingStored(() => signUp(email, password), email);
      }
      expectUnauthenticated(await login(email, 'password123'));
    });

    it('refuses an e-mail that already has an account, in any letter case', async () => {
      const admin = await signUpAdmin(t, 'First Come Org');
      const users = await countRows(t, 'user');
      const organisations = await countRows(t, 'organisation');
      for (const email of [admin.user.email, admin.user.email.toUpperCase(), ` ${admin.user.email} `]) {
        const res = await signUp(email, NEW_PASSWORD);
        expect(failureOf(res).code).toBe('CONFLICT');
        expect(res.data ?? null).toBeNull();
      }
      expect(await countRows(t, 'user')).toBe(users);
      expect(await countRows(t, 'organisation')).toBe(organisations);
      expect((await login(admin.user.email, PASSWORD)).errors).toBeUndefined();
      expectUnauthenticated(await login(admin.user.email, NEW_PASSWORD));
    });
  });

  describe('several organisations', () => {
    let alice: Session;
    let beta: Session;

    beforeAll(async () => {
      alice = await signUpAdmin(t, 'Alpha Org', 'alice');
      beta = await signUpAdmin(t, 'Beta Org', 'bert');
      await inviteExistingUser(t, beta, alice.user.email, ['COMMS']);
    });

    it('switches to another organisation the user belongs to', async () => {
      const before = await me(alice.accessToken);
      expect(before.data!.me.organisation.id).toBe(alice.organisation.id);
      expect(before.data!.me.organisations.map((o: { id: string }) => o.id).sort()).toEqual(
        [alice.organisation.id, beta.organisation.id].sort(),
      );

      const switched = await t.gql<{ switchOrganisation: Session }>(
        SWITCH_ORGANISATION,
        { id: beta.organisation.id },
        alice.accessToken,
      );
      expect(switched.errors).toBeUndefined();
      const inBeta = switched.data!.switchOrganisation;
      expect(inBeta.organisation.id).toBe(beta.organisation.id);

      const after = await me(inBeta.accessToken);
      expect(after.errors).toBeUndefined();
      expect(after.data!.me.user.id).toBe(alice.user.id);
      expect(after.data!.me.organisation).toEqual({ id: beta.organisation.id, name: 'Beta Org' });
      expect(after.data!.me.member.roles).toEqual(['COMMS']);
      // Switching opens a session in the other organisation; the first one carries on.
      expect((await me(alice.accessToken)).data!.me.organisation.id).toBe(alice.organisation.id);
    });

    it('refuses to switch to an organisation the user is not in, exactly as to one that does not exist', async () => {
      const gamma = await signUpAdmin(t, 'Gamma Org', 'gus');
      const foreign = await t.gql(SWITCH_ORGANISATION, { id: gamma.organisation.id }, alice.accessToken);
      const missing = await t.gql(SWITCH_ORGANISATION, { id: randomUUID() }, alice.accessToken);
      expect(failureOf(foreign)).toEqual(failureOf(missing));
      expect(failureOf(foreign).code).toBe('NOT_FOUND');
      expect(foreign.data ?? null).toBeNull();
      expect(failureOf(await t.gql(SWITCH_ORGANISATION, { id: 'beta' }, alice.accessToken)).code).toBe(
        'BAD_USER_INPUT',
      );
    });

    it('ends the sessions in every organisation when the password changes', async () => {
      const carol = await signUpAdmin(t, 'Carol Home Org', 'carol');
      await inviteExistingUser(t, beta, carol.user.email);
      const inBeta = (
        await t.gql<{ switchOrganisation: Session }>(
          SWITCH_ORGANISATION,
          { id: beta.organisation.id },
          carol.accessToken,
        )
      ).data!.switchOrganisation;
      expectSignedIn(await me(inBeta.accessToken), carol.user.id);

      const changed = await t.gql(
        CHANGE_PASSWORD,
        { input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } },
        carol.accessToken,
      );
      expect(changed.errors).toBeUndefined();
      expectUnauthenticated(await me(inBeta.accessToken));
      expectUnauthenticated(await refresh(inBeta.refreshToken));
    });

    it('refuses to switch into an organisation that deactivated the user', async () => {
      const dave = await signUpAdmin(t, 'Dave Home Org', 'dave');
      const joined = await inviteExistingUser(t, beta, dave.user.email);
      const off = await t.gql(DEACTIVATE, { id: joined.member.id }, beta.accessToken);
      expect(off.errors).toBeUndefined();
      expectUnauthenticated(await me(joined.accessToken));
      const res = await t.gql(SWITCH_ORGANISATION, { id: beta.organisation.id }, dave.accessToken);
      expect(failureOf(res).code).toBe('NOT_FOUND');
    });
  });
});
