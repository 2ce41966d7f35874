import { LoggerService } from '@nestjs/common';
import { CREATE_GROUP, GROUP_MEMBERS, JOIN_GROUP } from './utils/operations';
import { inviteAndJoin, Session, signUpAdmin } from './utils/story';
import { createTestApp, TestApp } from './utils/test-app';

/** Every line the application logs, with its level, as an operator's log collector would receive it. */
class CapturingLogger implements LoggerService {
  readonly lines: { level: string; text: string }[] = [];
  private record(level: string, message: unknown, params: unknown[]) {
    const text = [message, ...params]
      .map((p) => (p instanceof Error ? `${p.message}\n${p.stack}` : typeof p === 'string' ? p : JSON.stringify(p)))
      .join(' ');
    this.lines.push({ level, text });
  }
  log = (m: unknown, ...p: unknown[]) => this.record('info', m, p);
  error = (m: unknown, ...p: unknown[]) => this.record('error', m, p);
  warn = (m: unknown, ...p: unknown[]) => this.record('warn', m, p);
  debug = (m: unknown, ...p: unknown[]) => this.record('debug', m, p);
  verbose = (m: unknown, ...p: unknown[]) => this.record('verbose', m, p);
  fatal = (m: unknown, ...p: unknown[]) => this.record('fatal', m, p);
}

/**
 * How the API answers requests that go wrong at the HTTP edge or through a
 * client's mistake: always a GraphQL error with a code, and quietly in the log.
 */
describe('HTTP edge and client errors', () => {
  let t: TestApp;
  let admin: Session;
  let member: Session;
  const logger = new CapturingLogger();

  beforeAll(async () => {
    t = await createTestApp({}, { logger });
    admin = await signUpAdmin(t, 'Edge Org');
    member = await inviteAndJoin(t, admin, 'member');
  }, 30000);
  afterAll(() => t.close());

  it('answers a body over the size limit with a GraphQL error and a code, not Express’s page', async () => {
    const huge = 'x'.repeat(1024 * 1024);
    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: `query { me { user { id } } } # ${huge}` });
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(/application\/(graphql-response\+)?json/);
    expect(res.body).toEqual({
      errors: [{ message: expect.stringMatching(/too large/i), extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('answers a body that is not JSON with a GraphQL error and a code', async () => {
    const res = await t.http().post('/graphql').set('content-type', 'application/json').send('{"query": ');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST' } }],
    });
    expect(JSON.stringify(res.body)).not.toMatch(/SyntaxError|at JSON|node_modules/);
  });

  it('lets a group manager make a member a manager (and back)', async () => {
    const group = (await t.gql(CREATE_GROUP, { input: { name: 'Web editors' } }, admin.accessToken)).data!.createGroup;
    expect((await t.gql(JOIN_GROUP, { groupId: group.id }, member.accessToken)).errors).toBeUndefined();
    const SET_ROLE = `mutation SetRole($groupId: ID!, $memberId: ID!, $role: GroupRole!) {
      setGroupRole(groupId: $groupId, memberId: $memberId, role: $role) { role } }`;
    const promoted = await t.gql(
      SET_ROLE,
      { groupId: group.id, memberId: member.member.id, role: 'MANAGER' },
      admin.accessToken,
    );
    expect(promoted).toEqual({ data: { setGroupRole: { role: 'MANAGER' } } });
    const members = await t.gql(GROUP_MEMBERS, { groupId: group.id }, member.accessToken);
    expect(members.data!.groupMembers.edges.find((e: any) => e.node.member.id === member.member.id).node.role).toBe(
      'MANAGER',
    );
    const back = await t.gql(
      SET_ROLE,
      { groupId: group.id, memberId: member.member.id, role: 'MEMBER' },
      member.accessToken,
    );
    expect(back).toEqual({ data: { setGroupRole: { role: 'MEMBER' } } });
    // The admin is now the group's only manager, and cannot step down.
    const alone = await t.gql(
      SET_ROLE,
      { groupId: group.id, memberId: admin.member.id, role: 'MEMBER' },
      admin.accessToken,
    );
    expect(alone.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', reason: 'LAST_MANAGER' });
    const invalid = await t.gql(
      SET_ROLE,
      { groupId: group.id, memberId: 'not-an-id', role: 'MANAGER' },
      admin.accessToken,
    );
    expect(invalid.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('logs expected client errors below error level, without stacks or headers', async () => {
    logger.lines.length = 0;
    const anonymous = await t.gql(`query { me { user { id } } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const missing = await t.gql(
      `query { post(id: "00000000-0000-4000-8000-000000000000") { id } }`,
      {},
      member.accessToken,
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const bad = await t.gql(`query { feed(first: 101) { pageInfo { hasNextPage } } }`, {}, member.accessToken);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    expect(logger.lines.filter((l) => ['error', 'fatal', 'warn'].includes(l.level))).toEqual([]);
    const quiet = logger.lines.filter((l) => /UNAUTHENTICATED|NOT_FOUND|BAD_USER_INPUT/.test(l.text));
    expect(quiet.length).toBeGreaterThanOrEqual(3);
    for (const line of quiet) {
      expect(line.level).toBe('debug');
      expect(line.text).not.toMatch(/\n\s+at |authorization|Bearer/i);
      expect(line.text.length).toBeLessThan(300);
    }
  });

  it('still logs an unexpected failure at error level', async () => {
    logger.lines.length = 0;
    const { formatGraphQLError } = await import('@crowdcomms/errors');
    const { GraphQLError } = await import('graphql');
    const error = new GraphQLError('boom', { originalError: new TypeError('boom') });
    expect(formatGraphQLError(error.toJSON(), error).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(logger.lines.some((l) => l.level === 'error' && l.text.includes('TypeError: boom'))).toBe(true);
  });
});
