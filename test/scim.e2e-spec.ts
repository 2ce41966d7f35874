import { createHash, randomUUID } from 'node:crypto';
import { CREATE_GROUP, LOGIN, ME } from './utils/operations';
import { inviteAndJoin, PASSWORD, Session, signUpAdmin, storedResetToken, uniqueEmail } from './utils/story';
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

const ROTATE = `mutation { rotateScimToken { token baseUrl createdAt } }`;
const REVOKE = `mutation { revokeScimToken }`;
const SETTINGS = `query { scimSettings { baseUrl tokenCreatedAt tokenLastUsedAt groups { id displayName role communityGroupId } } }`;
const MAP = `mutation Map($input: MapScimGroupInput!) { mapScimGroup(input: $input) { id displayName role communityGroupId } }`;
const REQUEST_RESET = 'mutation ($email: String!) { requestPasswordReset(input: { email: $email }) }';
const RESET = 'mutation ($token: String!, $pw: String!) { resetPassword(input: { token: $token, newPassword: $pw }) }';

/**
 * An organisation's directory (Microsoft Entra ID, Okta) provisions its people over SCIM 2.0 with a token an
 * admin made: the requests below are the ones those directories send, replayed against the real API.
 */
describe('directory provisioning (SCIM 2.0)', () => {
  let t: TestApp;
  let admin: Session;
  let member: Session;
  let foreignAdmin: Session;
  let token: string;
  let foreignToken: string;

  const code = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;
  const ok = async <T = any>(query: string, variables: Record<string, unknown>, bearer: string): Promise<T> => {
    const res = await t.gql<T>(query, variables, bearer);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  /** A SCIM request as a directory sends it. */
  const scim = async (
    method: 'get' | 'post' | 'put' | 'patch' | 'delete',
    path: string,
    bearer = token,
    body?: unknown,
  ) => {
    let req = t.http()[method](`/scim/v2${path}`).set('accept', 'application/scim+json');
    if (bearer) req = req.set('authorization', `Bearer ${bearer}`);
    if (body !== undefined) {
      req = req.set('content-type', 'application/scim+json');
      return req.send(typeof body === 'string' ? body : JSON.stringify(body));
    }
    return req;
  };
  const expectScimError = (res: { status: number; body: any; headers: any }, status: number, scimType?: string) => {
    expect({ status: res.status, body: res.body }).toEqual({
      status,
      body: { schemas: [ERROR], status: String(status), ...(scimType ? { scimType } : {}), detail: expect.any(String) },
    });
    expect(res.headers['content-type']).toMatch(/^application\/scim\+json/);
    expect(JSON.stringify(res.body)).not.toMatch(/\bat .*\.(ts|js):\d+/);
  };
  const patchOp = (...Operations: object[]) => ({ schemas: [PATCH_OP], Operations });
  const membership = async (id: string) =>
    (
      await t.db.query(
        `SELECT m.status, m.roles, m.department, u.email, u.display_name FROM membership m JOIN "user" u ON u.id = m.user_id WHERE m.id = $1`,
        [id],
      )
    )[0];
  const signInAs = async (email: string): Promise<Session> => {
    await ok(REQUEST_RESET, { email }, '');
    await ok(RESET, { token: await storedResetToken(t, email), pw: PASSWORD }, '');
    return (await ok(LOGIN, { input: { email, password: PASSWORD } }, '')).login;
  };
  const entraUser = (email: string, externalId: string, extra: Record<string, unknown> = {}) => ({
    schemas: [USER, ENTERPRISE],
    externalId,
    userName: email,
    active: true,
    displayName: 'Ann Smith',
    emails: [{ primary: true, type: 'work', value: email }],
    name: { formatted: 'Ann Smith', familyName: 'Smith', givenName: 'Ann' },
    [ENTERPRISE]: { department: 'Digital Services' },
    ...extra,
  });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signUpAdmin(t, 'Directory Borough', 'ada');
    member = await inviteAndJoin(t, admin, 'meg');
    foreignAdmin = await signUpAdmin(t, 'Other Council', 'olga');
    token = (await ok(ROTATE, {}, admin.accessToken)).rotateScimToken.token;
    foreignToken = (await ok(ROTATE, {}, foreignAdmin.accessToken)).rotateScimToken.token;
  });

  afterAll(() => t?.close());

  it('answers discovery with a minimal but valid service description', async () => {
    const config = await scim('get', '/ServiceProviderConfig');
    expect(config.status).toBe(200);
    expect(config.headers['content-type']).toMatch(/^application\/scim\+json/);
    expect(config.body).toMatchObject({
      patch: { supported: true },
      filter: { supported: true },
      bulk: { supported: false },
    });
    const types = await scim('get', '/ResourceTypes');
    expect(types.body.Resources.map((r: any) => [r.id, r.endpoint])).toEqual([
      ['User', '/Users'],
      ['Group', '/Groups'],
    ]);
    const schemas = await scim('get', '/Schemas');
    expect(schemas.body.Resources.map((s: any) => s.id)).toEqual([USER, ENTERPRISE, GROUP]);
    expect((await scim('get', `/Schemas/${USER}`)).body.attributes.map((a: any) => a.name)).toContain('userName');
  });

  it('provisions, deactivates (ending the session at once) and reactivates a member as Entra ID does', async () => {
    const email = uniqueEmail('ann.smith');
    // Entra first looks the person up, then creates them.
    const lookup = await scim('get', `/Users?filter=${encodeURIComponent(`userName eq "${email}"`)}`);
    expect(lookup.status).toBe(200);
    expect(lookup.body).toMatchObject({ totalResults: 0, Resources: [] });

    const created = await scim('post', '/Users', token, entraUser(email.toUpperCase(), 'entra-0001'));
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.headers.location).toBe(`${created.body.meta.location}`);
    expect(created.body).toMatchObject({
      userName: email,
      externalId: 'entra-0001',
      displayName: 'Ann Smith',
      active: true,
      [ENTERPRISE]: { department: 'Digital Services' },
      meta: { resourceType: 'User' },
    });
    expect(await membership(id)).toMatchObject({
      status: 'ACTIVE',
      roles: ['MEMBER'],
      department: 'Digital Services',
      email,
      display_name: 'Ann Smith',
    });
    const found = await scim('get', `/Users?filter=${encodeURIComponent(`userName eq "${email}"`)}`);
    expect(found.body).toMatchObject({ totalResults: 1, Resources: [{ id }] });

    // The new member signs in (a reset link here; single sign-on in real life) and works.
    const session = await signInAs(email);
    expect((await ok(ME, {}, session.accessToken)).me.member.id).toBe(id);

    // Entra disables them: capitalised op, the value a string.
    const disabled = await scim(
      'patch',
      `/Users/${id}`,
      token,
      patchOp({ op: 'Replace', path: 'active', value: 'False' }),
    );
    expect(disabled.status).toBe(200);
    expect(disabled.body.active).toBe(false);
    expect(code(await t.gql(ME, {}, session.accessToken))).toBe('UNAUTHENTICATED');
    expect((await membership(id)).status).toBe('DEACTIVATED');

    // …and enables them again, with a changed given name and the e-mail path Entra uses.
    const enabled = await scim(
      'patch',
      `/Users/${id}`,
      token,
      patchOp(
        { op: 'Replace', path: 'active', value: 'True' },
        { op: 'Replace', path: 'name.givenName', value: 'Annie' },
        { op: 'Replace', path: 'emails[type eq "work"].value', value: email },
      ),
    );
    expect(enabled.status).toBe(200);
    expect(enabled.body).toMatchObject({ active: true, displayName: 'Annie Smith' });
    const again = await ok(LOGIN, { input: { email, password: PASSWORD } }, '');
    expect((await ok(ME, {}, again.login.accessToken)).me.member.id).toBe(id);

    // A replace without a path carries an object, enterprise attributes included.
    const moved = await scim(
      'patch',
      `/Users/${id}`,
      token,
      patchOp({ op: 'Replace', value: { displayName: 'Ann Smith-Jones', [`${ENTERPRISE}:department`]: 'Comms' } }),
    );
    expect(moved.body).toMatchObject({ displayName: 'Ann Smith-Jones', [ENTERPRISE]: { department: 'Comms' } });
    expect(await membership(id)).toMatchObject({ department: 'Comms', display_name: 'Ann Smith-Jones' });
    const byExternalId = await scim('get', `/Users?filter=${encodeURIComponent('externalId eq "entra-0001"')}`);
    expect(byExternalId.body.Resources.map((u: any) => u.id)).toEqual([id]);

    // DELETE deactivates and keeps the member (erasure is the privacy flow).
    expect((await scim('delete', `/Users/${id}`)).status).toBe(204);
    expect(await membership(id)).toMatchObject({ status: 'DEACTIVATED', email });
    expect(code(await t.gql(ME, {}, again.login.accessToken))).toBe('UNAUTHENTICATED');
    expect((await scim('get', `/Users/${id}`)).body.active).toBe(false);
  });

  it('replaces and patches a member as Okta does', async () => {
    const email = uniqueEmail('olu.okafor');
    const okta = {
      schemas: [USER],
      userName: email,
      name: { givenName: 'Olu', familyName: 'Okafor' },
      emails: [{ primary: true, value: email, type: 'work' }],
      displayName: 'Olu Okafor',
      locale: 'en-GB',
      externalId: '00u1okta',
      groups: [],
      password: 'not-kept-anywhere-1',
      active: true,
    };
    const created = await scim('post', '/Users', token, okta);
    expect(created.status).toBe(201);
    const id = created.body.id;

    const replaced = await scim('put', `/Users/${id}`, token, {
      ...okta,
      id,
      displayName: 'Olu Okafor-Ade',
      name: { givenName: 'Olu', familyName: 'Okafor-Ade' },
      [ENTERPRISE]: { department: 'HR' },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ displayName: 'Olu Okafor-Ade', [ENTERPRISE]: { department: 'HR' } });

    const deactivated = await scim(
      'patch',
      `/Users/${id}`,
      token,
      patchOp({ op: 'replace', value: { active: false } }),
    );
    expect(deactivated.body.active).toBe(false);
    expect((await membership(id)).status).toBe('DEACTIVATED');
    const reactivated = await scim('put', `/Users/${id}`, token, { ...okta, id, active: true });
    expect(reactivated.body).toMatchObject({ active: true, displayName: 'Olu Okafor' });
    expect(await membership(id)).toMatchObject({ status: 'ACTIVE', department: null });
  });

  it('gives and takes a role, and a community group, through mapped directory groups', async () => {
    const created = await scim('post', '/Groups', token, { schemas: [GROUP], displayName: 'Comms team', members: [] });
    expect(created.status).toBe(201);
    const groupId = created.body.id;
    const unmapped = await scim('post', '/Groups', token, {
      schemas: [GROUP],
      displayName: 'Everyone',
      externalId: 'grp-everyone',
      members: [{ value: member.member.id }],
    });
    expect(unmapped.body.members).toEqual([expect.objectContaining({ value: member.member.id })]);
    expect((await membership(member.member.id)).roles).toEqual(['MEMBER']);

    // The admin sees the groups and maps one to COMMS.
    const settings = (await ok(SETTINGS, {}, admin.accessToken)).scimSettings;
    expect(settings.baseUrl).toMatch(/\/scim\/v2$/);
    expect(settings.groups.map((g: any) => [g.displayName, g.role])).toEqual([
      ['Comms team', null],
      ['Everyone', null],
    ]);
    await ok(MAP, { input: { groupId, role: 'COMMS' } }, admin.accessToken);

    // Entra adds the member; Okta's remove-by-filter takes them out again.
    const added = await scim(
      'patch',
      `/Groups/${groupId}`,
      token,
      patchOp({ op: 'Add', path: 'members', value: [{ value: member.member.id, display: 'meg person' }] }),
    );
    expect(added.status).toBe(200);
    expect((await membership(member.member.id)).roles.sort()).toEqual(['COMMS', 'MEMBER']);
    const asMember = await ok(ME, {}, member.accessToken);
    expect(asMember.me.member.roles.sort()).toEqual(['COMMS', 'MEMBER']);
    const removed = await scim(
      'patch',
      `/Groups/${groupId}`,
      token,
      patchOp({ op: 'remove', path: `members[value eq "${member.member.id}"]` }),
    );
    expect(removed.body.members).toEqual([]);
    expect((await membership(member.member.id)).roles).toEqual(['MEMBER']);
    // Removing someone already gone is no error (directories retry).
    expect(
      (
        await scim(
          'patch',
          `/Groups/${groupId}`,
          token,
          patchOp({ op: 'remove', path: `members[value eq "${member.member.id}"]` }),
        )
      ).status,
    ).toBe(200);

    // Mapping a group with members gives them the role at once; Okta's rename keeps it.
    const community = (
      await ok(CREATE_GROUP, { input: { name: 'Everyone talks', privacy: 'OPEN' } }, admin.accessToken)
    ).createGroup;
    await ok(
      MAP,
      { input: { groupId: unmapped.body.id, role: 'HR', communityGroupId: community.id } },
      admin.accessToken,
    );
    expect((await membership(member.member.id)).roles.sort()).toEqual(['HR', 'MEMBER']);
    const joined = await t.db.query(`SELECT status FROM group_member WHERE group_id = $1 AND membership_id = $2`, [
      community.id,
      member.member.id,
    ]);
    expect(joined).toEqual([{ status: 'ACTIVE' }]);
    const renamed = await scim(
      'patch',
      `/Groups/${unmapped.body.id}`,
      token,
      patchOp({ op: 'replace', value: { id: unmapped.body.id, displayName: 'Everyone (all staff)' } }),
    );
    expect(renamed.body.displayName).toBe('Everyone (all staff)');
    const filtered = await scim(
      'get',
      `/Groups?filter=${encodeURIComponent('displayName eq "Everyone (all staff)"')}&excludedAttributes=members`,
    );
    expect(filtered.body.Resources).toEqual([expect.not.objectContaining({ members: expect.anything() })]);
    expect(filtered.body).toMatchObject({ totalResults: 1, Resources: [{ id: unmapped.body.id }] });

    // PUT with no members, then DELETE: the role and the community group go with them.
    const put = await scim('put', `/Groups/${unmapped.body.id}`, token, {
      schemas: [GROUP],
      displayName: 'Everyone (all staff)',
      members: [],
    });
    expect(put.body.members).toEqual([]);
    expect((await membership(member.member.id)).roles).toEqual(['MEMBER']);
    expect(
      await t.db.query(`SELECT 1 FROM group_member WHERE group_id = $1 AND membership_id = $2`, [
        community.id,
        member.member.id,
      ]),
    ).toEqual([]);
    expect((await scim('delete', `/Groups/${groupId}`)).status).toBe(204);
    expectScimError(await scim('get', `/Groups/${groupId}`), 404);

    // Only admins map, only to COMMS or HR, only their own groups; every mapping is audited.
    expect(code(await t.gql(MAP, { input: { groupId: unmapped.body.id, role: 'COMMS' } }, member.accessToken))).toBe(
      'FORBIDDEN',
    );
    const admin_ = await t.gql(MAP, { input: { groupId: unmapped.body.id, role: 'ADMIN' } }, admin.accessToken);
    expect([code(admin_), admin_.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'role']);
    expect(code(await t.gql(MAP, { input: { groupId: unmapped.body.id, role: 'HR' } }, foreignAdmin.accessToken))).toBe(
      'NOT_FOUND',
    );
    const audited = await t.db.query(
      `SELECT count(*)::int AS n FROM profile_audit_event WHERE organisation_id = $1 AND query->>'setting' = 'scimGroupMapping'`,
      [admin.organisation.id],
    );
    expect(audited[0].n).toBe(2);
  });

  it('pages through members with startIndex and count', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await scim('post', '/Users', token, { schemas: [USER], userName: uniqueEmail(`page${i}`) })).status).toBe(
        201,
      );
    }
    const all = await scim('get', '/Users?count=200');
    const total = all.body.totalResults;
    expect(all.body.Resources).toHaveLength(total);
    expect(total).toBeGreaterThanOrEqual(6);
    const page = await scim('get', '/Users?startIndex=2&count=2');
    expect(page.body).toMatchObject({ totalResults: total, startIndex: 2, itemsPerPage: 2 });
    expect(page.body.Resources.map((u: any) => u.id)).toEqual(all.body.Resources.slice(1, 3).map((u: any) => u.id));
    const last = await scim('get', `/Users?startIndex=${total}&count=5`);
    expect(last.body.Resources.map((u: any) => u.id)).toEqual([all.body.Resources[total - 1].id]);
    expect((await scim('get', `/Users?startIndex=${total + 1}`)).body).toMatchObject({
      totalResults: total,
      Resources: [],
    });
    expect((await scim('get', '/Users?count=0')).body).toMatchObject({
      totalResults: total,
      itemsPerPage: 0,
      Resources: [],
    });
  });

  it('answers bad input with SCIM errors, never a 500', async () => {
    const email = uniqueEmail('bad');
    const id = (await scim('post', '/Users', token, { schemas: [USER], userName: email })).body.id;
    const enc = encodeURIComponent;

    expectScimError(await scim('get', `/Users?filter=${enc('userName eq')}`), 400, 'invalidFilter');
    expectScimError(await scim('get', `/Users?filter=${enc('userName co "a"')}`), 400, 'invalidFilter');
    expectScimError(await scim('get', `/Users?filter=${enc('title eq "boss"')}`), 400, 'invalidFilter');
    expectScimError(await scim('get', '/Users?startIndex=first'), 400, 'invalidValue');
    expectScimError(
      await scim('post', '/Users', token, { schemas: [USER], userName: uniqueEmail('x'), shoeSize: 9 }),
      400,
      'invalidValue',
    );
    expectScimError(
      await scim('post', '/Users', token, { schemas: [USER], displayName: 'No Name' }),
      400,
      'invalidValue',
    );
    expectScimError(
      await scim('post', '/Users', token, { schemas: [USER], userName: 'not-an-email' }),
      400,
      'invalidValue',
    );
    expectScimError(await scim('post', '/Users', token, { userName: uniqueEmail('y') }), 400, 'invalidSyntax');
    expectScimError(
      await scim('post', '/Users', token, { schemas: [USER], userName: email.toUpperCase() }),
      409,
      'uniqueness',
    );
    expectScimError(await scim('post', '/Users', token, '{"schemas": ['), 400, 'invalidSyntax');

    expectScimError(
      await scim('patch', `/Users/${id}`, token, patchOp({ op: 'replace', path: 'shoeSize', value: 9 })),
      400,
      'invalidPath',
    );
    expectScimError(
      await scim('patch', `/Users/${id}`, token, patchOp({ op: 'replace', path: 'name.nickname', value: 'x' })),
      400,
      'invalidPath',
    );
    expectScimError(
      await scim('patch', `/Users/${id}`, token, patchOp({ op: 'replace', value: { shoeSize: 9 } })),
      400,
      'invalidPath',
    );
    expectScimError(
      await scim('patch', `/Users/${id}`, token, patchOp({ op: 'Replace', path: 'active', value: 'maybe' })),
      400,
      'invalidValue',
    );
    expectScimError(
      await scim('patch', `/Users/${id}`, token, patchOp({ op: 'frobnicate', path: 'active', value: true })),
      400,
      'invalidSyntax',
    );
    expectScimError(await scim('patch', `/Users/${id}`, token, patchOp({ op: 'remove' })), 400, 'noTarget');
    expectScimError(
      await scim('patch', `/Users/${id}`, token, patchOp({ op: 'remove', path: 'emails[type eq "home"].value' })),
      400,
      'noTarget',
    );
    expectScimError(await scim('patch', `/Users/${id}`, token, { Operations: [] }), 400, 'invalidSyntax');
    expectScimError(
      await scim('patch', `/Users/${id}`, token, patchOp({ op: 'replace', path: 'userName', value: 12 })),
      400,
      'invalidValue',
    );

    const groupId = (await scim('post', '/Groups', token, { schemas: [GROUP], displayName: 'Bad input group' })).body
      .id;
    expectScimError(
      await scim('post', '/Groups', token, { schemas: [GROUP], displayName: 'Bad input group' }),
      409,
      'uniqueness',
    );
    expectScimError(
      await scim('post', '/Groups', token, { schemas: [GROUP], displayName: 'X', owner: 'me' }),
      400,
      'invalidValue',
    );
    expectScimError(
      await scim(
        'patch',
        `/Groups/${groupId}`,
        token,
        patchOp({ op: 'add', path: 'members', value: [{ value: randomUUID() }] }),
      ),
      400,
      'invalidValue',
    );
    expectScimError(await scim('get', `/Groups?filter=${enc('displayName sw "B"')}`), 400, 'invalidFilter');

    // Missing, malformed and foreign ids are the same 404.
    const foreignId = foreignAdmin.member.id;
    const missing = [
      await scim('get', `/Users/${randomUUID()}`),
      await scim('get', '/Users/not-an-id'),
      await scim('get', `/Users/${foreignId}`),
      await scim('patch', `/Users/${foreignId}`, token, patchOp({ op: 'replace', path: 'active', value: false })),
      await scim('put', `/Users/${foreignId}`, token, { schemas: [USER], userName: uniqueEmail('z') }),
      await scim('delete', `/Users/${foreignId}`),
    ];
    for (const res of missing) expectScimError(res, 404);
    expect(new Set(missing.map((r) => JSON.stringify(r.body))).size).toBe(1);
    expectScimError(await scim('get', '/Nonsense'), 404);
    expect((await membership(foreignId)).status).toBe('ACTIVE');
  });

  it('refuses anything but the live SCIM token, and rotation stops the old one at once', async () => {
    expectScimError(await scim('get', '/Users', ''), 401);
    expectScimError(await scim('get', '/Users', `${token}x`), 401);
    expectScimError(await scim('get', '/Users', admin.accessToken), 401);
    // The SCIM token is no session or API token either.
    expect(code(await t.gql(ME, {}, token))).toBe('UNAUTHENTICATED');

    expect(code(await t.gql(ROTATE, {}, member.accessToken))).toBe('FORBIDDEN');
    const rotated = (await ok(ROTATE, {}, admin.accessToken)).rotateScimToken;
    expect(rotated.token).toMatch(/^ccscim_/);
    expect(rotated.baseUrl).toMatch(/\/scim\/v2$/);
    expectScimError(await scim('get', '/Users', token), 401);
    expect((await scim('get', '/Users', rotated.token)).status).toBe(200);
    const [stored] = await t.db.query(`SELECT hash FROM scim_token WHERE organisation_id = $1 AND revoked_at IS NULL`, [
      admin.organisation.id,
    ]);
    expect(stored.hash).toBe(createHash('sha256').update(rotated.token.split('.')[1]).digest('hex'));
    const settings = (await ok(SETTINGS, {}, admin.accessToken)).scimSettings;
    expect(settings.tokenLastUsedAt).toEqual(expect.any(String));
    expect(JSON.stringify(settings)).not.toContain(rotated.token.split('.')[1]);

    expect((await ok(REVOKE, {}, admin.accessToken)).revokeScimToken).toBe(true);
    expectScimError(await scim('get', '/Users', rotated.token), 401);
    const audited = await t.db.query(
      `SELECT query->'to' AS "to" FROM profile_audit_event WHERE organisation_id = $1 AND query->>'setting' = 'scimToken' ORDER BY created_at`,
      [admin.organisation.id],
    );
    expect(audited.map((a: any) => (typeof a.to === 'string' ? a.to : 'created'))).toEqual([
      'created',
      'created',
      'revoked',
    ]);
    token = (await ok(ROTATE, {}, admin.accessToken)).rotateScimToken.token;
  });

  it('never lets another organisation’s token reach this organisation’s members or groups', async () => {
    const email = uniqueEmail('kept.apart');
    const id = (await scim('post', '/Users', token, { schemas: [USER], userName: email })).body.id;
    const groupId = (
      await scim('post', '/Groups', token, { schemas: [GROUP], displayName: 'Private team', members: [{ value: id }] })
    ).body.id;

    const theirs = await scim('get', `/Users?filter=${encodeURIComponent(`userName eq "${email}"`)}`, foreignToken);
    expect(theirs.body).toMatchObject({ totalResults: 0, Resources: [] });
    const listed = await scim('get', '/Users?count=200', foreignToken);
    expect(listed.body.Resources.map((u: any) => u.id)).toEqual([foreignAdmin.member.id]);
    expectScimError(await scim('get', `/Users/${id}`, foreignToken), 404);
    expectScimError(
      await scim('patch', `/Users/${id}`, foreignToken, patchOp({ op: 'replace', path: 'active', value: false })),
      404,
    );
    expectScimError(await scim('delete', `/Users/${id}`, foreignToken), 404);
    expectScimError(await scim('get', `/Groups/${groupId}`, foreignToken), 404);
    expect((await scim('get', '/Groups', foreignToken)).body.totalResults).toBe(0);
    // Their group cannot take in this organisation's member.
    const foreignGroup = await scim('post', '/Groups', foreignToken, {
      schemas: [GROUP],
      displayName: 'Raid',
      members: [{ value: id }],
    });
    expectScimError(foreignGroup, 400, 'invalidValue');
    expect((await membership(id)).status).toBe('ACTIVE');
  });
});
