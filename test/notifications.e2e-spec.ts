import { TransactionalConnection } from '@crowdcomms/data-access';
import { NotificationsService } from '@crowdcomms/notifications';
import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { inviteAndJoin, Session, signUpAdmin } from './utils/story';
import { createTestApp, TestApp } from './utils/test-app';

const NOTIFICATION_ADDED = `subscription { notificationAdded { id kind title body count data } }`;
const MY_NOTIFICATIONS = `query { myNotifications { totalCount edges { node { id kind title count readAt } } } unreadNotificationCount }`;

interface Received {
  notificationAdded: { id: string; kind: string; title: string; count: number; data: Record<string, string> };
}

function subscribe(
  url: string,
  token: string | null,
  received: Received[],
): { client: Client; ready: Promise<void>; closed: Promise<unknown> } {
  let onOpen: () => void = () => {};
  let onClosed: (event: unknown) => void = () => {};
  const ready = new Promise<void>((r) => (onOpen = r));
  const closed = new Promise((r) => (onClosed = r));
  const client = createClient({
    url: url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => {},
    on: { connected: () => onOpen(), closed: (event) => onClosed(event) },
  });
  client.subscribe<Received>(
    { query: NOTIFICATION_ADDED },
    { next: (value) => value.data && received.push(value.data), error: () => {}, complete: () => {} },
  );
  return { client, ready, closed };
}

async function eventually(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('in-app notifications, live', () => {
  let t: TestApp;
  let url: string;
  let admin: Session;
  let ben: Session;
  let wendy: Session;
  let outsider: Session;

  beforeAll(async () => {
    t = await createTestApp();
    url = await t.listen();
    await t.startWorker();
    admin = await signUpAdmin(t, 'Live Org');
    ben = await inviteAndJoin(t, admin, 'ben');
    wendy = await inviteAndJoin(t, admin, 'wendy');
    outsider = await signUpAdmin(t, 'Another Org', 'outsider');
  });
  afterAll(() => t.close());

  const notify = (recipients: Session[], title: string, groupKey?: string) =>
    t.app.get(TransactionalConnection).transaction({ organisationId: admin.organisation.id }, () =>
      t.app.get(NotificationsService).notify({
        organisationId: admin.organisation.id,
        recipientMembershipIds: recipients.map((r) => r.member.id),
        kind: 'TEST_EVENT',
        title,
        body: `${title} body`,
        data: { postId: 'p1' },
        groupKey,
      }),
    );

  it('delivers a notification to its recipient only, never to other members or organisations', async () => {
    const forBen: Received[] = [];
    const forWendy: Received[] = [];
    const forOutsider: Received[] = [];
    const subs = [
      subscribe(url, ben.accessToken, forBen),
      subscribe(url, wendy.accessToken, forWendy),
      subscribe(url, outsider.accessToken, forOutsider),
    ];
    await Promise.all(subs.map((s) => s.ready));
    await new Promise((r) => setTimeout(r, 200)); // subscriptions registered

    await notify([ben], 'You have an offer');
    await eventually(() => forBen.length === 1);
    expect(forBen[0].notificationAdded).toMatchObject({
      kind: 'TEST_EVENT',
      title: 'You have an offer',
      data: { postId: 'p1' },
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(forWendy).toEqual([]);
    expect(forOutsider).toEqual([]);
    for (const s of subs) await s.client.dispose();
  });

  it('closes a subscription connection without a valid token', async () => {
    const received: Received[] = [];
    const anonymous = subscribe(url, null, received);
    expect(await anonymous.closed).toMatchObject({ code: 4403 });
    const forged = subscribe(url, 'not-a-token', received);
    expect(await forged.closed).toMatchObject({ code: 4403 });
  });

  it('lists, counts, groups and marks notifications read', async () => {
    await notify([wendy], 'Ann reacted to your post', 'reactions:p1');
    await notify([wendy], 'Bo reacted to your post', 'reactions:p1');
    const list = await t.gql(MY_NOTIFICATIONS, {}, wendy.accessToken);
    expect(list.errors).toBeUndefined();
    expect(list.data!.unreadNotificationCount).toBe(1);
    expect(list.data!.myNotifications.edges[0].node).toMatchObject({
      title: 'Bo reacted to your post',
      count: 2,
      readAt: null,
    });

    const marked = await t.gql(`mutation { markNotificationsRead }`, {}, wendy.accessToken);
    expect(marked.data!.markNotificationsRead).toBe(1);
    expect((await t.gql(MY_NOTIFICATIONS, {}, wendy.accessToken)).data!.unreadNotificationCount).toBe(0);

    // Read: the next reaction starts a new group.
    await notify([wendy], 'Cy reacted to your post', 'reactions:p1');
    const after = await t.gql(MY_NOTIFICATIONS, {}, wendy.accessToken);
    expect(after.data!.myNotifications.totalCount).toBe(2);
    expect(after.data!.unreadNotificationCount).toBe(1);

    // Someone else's notifications are not theirs to mark.
    const bensList = await t.gql(MY_NOTIFICATIONS, {}, ben.accessToken);
    const bensId = bensList.data!.myNotifications.edges[0].node.id;
    const foreign = await t.gql(
      `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`,
      { ids: [bensId] },
      wendy.accessToken,
    );
    expect(foreign.data!.markNotificationsRead).toBe(0);
  });
});
