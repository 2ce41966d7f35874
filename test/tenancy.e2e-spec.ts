import { randomUUID } from 'node:crypto';
import {
  CHANGE_ROLES,
  DEACTIVATE,
  INVITE,
  LOGIN,
  ME,
  MEMBER,
  MEMBERS,
  PENDING_INVITATIONS,
  REACTIVATE,
  REVOKE_INVITATION,
  SWITCH_ORGANISATION,
  UPDATE_MEMBER,
} from './utils/operations';
import { failureOf, inviteAndJoin, PASSWORD, Session, signUpAdmin, uniqueEmail } from './utils/story';
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';

interface MemberRow {
  id: string;
  roles: string[];
  status: string;
  department: string | null;
  grade: string | null;
  location: string | null;
  user: { id: string; email: string; displayName: string };
}

/** One organisation as its admin sees it. */
interface Tenant {
  admin: Session;
  member: Session;
  leaver: Session;
  pendingInvitationId: string;
}

/** Builds a tenant: an admin, a member, a deactivated member and a pending invitation. */
async function tenant(t: TestApp, organisationName: string, prefix: string): Promise<Tenant> {
  const admin = await signUpAdmin(t, organisationName, `${prefix}-admin`);
  const member = await inviteAndJoin(t, admin, `${prefix}-member`, ['COMMS', 'MEMBER'], {
    department: `${prefix} department`,
    grade: 'Officer',
  });
  const leaver = await inviteAndJoin(t, admin, `${prefix}-leaver`);
  const off = await t.gql(DEACTIVATE, { id: leaver.member.id }, admin.accessToken);
  if (off.errors) throw new Error(JSON.stringify(off.errors));
  const invited = await t.gql(
    INVITE,
    { input: { email: uniqueEmail(`${prefix}-pending`), roles: ['MEMBER'] } },
    admin.accessToken,
  );
  if (invited.errors) throw new Error(JSON.stringify(invited.errors));
  return { admin, member, leaver, pendingInvitationId: invited.data!.inviteMember.id };
}

describe('tenancy: one organisation never reaches another', () => {
  let t: TestApp;
  let a: Tenant;
  let b: Tenant;

  beforeAll(async () => {
    t = await createTestApp();
    a = await tenant(t, 'Aldgate Borough', 'aldgate');
    b = await tenant(t, 'Bexley Trust', 'zebedee');
  });
  afterAll(() => t.close());

  /** Everything an admin of `org` can see about its people and invitations. */
  async function snapshot(org: Tenant): Promise<{ members: MemberRow[]; pending: unknown[] }> {
    const members: MemberRow[] = [];
    for (const status of ['ACTIVE', 'DEACTIVATED']) {
      const res = await t.gql(MEMBERS, { first: 100, filter: { status } }, org.admin.accessToken);
      expect(res.errors).toBeUndefined();
      members.push(...res.data!.members.edges.map((e: { node: MemberRow }) => e.node));
    }
    const pending = await t.gql(PENDING_INVITATIONS, {}, org.admin.accessToken);
    expect(pending.errors).toBeUndefined();
    return { members: members.sort((x, y) => x.id.localeCompare(y.id)), pending: pending.data!.pendingInvitations };
  }

  /**
   * Every operation that takes an id: how to call it with an id, and which ids
   * of organisation B an admin of A might try.
   */
  const probes: {
    name: string;
    document: string;
    field: string;
    variables: (id: string) => Record<string, unknown>;
    foreignIds: () => string[];
  }[] = [
    {
      name: 'member',
      document: MEMBER,
      field: 'member',
      variables: (id) => ({ id }),
      foreignIds: () => [b.admin.member.id, b.member.member.id, b.leaver.member.id],
    },
    {
      name: 'updateMember',
      document: UPDATE_MEMBER,
      field: 'updateMember',
      variables: (id) => ({ input: { memberId: id, department: 'Taken over', grade: 'Puppet', location: 'Aldgate' } }),
      foreignIds: () => [b.admin.member.id, b.member.member.id, b.leaver.member.id],
    },
    {
      name: 'changeMemberRoles',
      document: CHANGE_ROLES,
      field: 'changeMemberRoles',
      variables: (id) => ({ input: { memberId: id, roles: ['MEMBER'] } }),
      foreignIds: () => [b.admin.member.id, b.member.member.id, b.leaver.member.id],
    },
    {
      name: 'deactivateMember',
      document: DEACTIVATE,
      field: 'deactivateMember',
      variables: (id) => ({ id }),
      foreignIds: () => [b.admin.member.id, b.member.member.id],
    },
    {
      name: 'reactivateMember',
      document: REACTIVATE,
      field: 'reactivateMember',
      variables: (id) => ({ id }),
      foreignIds: () => [b.leaver.member.id, b.member.member.id],
    },
    {
      name: 'revokeInvitation',
      document: REVOKE_INVITATION,
      field: 'revokeInvitation',
      variables: (id) => ({ id }),
      foreignIds: () => [b.pendingInvitationId],
    },
    {
      name: 'switchOrganisation',
      document: SWITCH_ORGANISATION,
      field: 'switchOrganisation',
      variables: (id) => ({ id }),
      foreignIds: () => [b.admin.organisation.id],
    },
    {
      name: 'login (into an organisation)',
      document: LOGIN,
      field: 'login',
      variables: (id) => ({ input: { email: a.admin.user.email, password: PASSWORD, organisationId: id } }),
      foreignIds: () => [b.admin.organisation.id],
    },
  ];

  it('answers an admin of A using any of B’s ids exactly as it answers an id that does not exist', async () => {
    const before = await snapshot(b);
    const seen: string[] = [];
    for (const probe of probes) {
      const missing = await t.gql(probe.document, probe.variables(randomUUID()), a.admin.accessToken);
      expect({ probe: probe.name, code: failureOf(missing).code }).toEqual({ probe: probe.name, code: 'NOT_FOUND' });
      for (const id of probe.foreignIds()) {
        const res: GraphQLResponse = await t.gql(probe.document, probe.variables(id), a.admin.accessToken);
        expect({ probe: probe.name, id, ...failureOf(res) }).toEqual({ probe: probe.name, id, ...failureOf(missing) });
        expect(res.data?.[probe.field] ?? null).toBeNull();
        seen.push(probe.name);
      }
    }
    expect(new Set(seen).size).toBe(probes.length);

    // B is exactly as it was: roles, status, placement, invitations.
    expect(await snapshot(b)).toEqual(before);
    // And B's people are still signed in (a deactivation would have ended their sessions).
    for (const session of [b.admin, b.member]) {
      const me = await t.gql(ME, {}, session.accessToken);
      expect(me.errors).toBeUndefined();
      expect(me.data!.me.organisation.id).toBe(b.admin.organisation.id);
    }
  });

  it('runs the same operations on A’s own ids (so the refusals above are about the organisation)', async () => {
    const own = await inviteAndJoin(t, a.admin, 'aldgate-extra');
    const spare = await t.gql(
      INVITE,
      { input: { email: uniqueEmail('aldgate-spare'), roles: ['MEMBER'] } },
      a.admin.accessToken,
    );
    const ownIds: Record<string, string> = {
      member: own.member.id,
      updateMember: own.member.id,
      changeMemberRoles: own.member.id,
      deactivateMember: own.member.id,
      reactivateMember: own.member.id,
      revokeInvitation: spare.data!.inviteMember.id,
      switchOrganisation: a.admin.organisation.id,
      'login (into an organisation)': a.admin.organisation.id,
    };
    for (const probe of probes) {
      const res = await t.gql(probe.document, probe.variables(ownIds[probe.name]), a.admin.accessToken);
      expect({ probe: probe.name, errors: res.errors }).toEqual({ probe: probe.name, errors: undefined });
      expect(res.data![probe.field]).toBeTruthy();
    }
  });

  it('refuses a malformed id with BAD_USER_INPUT', async () => {
    for (const probe of probes) {
      for (const id of ['not-a-uuid', `${b.admin.member.id}'--`, '']) {
        const res = await t.gql(probe.document, probe.variables(id), a.admin.accessToken);
        expect({ probe: probe.name, id, code: failureOf(res).code }).toEqual({
          probe: probe.name,
          id,
          code: 'BAD_USER_INPUT',
        });
      }
    }
  });

  it('never lists B’s people in A, whatever the filter', async () => {
    const bPeople = new Set([b.admin, b.member, b.leaver].flatMap((s) => [s.member.id, s.user.email]));
    const filters = [
      {},
      { status: 'DEACTIVATED' },
      { role: 'COMMS' },
      { role: 'ADMIN' },
      { search: 'zebedee' },
      { search: b.member.user.email },
      { search: '@example.org' },
      { department: 'zebedee department' },
      { grade: 'Officer' },
    ];
    for (const viewer of [a.admin, a.member]) {
      for (const filter of filters) {
        const res = await t.gql(MEMBERS, { first: 100, filter }, viewer.accessToken);
        // Deactivated members are listed only to admins.
        if (filter.status === 'DEACTIVATED' && viewer === a.member) {
          expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
          continue;
        }
        expect(res.errors).toBeUndefined();
        const nodes: MemberRow[] = res.data!.members.edges.map((e: { node: MemberRow }) => e.node);
        const leaked = nodes.filter(
          (n) => bPeople.has(n.id) || bPeople.has(n.user.email) || /zebedee/.test(n.user.email),
        );
        expect({ filter, leaked }).toEqual({ filter, leaked: [] });
        expect(res.data!.members.totalCount).toBe(nodes.length);
      }
    }
    // The search that finds B's people in B finds nobody in A.
    const inB = await t.gql(MEMBERS, { filter: { search: 'zebedee' } }, b.admin.accessToken);
    expect(inB.data!.members.totalCount).toBeGreaterThanOrEqual(2);
    const inA = await t.gql(MEMBERS, { filter: { search: 'zebedee' } }, a.admin.accessToken);
    expect(inA.data!.members).toMatchObject({ totalCount: 0, edges: [] });
    // A's own people, active and deactivated, are all there.
    for (const [status, people] of [
      ['ACTIVE', [a.admin, a.member]],
      ['DEACTIVATED', [a.leaver]],
    ] as const) {
      const res = await t.gql(MEMBERS, { first: 100, filter: { status } }, a.admin.accessToken);
      const emails = res.data!.members.edges.map((e: { node: MemberRow }) => e.node.user.email);
      expect(emails).toEqual(expect.arrayContaining(people.map((p) => p.user.email)));
    }
  });

  it('never shows B’s pending invitations to A', async () => {
    const res = await t.gql(PENDING_INVITATIONS, {}, a.admin.accessToken);
    expect(res.errors).toBeUndefined();
    const ids = res.data!.pendingInvitations.map((i: { id: string }) => i.id);
    expect(ids).not.toContain(b.pendingInvitationId);
    expect(res.data!.pendingInvitations.every((i: { email: string }) => !i.email.includes('zebedee'))).toBe(true);
  });
});
