import { createHash } from 'node:crypto';
import { AUDIT_LOG, CHANGE_ROLES, DEACTIVATE, INVITE, ME } from './utils/operations';
import { inviteAndJoin, Session, signUpAdmin, uniqueEmail } from './utils/story';
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';

const CREATE = `mutation Create($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { token apiToken { id name access expiresAt lastUsedAt revokedAt createdByMembershipId } }
}`;
const LIST = `query { apiTokens { id name access lastUsedAt revokedAt } }`;
const REVOKE = `mutation Revoke($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`;
const PROFILE = `query Profile($memberId: ID!) { profile(memberId: $memberId) { memberId } }`;

/**
 * An organisation's scripts call the API with a token an admin made for them: read-only or full, acting as
 * that admin with their roles as they are now, inside one organisation, until it expires or is revoked.
 * Creating and revoking are in the audit log; only a hash of the secret is stored.
 */
describe('organisation API tokens', () => {
  let t: TestApp;
  let admin: Session;
  let member: Session;
  let secondAdmin: Session;
  let foreignMember: Session;

  const ok = async <T = any>(query: string, variables: Record<string, unknown>, bearer: string): Promise<T> => {
    const res = await t.gql<T>(query, variables, bearer);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const code = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;
  const create = async (input: Record<string, unknown>, who = admin) =>
    (
      await ok(
        CREATE,
        { input: { name: 'Nightly report', access: 'READ_ONLY', expiresInDays: 30, ...input } },
        who.accessToken,
      )
    ).createApiToken as { token: string; apiToken: { id: string; name: string; access: string } };
  const invitationsTo = async (email: string) =>
    Number((await t.db.query(`SELECT count(*) AS n FROM invitation WHERE email = $1`, [email]))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signUpAdmin(t, 'Token Borough', 'ada');
    [member, secondAdmin] = await Promise.all([
      inviteAndJoin(t, admin, 'meg'),
      inviteAndJoin(t, admin, 'sam', ['ADMIN', 'MEMBER']),
    ]);
    const elsewhere = await signUpAdmin(t, 'Elsewhere Council', 'eve');
    foreignMember = await inviteAndJoin(t, elsewhere, 'fay');
  });

  afterAll(() => t?.close());

  it('lets a script read with a read-only token, and refuses its changes without storing anything', async () => {
    const { token, apiToken } = await create({});
    expect(token).toMatch(/^ccapi_/);
    expect(apiToken).toMatchObject({ name: 'Nightly report', access: 'READ_ONLY' });

    const me = (await ok(ME, {}, token)).me;
    expect(me.member).toMatchObject({ id: admin.member.id, roles: expect.arrayContaining(['ADMIN']) });
    const listed = (await ok(LIST, {}, admin.accessToken)).apiTokens;
    expect(listed).toEqual([
      expect.objectContaining({ id: apiToken.id, lastUsedAt: expect.any(String), revokedAt: null }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(token.split('.')[1]);

    const email = uniqueEmail('readonly');
    const refused = await t.gql(INVITE, { input: { email, roles: ['MEMBER'] } }, token);
    expect(code(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0].message).toMatch(/read-only/);
    expect(await invitationsTo(email)).toBe(0);

    // Only the secret's hash is kept.
    const [stored] = await t.db.query(`SELECT hash FROM api_token WHERE id = $1`, [apiToken.id]);
    expect(stored.hash).toBe(createHash('sha256').update(token.split('.')[1]).digest('hex'));
  });

  it('lets a full token change data, with its admin’s roles as they are now and within its organisation', async () => {
    // Sam, the second admin, makes it; Ada changes Sam's roles and membership.
    const { token } = await create({ name: 'Provisioning', access: 'FULL' }, secondAdmin);
    const email = uniqueEmail('provisioned');
    expect((await ok(INVITE, { input: { email, roles: ['MEMBER'] } }, token)).inviteMember.email).toBe(email);
    expect(await invitationsTo(email)).toBe(1);

    // Another organisation's member behaves like a missing one.
    expect(code(await t.gql(PROFILE, { memberId: foreignMember.member.id }, token))).toBe('NOT_FOUND');

    // Once its admin is no longer an admin, neither is the token; once they are deactivated, it stops.
    await ok(CHANGE_ROLES, { input: { memberId: secondAdmin.member.id, roles: ['MEMBER'] } }, admin.accessToken);
    expect(code(await t.gql(LIST, {}, token))).toBe('FORBIDDEN');
    await ok(
      CHANGE_ROLES,
      { input: { memberId: secondAdmin.member.id, roles: ['ADMIN', 'MEMBER'] } },
      admin.accessToken,
    );
    expect((await ok(LIST, {}, token)).apiTokens.length).toBeGreaterThan(0);
    await ok(DEACTIVATE, { id: secondAdmin.member.id }, admin.accessToken);
    expect(code(await t.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
    await ok(
      `mutation R($id: ID!) { reactivateMember(id: $id) { id } }`,
      { id: secondAdmin.member.id },
      admin.accessToken,
    );
    expect((await ok(ME, {}, token)).me.member.id).toBe(secondAdmin.member.id);
  });

  it('stops a revoked, expired or altered token at once, and audits creation and revocation', async () => {
    const { token, apiToken } = await create({ name: 'Old script' });
    expect((await ok(ME, {}, token)).me.member.id).toBe(admin.member.id);
    const revoked = (await ok(REVOKE, { id: apiToken.id }, admin.accessToken)).revokeApiToken;
    expect(revoked.revokedAt).toEqual(expect.any(String));
    expect(code(await t.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
    // Revoking again changes nothing and is not audited twice.
    await ok(REVOKE, { id: apiToken.id }, admin.accessToken);

    const expiring = await create({ name: 'Short-lived' });
    await t.db.query(`UPDATE api_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      expiring.apiToken.id,
    ]);
    expect(code(await t.gql(ME, {}, expiring.token))).toBe('UNAUTHENTICATED');

    const live = await create({ name: 'Live' });
    const [prefixAndOrg, secret] = live.token.split('.');
    const altered = `${prefixAndOrg}.${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
    expect(code(await t.gql(ME, {}, altered))).toBe('UNAUTHENTICATED');
    // The same secret presented for another organisation is not found there.
    const otherOrg = (await ok(ME, {}, foreignMember.accessToken)).me.organisation.id;
    expect(code(await t.gql(ME, {}, `ccapi_${otherOrg}.${secret}`))).toBe('UNAUTHENTICATED');

    const events = (
      await ok(AUDIT_LOG, { first: 100, filter: { action: 'SETTING' } }, admin.accessToken)
    ).auditLog.edges
      .map((e: any) => e.node)
      .filter((e: any) => e.query.setting === 'apiToken' && (e.query.to?.id ?? e.query.from?.id) === apiToken.id);
    expect(events.map((e: any) => [e.actorMemberId, e.query.to === 'revoked' ? 'revoked' : 'created'])).toEqual([
      [admin.member.id, 'revoked'],
      [admin.member.id, 'created'],
    ]);
    expect(JSON.stringify(events)).not.toContain(secret);
  });

  it('refuses bad input and non-admins with stable codes', async () => {
    const input = { name: 'x', access: 'FULL', expiresInDays: 30 };
    const field = (res: GraphQLResponse) => [code(res), res.errors?.[0]?.extensions?.field];
    const tooShort = await t.gql(CREATE, { input: { ...input, expiresInDays: 0 } }, admin.accessToken);
    expect([code(tooShort), tooShort.errors![0].message]).toEqual([
      'BAD_USER_INPUT',
      'A token must last at least a day',
    ]);
    const tooLong = await t.gql(CREATE, { input: { ...input, expiresInDays: 400 } }, admin.accessToken);
    expect([code(tooLong), tooLong.errors![0].message]).toEqual([
      'BAD_USER_INPUT',
      'A token can last at most 366 days',
    ]);
    expect(field(await t.gql(CREATE, { input: { ...input, name: '   ' } }, admin.accessToken))).toEqual([
      'BAD_USER_INPUT',
      'name',
    ]);
    expect(code(await t.gql(CREATE, { input }, member.accessToken))).toBe('FORBIDDEN');
    expect(code(await t.gql(REVOKE, { id: '00000000-0000-4000-8000-000000000000' }, admin.accessToken))).toBe(
      'NOT_FOUND',
    );
    expect(code(await t.gql(ME, {}, 'ccapi_not-a-token'))).toBe('UNAUTHENTICATED');
  });
});
