import { JwtService } from '@nestjs/jwt';
import WebSocket from 'ws';
import { CHANGE_PASSWORD, DEACTIVATE, LOGIN, LOGOUT, ME } from './utils/operations';
import { failureOf, inviteAndJoin, PASSWORD, Session, signUpAdmin } from './utils/story';
import { createTestApp, TestApp } from './utils/test-app';

const NOTIFICATION_ADDED = `subscription { notificationAdded { id title } }`;

interface Closed {
  code: number;
  reason: string;
}

/** A graphql-ws connection spoken by hand, so the test sees close codes and can send pings with a payload. */
interface LiveSocket {
  accepted: Promise<boolean>;
  closed: Promise<Closed>;
  /** Sends a ping; 'pong' when answered, 'closed' when the server closed the socket instead. */
  ping(payload?: Record<string, unknown>): Promise<'pong' | 'closed'>;
  close(): void;
}

function openSocket(baseUrl: string, token: string): LiveSocket {
  const ws = new WebSocket(`${baseUrl.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
  const closed = new Promise<Closed>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const pongs: (() => void)[] = [];
  const accepted = new Promise<boolean>((resolve) => {
    ws.on('open', () =>
      ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })),
    );
    ws.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { type: string };
      if (message.type === 'connection_ack') {
        ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: NOTIFICATION_ADDED } }));
        resolve(true);
      }
      if (message.type === 'pong') pongs.shift()?.();
    });
    void closed.then(() => resolve(false));
  });
  return {
    accepted,
    closed,
    ping: (payload) =>
      Promise.race([
        new Promise<'pong'>((resolve) => {
          pongs.push(() => resolve('pong'));
          ws.send(JSON.stringify({ type: 'ping', ...(payload ? { payload } : {}) }));
        }),
        closed.then(() => 'closed' as const),
      ]),
    close: () => ws.close(),
  };
}

/** The socket's close, or a clear failure when it stays open (what happened before sessions ended everywhere). */
function closeOf(socket: LiveSocket, timeoutMs = 8000): Promise<Closed> {
  return Promise.race([
    socket.closed,
    new Promise<Closed>((_resolve, reject) =>
      setTimeout(() => reject(new Error('the socket stayed open')), timeoutMs).unref(),
    ),
  ]);
}

describe('sessions end everywhere, open sockets included', () => {
  let t: TestApp;
  let replicaA: string;
  let replicaB: string;
  let admin: Session;
  let jwt: JwtService;
  const sockets: LiveSocket[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    replicaA = await t.listen();
    replicaB = await t.startReplica();
    admin = await signUpAdmin(t, 'Live Sessions Org');
    jwt = new JwtService({ secret: process.env.JWT_SECRET! });
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await t.close();
  });

  const open = async (baseUrl: string, token: string) => {
    const socket = openSocket(baseUrl, token);
    sockets.push(socket);
    expect(await socket.accepted).toBe(true);
    return socket;
  };
  const signIn = async (email: string, password = PASSWORD): Promise<Session> => {
    const res = await t.gql<{ login: Session }>(LOGIN, { input: { email, password } });
    if (!res.data?.login) throw new Error(JSON.stringify(res.errors));
    return res.data.login;
  };
  /** Signs the caller's claims the way the server does, with `exp` chosen (or left out). */
  const tokenFor = (session: Session, exp: number | null) => {
    const { sub, org, sid } = jwt.decode<{ sub: string; org: string; sid: string }>(session.accessToken);
    const payload = exp === null ? { sub, org, sid } : { sub, org, sid, exp };
    return jwt.sign(payload, { algorithm: 'HS256', issuer: 'crowdcomms', audience: 'crowdcomms-api' });
  };

  it('logout on one replica closes the session’s sockets on every replica (4403), and only them', async () => {
    const member = await inviteAndJoin(t, admin, 'leaver');
    const other = await signIn(member.user.email);
    const onA = await open(replicaA, member.accessToken);
    const onB = await open(replicaB, member.accessToken);
    const otherSession = await open(replicaB, other.accessToken);

    expect((await t.gql(LOGOUT, {}, member.accessToken)).errors).toBeUndefined();
    expect((await closeOf(onA)).code).toBe(4403);
    expect((await closeOf(onB)).code).toBe(4403);
    // The same person's other session is still connected.
    expect(await otherSession.ping()).toBe('pong');
  });

  it('deactivating a member closes their sockets on every replica', async () => {
    const member = await inviteAndJoin(t, admin, 'deactivated');
    const onA = await open(replicaA, member.accessToken);
    const onB = await open(replicaB, member.accessToken);
    expect((await t.gql(DEACTIVATE, { id: member.member.id }, admin.accessToken)).errors).toBeUndefined();
    expect((await closeOf(onA)).code).toBe(4403);
    expect((await closeOf(onB)).code).toBe(4403);
  });

  it('a password change closes the other sessions’ sockets; the new session connects', async () => {
    const member = await inviteAndJoin(t, admin, 'changer');
    const laptop = await signIn(member.user.email);
    const onPhone = await open(replicaB, member.accessToken);
    const changed = await t.gql<{ changePassword: Session }>(
      CHANGE_PASSWORD,
      { input: { currentPassword: PASSWORD, newPassword: 'a-brand-new-passphrase' } },
      laptop.accessToken,
    );
    expect(changed.errors).toBeUndefined();
    expect((await closeOf(onPhone)).code).toBe(4403);
    const fresh = await open(replicaA, changed.data!.changePassword.accessToken);
    expect(await fresh.ping()).toBe('pong');
  });

  it('closes a socket when its access token expires, unless a ping brings a fresh token of the session', async () => {
    const member = await inviteAndJoin(t, admin, 'long-lived');
    const soon = Math.floor(Date.now() / 1000) + 2;
    const expiring = await open(replicaB, tokenFor(member, soon));
    const renewed = await open(replicaB, tokenFor(member, soon));
    expect(await renewed.ping({ authorization: `Bearer ${tokenFor(member, soon + 600)}` })).toBe('pong');

    expect(await closeOf(expiring)).toEqual({ code: 4403, reason: 'Your access token has expired' });
    // Past the first expiry, the renewed socket still answers.
    expect(await renewed.ping()).toBe('pong');

    // A token of another session cannot extend the socket: it closes at once.
    const stranger = await open(replicaB, admin.accessToken);
    await stranger.ping({ authorization: `Bearer ${member.accessToken}` });
    expect(await closeOf(stranger)).toEqual({ code: 4403, reason: 'Your session is not valid; sign in again' });
  });

  it('refuses an access token without an expiry, over HTTP and over WebSocket', async () => {
    const member = await inviteAndJoin(t, admin, 'forever');
    const timeless = tokenFor(member, null);
    expect(jwt.decode<Record<string, unknown>>(timeless).exp).toBeUndefined();
    expect(failureOf(await t.gql(ME, {}, timeless)).code).toBe('UNAUTHENTICATED');
    const socket = openSocket(replicaA, timeless);
    sockets.push(socket);
    expect(await socket.accepted).toBe(false);
    expect((await socket.closed).code).toBe(4403);
  });
});
