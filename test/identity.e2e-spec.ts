import { DataSource, QueryRunner } from 'typeorm';
import {
  ACCEPT,
  CHANGE_ROLES,
  DEACTIVATE,
  INVITE,
  LOGIN,
  ME,
  MEMBERS,
  REACTIVATE,
  UPDATE_MEMBER,
  UPDATE_MY_PROFILE_PRIVACY,
} from './utils/operations';
import { inviteAndJoin, PASSWORD, Session, signUpAdmin, storedInvitationToken, uniqueEmail } from './utils/story';
import { createTestApp, TestApp } from './utils/test-app';

describe('organisations, invitations and members', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signUpAdmin(t, 'Harbourside Council');
  });
  afterAll(() => t.close());

  it('makes the creator of an organisation its admin', async () => {
    const me = await t.gql(ME, {}, admin.accessToken);
    expect(me.errors).toBeUndefined();
    expect(me.data!.me.organisation.name).toBe('Harbourside Council');
    expect(me.data!.me.member.roles).toEqual(expect.arrayContaining(['ADMIN', 'MEMBER']));
    expect(me.data!.me.organisations).toHaveLength(1);
  });

  it('invites a colleague who accepts, signs in and sees the organisation', async () => {
    const email = uniqueEmail('Ben.Blogger').toUpperCase();
    const invited = await t.gql(
      INVITE,
      { input: { email, roles: ['MEMBER'], department: 'Planning' } },
      admin.accessToken,
    );
    expect(invited.errors).toBeUndefined();
    expect(invited.data!.inviteMember.email).toBe(email.toLowerCase());

    const token = await storedInvitationToken(t, email.toLowerCase());
    const accepted = await t.gql(ACCEPT, { input: { token, password: PASSWORD, displayName: 'Ben Adeyemi' } });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptInvitation.organisation.name).toBe('Harbourside Council');
    expect(accepted.data!.acceptInvitation.member.roles).toEqual(['MEMBER']);

    // E-mail is case-insensitive at log-in.
    const login = await t.gql(LOGIN, {
      input: { email: email.toLowerCase().replace('ben', 'BEN'), password: PASSWORD },
    });
    expect(login.errors).toBeUndefined();
    const me = await t.gql(ME, {}, login.data!.login.accessToken);
    expect(me.data!.me.member.department).toBe('Planning');
  });

  it('refuses an invitation token a second time, and an unknown one', async () => {
    const email = uniqueEmail('twice');
    await t.gql(INVITE, { input: { email, roles: ['MEMBER'] } }, admin.accessToken);
    const token = await storedInvitationToken(t, email);
    const input = { token, password: PASSWORD, displayName: 'Twice' };
    expect((await t.gql(ACCEPT, { input })).errors).toBeUndefined();
    const again = await t.gql(ACCEPT, { input });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0].message).toMatch(/already been used/);
    const forged = await t.gql(ACCEPT, { input: { ...input, token: `${admin.organisation.id}.${'x'.repeat(43)}` } });
    expect(forged.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a weak password or a malformed e-mail and stores nothing', async () => {
    const email = uniqueEmail('weak');
    await t.gql(INVITE, { input: { email, roles: ['MEMBER'] } }, admin.accessToken);
    const token = await storedInvitationToken(t, email);
    const weak = await t.gql(ACCEPT, { input: { token, password: 'short', displayName: 'Weak' } });
    expect(weak.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(weak.errors?.[0].message).toMatch(/at least 10 characters/);
    // The invitation is still usable: nothing was half-written.
    const ok = await t.gql(ACCEPT, { input: { token, password: PASSWORD, displayName: 'Weak no more' } });
    expect(ok.errors).toBeUndefined();

    const bad = await t.gql(INVITE, { input: { email: 'not-an-email', roles: ['MEMBER'] } }, admin.accessToken);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toMatch(/valid e-mail/);
  });

  it('lets only admins invite or change roles', async () => {
    const member = await inviteAndJoin(t, admin, 'plain');
    const invite = await t.gql(INVITE, { input: { email: uniqueEmail('x'), roles: ['MEMBER'] } }, member.accessToken);
    expect(invite.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const roles = await t.gql(
      CHANGE_ROLES,
      { input: { memberId: member.member.id, roles: ['ADMIN'] } },
      member.accessToken,
    );
    expect(roles.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.gql(ME);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('applies a role change to the very next request', async () => {
    const colleague = await inviteAndJoin(t, admin, 'promoted');
    const promoted = await t.gql(
      CHANGE_ROLES,
      { input: { memberId: colleague.member.id, roles: ['COMMS', 'MEMBER'] } },
      admin.accessToken,
    );
    expect(promoted.data!.changeMemberRoles.roles).toEqual(['COMMS', 'MEMBER']);
    const me = await t.gql(ME, {}, colleague.accessToken);
    expect(me.data!.me.member.roles).toEqual(['COMMS', 'MEMBER']);
  });

  it('reads only the parts of `me` a query asks for, and still applies role changes and deactivation at once', async () => {
    const colleague = await inviteAndJoin(t, admin, 'meparts');
    const dataSource = t.app.get(DataSource);
    const original = dataSource.createQueryRunner.bind(dataSource);
    let statements = 0;
    dataSource.createQueryRunner = (...args: Parameters<DataSource['createQueryRunner']>): QueryRunner => {
      const runner = original(...args);
      const query = runner.query.bind(runner);
      runner.query = ((...q: Parameters<QueryRunner['query']>) => {
        statements++;
        return query(...q);
      }) as QueryRunner['query'];
      return runner;
    };
    const ask = async (query: string) => {
      statements = 0;
      const res = await t.gql(query, {}, colleague.accessToken);
      return { statements, data: res.data?.me, code: res.errors?.[0].extensions?.code };
    };
    const MEMBER_ONLY = `query { me { member { id roles } } }`;
    try {
      // The session and membership check, then the member alone.
      expect(await ask(MEMBER_ONLY)).toEqual({
        statements: 2,
        data: { member: { id: colleague.member.id, roles: ['MEMBER'] } },
        code: undefined,
      });
      // Everything: the check, the user, the member, the person's memberships and their organisations.
      const all = await ask(ME);
      expect(all.statements).toBe(5);
      expect(all.data).toEqual({
        user: { id: colleague.user.id, email: colleague.user.email },
        organisation: { id: admin.organisation.id, name: 'Harbourside Council' },
        member: { id: colleague.member.id, roles: ['MEMBER'], department: null },
        organisations: [{ id: admin.organisation.id, name: 'Harbourside Council' }],
      });
      await t.gql(
        CHANGE_ROLES,
        { input: { memberId: colleague.member.id, roles: ['COMMS', 'MEMBER'] } },
        admin.accessToken,
      );
      expect((await ask(MEMBER_ONLY)).data).toEqual({
        member: { id: colleague.member.id, roles: ['COMMS', 'MEMBER'] },
      });
      await t.gql(DEACTIVATE, { id: colleague.member.id }, admin.accessToken);
      expect(await ask(MEMBER_ONLY)).toEqual({ statements: 1, data: undefined, code: 'UNAUTHENTICATED' });
    } finally {
      dataSource.createQueryRunner = original;
    }
  });

  it('keeps at least one admin', async () => {
    const demote = await t.gql(
      CHANGE_ROLES,
      { input: { memberId: admin.member.id, roles: ['MEMBER'] } },
      admin.accessToken,
    );
    expect(demote.errors?.[0].extensions?.code).toBe('CONFLICT');
    const deactivate = await t.gql(DEACTIVATE, { id: admin.member.id }, admin.accessToken);
    expect(deactivate.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('ends a deactivated member’s sessions at once and brings them back on reactivation', async () => {
    const leaver = await inviteAndJoin(t, admin, 'leaver');
    expect((await t.gql(ME, {}, leaver.accessToken)).errors).toBeUndefined();
    const off = await t.gql(DEACTIVATE, { id: leaver.member.id }, admin.accessToken);
    expect(off.data!.deactivateMember.status).toBe('DEACTIVATED');
    expect((await t.gql(ME, {}, leaver.accessToken)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const login = await t.gql(LOGIN, { input: { email: leaver.user.email, password: PASSWORD } });
    expect(login.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    await t.gql(REACTIVATE, { id: leaver.member.id }, admin.accessToken);
    expect((await t.gql(LOGIN, { input: { email: leaver.user.email, password: PASSWORD } })).errors).toBeUndefined();
  });

  it('lists members with filters and stable cursor pages', async () => {
    for (const name of ['p1', 'p2', 'p3'])
      await inviteAndJoin(t, admin, name, ['MEMBER'], { department: 'Parks', grade: 'Officer' });
    const ranger = await inviteAndJoin(t, admin, 'ranger', ['MEMBER'], {
      department: 'Parks',
      grade: 'Senior Officer',
    });
    await t.gql(UPDATE_MEMBER, { input: { memberId: ranger.member.id, location: 'Parks Depot' } }, admin.accessToken);

    const parks = await t.gql(MEMBERS, { first: 2, filter: { department: 'Parks' } }, admin.accessToken);
    expect(parks.errors).toBeUndefined();
    expect(parks.data!.members.totalCount).toBe(4);
    expect(parks.data!.members.edges).toHaveLength(2);
    expect(parks.data!.members.pageInfo.hasNextPage).toBe(true);
    const next = await t.gql(
      MEMBERS,
      { first: 2, after: parks.data!.members.pageInfo.endCursor, filter: { department: 'Parks' } },
      admin.accessToken,
    );
    expect(next.data!.members.pageInfo.hasNextPage).toBe(false);
    const ids = [...parks.data!.members.edges, ...next.data!.members.edges].map(
      (e: { node: { id: string } }) => e.node.id,
    );
    expect(new Set(ids).size).toBe(4);

    const seniors = await t.gql(
      MEMBERS,
      { filter: { grade: 'Senior Officer', location: 'Parks Depot' } },
      admin.accessToken,
    );
    expect(seniors.data!.members.edges.map((e: { node: { user: { email: string } } }) => e.node.user.email)).toEqual([
      ranger.user.email,
    ]);

    const search = await t.gql(MEMBERS, { filter: { search: 'ranger' } }, admin.accessToken);
    expect(search.data!.members.totalCount).toBe(1);

    const admins = await t.gql(MEMBERS, { filter: { role: 'ADMIN' } }, admin.accessToken);
    expect(admins.data!.members.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([admin.member.id]);
  });

  it('shows deactivated members, and a colleague’s grade and location, only to those allowed', async () => {
    const colleague = await inviteAndJoin(t, admin, 'colleague', ['MEMBER']);
    const hr = await inviteAndJoin(t, admin, 'partner', ['HR', 'MEMBER']);
    const placed = await inviteAndJoin(t, admin, 'placed', ['MEMBER'], { grade: 'G7' });
    await t.gql(UPDATE_MEMBER, { input: { memberId: placed.member.id, location: 'Leeds' } }, admin.accessToken);
    const placement = async (who: Session) => {
      const res = await t.gql(MEMBERS, { filter: { search: 'placed' } }, who.accessToken);
      expect(res.errors).toBeUndefined();
      const { grade, location } = res.data!.members.edges[0].node;
      return { grade, location };
    };
    const shown = { grade: 'G7', location: 'Leeds' };
    const hidden = { grade: null, location: null };
    // New profiles are HR_ONLY: HR, admins and the member see it; other colleagues do not.
    expect(await placement(colleague)).toEqual(hidden);
    expect(await placement(hr)).toEqual(shown);
    expect(await placement(admin)).toEqual(shown);
    expect(await placement(placed)).toEqual(shown);
    await t.gql(UPDATE_MY_PROFILE_PRIVACY, { input: { visibility: 'ORGANISATION' } }, placed.accessToken);
    expect(await placement(colleague)).toEqual(shown);
    await t.gql(UPDATE_MY_PROFILE_PRIVACY, { input: { visibility: 'PRIVATE' } }, placed.accessToken);
    expect(await placement(hr)).toEqual(hidden);
    expect(await placement(admin)).toEqual(shown);
    // Signing in answers the member's own placement, whatever their visibility.
    const signIn = await t.gql(
      `mutation Login($input: LoginInput!) { login(input: $input) { refreshToken member { id grade location } } }`,
      { input: { email: placed.user.email, password: PASSWORD } },
    );
    expect(signIn.errors).toBeUndefined();
    expect(signIn.data!.login.member).toEqual({ id: placed.member.id, ...shown });
    const refreshed = await t.gql(
      `mutation Refresh($token: String!) { refresh(refreshToken: $token) { member { grade location } } }`,
      { token: signIn.data!.login.refreshToken },
    );
    expect(refreshed.errors).toBeUndefined();
    expect(refreshed.data!.refresh.member).toEqual(shown);

    const leavers = (who: Session) => t.gql(MEMBERS, { filter: { status: 'DEACTIVATED' } }, who.accessToken);
    const forbidden = await leavers(colleague);
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(forbidden.errors?.[0].message).toBe('Only admins can list deactivated members');
    expect((await leavers(hr)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await leavers(admin)).errors).toBeUndefined();
  });

  it('rejects oversized pages and tampered cursors with BAD_USER_INPUT', async () => {
    const big = await t.gql(MEMBERS, { first: 1000 }, admin.accessToken);
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0].message).toMatch(/first must not be greater than 100/);
    const tampered = await t.gql(MEMBERS, { after: 'bm9wZQ' }, admin.accessToken);
    expect(tampered.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets admins read and rename their own organisation, keeping its settings, and no one else', async () => {
    const SETTINGS = `query { organisationSettings { name defaultProfileVisibility followEveryoneByDefault } }`;
    const RENAME = `mutation Rename($name: String!) { renameOrganisation(name: $name) { id name slug } }`;
    const other = await signUpAdmin(t, 'Elsewhere Trust');
    await t.gql(`mutation { setDefaultProfileVisibility(visibility: PRIVATE) }`, {}, admin.accessToken);

    const renamed = await t.gql(RENAME, { name: '  Harbourside District Council ' }, admin.accessToken);
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data!.renameOrganisation).toMatchObject({ name: 'Harbourside District Council' });
    const settings = await t.gql(SETTINGS, {}, admin.accessToken);
    expect(settings.data!.organisationSettings).toEqual({
      name: 'Harbourside District Council',
      defaultProfileVisibility: 'PRIVATE',
      followEveryoneByDefault: false,
    });
    // The other organisation is untouched.
    expect((await t.gql(SETTINGS, {}, other.accessToken)).data!.organisationSettings.name).toBe('Elsewhere Trust');

    const tooShort = await t.gql(RENAME, { name: ' x ' }, admin.accessToken);
    expect(tooShort.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const member = await inviteAndJoin(t, admin, 'renamer');
    expect((await t.gql(RENAME, { name: 'Mine now' }, member.accessToken)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await t.gql(SETTINGS, {}, member.accessToken)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(SETTINGS, {}, admin.accessToken)).data!.organisationSettings.name).toBe(
      'Harbourside District Council',
    );
  });
});
