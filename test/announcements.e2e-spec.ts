import { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import {
  AUDIT_LOG,
  CREATE_CALL,
  CREATE_CAMPAIGN,
  CREATE_TASK,
  OPEN_CALL,
  OPEN_TASK,
  PUBLISH_CAMPAIGN_DIGEST,
} from './utils/operations';
import { inviteAndJoin, Session, signUpAdmin } from './utils/story';
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';
import { signatureIsValid, signaturesIn, startWebhookReceiver, WebhookReceiver } from './utils/webhook-receiver';

const FIELDS = `id name kind events urlHost pausedAt lastStatus lastError lastAttemptAt lastSuccessAt attempts consecutiveFailures`;
const CREATE = `mutation Create($input: CreateAnnouncementDestinationInput!) {
  createAnnouncementDestination(input: $input) { signingSecret destination { ${FIELDS} } }
}`;
const UPDATE = `mutation Update($input: UpdateAnnouncementDestinationInput!) { updateAnnouncementDestination(input: $input) { ${FIELDS} } }`;
const LIST = `query { announcementDestinations { ${FIELDS} } }`;
const RESUME = `mutation Resume($id: ID!) { resumeAnnouncementDestination(id: $id) { ${FIELDS} } }`;
const SEND_TEST = `mutation Test($id: ID!) { sendTestAnnouncement(id: $id) { id } }`;
const DELETE = `mutation Delete($id: ID!) { deleteAnnouncementDestination(id: $id) { id } }`;
const ROTATE = `mutation Rotate($id: ID!, $keep: Int) {
  rotateAnnouncementSigningSecret(id: $id, keepPreviousHours: $keep) { signingSecret destination { id previousSecretExpiresAt } }
}`;

/**
 * An admin connects Teams, Slack and a signed generic webhook and chooses what each announces; opened
 * calls, opened tasks and published campaign digests reach them through the outbox and the worker, each
 * once, in each one's own shape, with nothing personal in them and nothing from another organisation.
 * A failing receiver is retried with backoff, its last error is shown, and it pauses itself after five
 * failures in a row until the admin resumes it.
 */
describe('announcements in Teams, Slack and webhooks', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let receiver: WebhookReceiver;
  let admin: Session;
  let member: Session;
  let elsewhere: Session;

  const ok = async <T = any>(query: string, variables: Record<string, unknown>, who: Session): Promise<T> => {
    const res = await t.gql<T>(query, variables, who.accessToken);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const failure = (res: GraphQLResponse) => res.errors?.[0]?.extensions;
  const at = (p: string) => receiver.received.filter((r) => r.path === p);
  const create = async (name: string, kind: string, p: string, events: string[], who = admin) =>
    (await ok(CREATE, { input: { name, kind, url: `${receiver.base}${p}`, events } }, who))
      .createAnnouncementDestination as {
      signingSecret: string | null;
      destination: { id: string } & Record<string, any>;
    };
  const destination = async (id: string, who = admin) =>
    (await ok(LIST, {}, who)).announcementDestinations.find((d: any) => d.id === id);

  const waitFor = async (what: string, done: () => Promise<boolean> | boolean, timeoutMs = 20_000) => {
    const until = Date.now() + timeoutMs;
    while (!(await done())) {
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  /** Every committed announcement relayed and every delivery finished (done, failed for good or skipped). */
  const settled = async () => {
    const queue = worker.get<Queue>(getQueueToken('announcements'), { strict: false });
    await waitFor('announcements to settle', async () => {
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM outbox_entry WHERE dispatched_at IS NULL`);
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
      return n === 0 && Object.values(counts).every((c) => c === 0);
    });
  };

  const openCall = async (who: Session, title: string) => {
    const call = (await ok(CREATE_CALL, { input: { title, pitch: 'Help us tell our story.' } }, who))
      .createAmbassadorCall;
    await ok(OPEN_CALL, { id: call.id }, who);
    return call.id as string;
  };

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    t = await createTestApp({
      // Only the test's own receiver may be internal; any other private address stays refused.
      WEBHOOK_ALLOW_PRIVATE_HOSTS: '127.0.0.1',
      WEBHOOK_CA_FILE: receiver.caFile,
      WEBHOOK_RETRY_DELAY_MS: '50',
      APP_URL: 'https://crowdcomms.example',
    });
    worker = await t.startWorker();
    admin = await signUpAdmin(t, 'Harbour Council', 'ada');
    member = await inviteAndJoin(t, admin, 'meg', ['MEMBER']);
    elsewhere = await signUpAdmin(t, 'Elsewhere Borough', 'eve');
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  it('refuses a URL that is not https or reaches an internal address, and non-admins, storing nothing', async () => {
    const refused = async (url: string) =>
      failure(await t.gql(CREATE, { input: { name: 'Channel', kind: 'SLACK', url, events: [] } }, admin.accessToken));
    expect(await refused(`http://127.0.0.1:${new URL(receiver.base).port}/slack`)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'url',
    });
    for (const url of ['https://10.0.0.7/hook', 'https://169.254.169.254/latest/meta-data', 'https://[::1]/hook']) {
      const error = await t.gql(
        CREATE,
        { input: { name: 'Channel', kind: 'TEAMS', url, events: [] } },
        admin.accessToken,
      );
      expect(failure(error)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
      expect(error.errors![0].message).toMatch(/private or internal address/);
    }
    expect(await refused('hooks.slack.com/services/T000/B000/XXXX')).toMatchObject({ field: 'url' });

    const asMember = await t.gql(
      CREATE,
      { input: { name: 'Channel', kind: 'SLACK', url: `${receiver.base}/slack`, events: [] } },
      member.accessToken,
    );
    expect(failure(asMember)?.code).toBe('FORBIDDEN');
    expect(failure(await t.gql(LIST, {}, member.accessToken))?.code).toBe('FORBIDDEN');
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM announcement_destination`);
    expect(n).toBe(0);
  });

  it('announces each chosen event once, in each destination’s shape, signed, and only its own organisation’s', async () => {
    const teams = await create('Comms team (Teams)', 'TEAMS', '/teams', [
      'NEW_AMBASSADOR_CALL',
      'TASK_NEEDS_VOLUNTEERS',
    ]);
    const slack = await create('#ambassadors', 'SLACK', '/slack', ['NEW_AMBASSADOR_CALL', 'CAMPAIGN_DIGEST']);
    const generic = await create('Intranet', 'GENERIC', '/generic', [
      'NEW_AMBASSADOR_CALL',
      'TASK_NEEDS_VOLUNTEERS',
      'CAMPAIGN_DIGEST',
    ]);
    const foreign = await create('Elsewhere channel', 'SLACK', '/elsewhere', ['NEW_AMBASSADOR_CALL'], elsewhere);
    expect(teams.signingSecret).toBeNull();
    expect(slack.signingSecret).toBeNull();
    expect(generic.signingSecret).toMatch(/^whsec_/);
    expect(generic.destination).toMatchObject({ urlHost: new URL(receiver.base).host, lastStatus: null, attempts: 0 });

    // The URL (a credential in itself) and the signing secret are stored sealed, never in the clear.
    const stored = await t.db.query(`SELECT sealed_url, sealed_signing_secret FROM announcement_destination`);
    expect(JSON.stringify(stored)).not.toMatch(/127\.0\.0\.1|\/generic|whsec_/);

    // Each connection is in the audit log, without its URL.
    const audit = (await ok(AUDIT_LOG, { first: 50, filter: { action: 'SETTING' } }, admin)).auditLog.edges
      .map((e: any) => e.node.query)
      .filter((q: any) => q.setting === 'announcementDestination');
    expect(audit.map((q: any) => q.to.name).sort()).toEqual(['#ambassadors', 'Comms team (Teams)', 'Intranet']);
    expect(JSON.stringify(audit)).not.toContain(receiver.base);

    // A call opens: every destination announcing calls hears of it, each in its own shape.
    const callId = await openCall(admin, 'Digital ambassadors for the winter season');
    const link = `https://crowdcomms.example/calls/${callId}`;
    await waitFor(
      'the call in all three',
      () => at('/teams').length + at('/slack').length + at('/generic').length >= 3,
    );

    const [card] = at('/teams');
    expect(card.json).toMatchObject({
      type: 'message',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          content: {
            type: 'AdaptiveCard',
            version: expect.any(String),
            body: expect.arrayContaining([
              expect.objectContaining({ type: 'TextBlock', text: 'New call for digital ambassadors' }),
              expect.objectContaining({ type: 'TextBlock', text: 'Digital ambassadors for the winter season' }),
            ]),
            actions: [{ type: 'Action.OpenUrl', title: expect.any(String), url: link }],
          },
        },
      ],
    });
    const [message] = at('/slack');
    expect(message.json.text).toContain('Digital ambassadors for the winter season');
    expect(message.json.blocks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'section',
          text: { type: 'mrkdwn', text: 'Digital ambassadors for the winter season' },
        }),
        expect.objectContaining({
          type: 'actions',
          elements: [expect.objectContaining({ type: 'button', url: link })],
        }),
      ]),
    );
    const [webhook] = at('/generic');
    expect(webhook.json).toEqual({
      id: expect.any(String),
      event: 'NEW_AMBASSADOR_CALL',
      organisationId: admin.organisation.id,
      occurredAt: expect.any(String),
      data: { title: 'Digital ambassadors for the winter season', link },
    });
    expect(webhook.headers['x-crowdcomms-event']).toBe('NEW_AMBASSADOR_CALL');
    const header = webhook.headers['x-crowdcomms-signature'] as string;
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(signatureIsValid(generic.signingSecret!, header, webhook.raw)).toBe(true);
    expect(signatureIsValid(generic.signingSecret!, header, webhook.raw.replace('winter', 'summer'))).toBe(false);
    expect(signatureIsValid('whsec_someone-else', header, webhook.raw)).toBe(false);

    // A task opens: Teams and the webhook announce tasks; Slack chose not to.
    const task = (
      await ok(
        CREATE_TASK,
        { input: { title: 'Tidy the parking pages', kind: 'CONTENT_TIDY_UP', effortHours: 4, seats: 2 } },
        admin,
      )
    ).createCommsTask;
    await ok(OPEN_TASK, { id: task.id }, admin);

    // A campaign digest is published: Slack and the webhook announce digests; Teams chose not to.
    const campaignId = (
      await ok(
        CREATE_CAMPAIGN,
        {
          input: {
            name: 'Share the harbour',
            startsOn: new Date().toISOString().slice(0, 10),
            endsOn: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
          },
        },
        admin,
      )
    ).createCampaign.id;
    await ok(PUBLISH_CAMPAIGN_DIGEST, { campaignId, periodIndex: 1 }, admin);

    // Another organisation opens a call: only its own destination hears of it.
    await openCall(elsewhere, 'Elsewhere wants storytellers');
    await waitFor('the other organisation’s call', () => at('/elsewhere').length >= 1);
    await settled();

    const events = (p: string) =>
      at(p).map((r) => (p === '/generic' ? r.json.event : (r.json.text ?? r.json.attachments[0].content.body[1].text)));
    expect(at('/teams').map((r) => r.json.attachments[0].content.body[1].text)).toEqual([
      'Digital ambassadors for the winter season',
      'Tidy the parking pages',
    ]);
    expect(at('/slack')).toHaveLength(2);
    expect(at('/slack')[1].json.text).toMatch(/^A campaign digest is out: Share the harbour: the digest of /);
    expect(events('/generic').sort()).toEqual(['CAMPAIGN_DIGEST', 'NEW_AMBASSADOR_CALL', 'TASK_NEEDS_VOLUNTEERS']);
    expect(at('/elsewhere').map((r) => r.json.text)).toEqual([expect.stringContaining('Elsewhere wants storytellers')]);
    for (const r of at('/generic')) {
      expect(signatureIsValid(generic.signingSecret!, r.headers['x-crowdcomms-signature'] as string, r.raw)).toBe(true);
      expect(r.json.organisationId).toBe(admin.organisation.id);
    }
    // Nothing personal: no one's name or e-mail address, whoever made the call, task or campaign.
    const everything = JSON.stringify(receiver.received.map((r) => r.json));
    for (const person of [admin, elsewhere, member]) {
      expect(everything).not.toContain(person.user.email);
    }
    expect(everything).not.toMatch(/ada person|eve person/);

    // Each destination's delivery log.
    expect(await destination(teams.destination.id)).toMatchObject({
      lastStatus: 'SUCCEEDED',
      lastError: null,
      attempts: 2,
      consecutiveFailures: 0,
      lastSuccessAt: expect.any(String),
    });
    // The other organisation's admin cannot see, change or use this organisation's destinations.
    expect((await ok(LIST, {}, elsewhere)).announcementDestinations.map((d: any) => d.id)).toEqual([
      foreign.destination.id,
    ]);
    for (const [query, variables] of [
      [SEND_TEST, { id: teams.destination.id }],
      [DELETE, { id: teams.destination.id }],
      [UPDATE, { input: { id: teams.destination.id, events: [] } }],
    ] as const) {
      expect(failure(await t.gql(query, variables, elsewhere.accessToken))?.code).toBe('NOT_FOUND');
    }

    // Turning an event off sends nothing more for it.
    await ok(UPDATE, { input: { id: teams.destination.id, events: ['TASK_NEEDS_VOLUNTEERS'] } }, admin);
    await openCall(admin, 'Ambassadors for spring');
    await waitFor('the spring call in Slack', () => at('/slack').length >= 3);
    await settled();
    expect(at('/teams')).toHaveLength(2);
  });

  it('retries a failing receiver with backoff, says why, pauses it after five failures in a row, and resumes', async () => {
    const flaky = await create('Flaky intranet', 'GENERIC', '/flaky', ['NEW_AMBASSADOR_CALL']);
    receiver.failing.add('/flaky');
    await openCall(admin, 'Ambassadors for the festival');
    await waitFor('the destination to pause', async () => !!(await destination(flaky.destination.id)).pausedAt);
    await settled();

    // Five attempts of the same delivery (the retries), then no more: it paused itself.
    const attempts = at('/flaky');
    expect(attempts).toHaveLength(5);
    expect(new Set(attempts.map((r) => r.json.id)).size).toBe(1);
    expect(new Set(attempts.map((r) => r.headers['x-crowdcomms-delivery'])).size).toBe(1);
    expect(await destination(flaky.destination.id)).toMatchObject({
      pausedAt: expect.any(String),
      lastStatus: 'FAILED',
      lastError: 'The receiver answered HTTP 500: Receiver is down',
      attempts: 5,
      consecutiveFailures: 5,
      lastSuccessAt: null,
    });
    // The other destinations were not held back by it.
    expect(at('/generic').filter((r) => r.json.data.title === 'Ambassadors for the festival')).toHaveLength(1);

    // While paused nothing is sent, and a test message says to resume first.
    expect(failure(await t.gql(SEND_TEST, { id: flaky.destination.id }, admin.accessToken))).toMatchObject({
      code: 'CONFLICT',
      reason: 'DESTINATION_PAUSED',
    });
    await openCall(admin, 'Ambassadors while paused');
    await waitFor('the paused-time call elsewhere', () =>
      at('/generic').some((r) => r.json.data.title === 'Ambassadors while paused'),
    );
    await settled();
    expect(at('/flaky')).toHaveLength(5);

    // The receiver is fixed; the admin resumes and sends a test message, which arrives.
    receiver.failing.delete('/flaky');
    expect((await ok(RESUME, { id: flaky.destination.id }, admin)).resumeAnnouncementDestination).toMatchObject({
      pausedAt: null,
      consecutiveFailures: 0,
    });
    await ok(SEND_TEST, { id: flaky.destination.id }, admin);
    await waitFor('the test message', () => at('/flaky').length === 6);
    await settled();
    const test = at('/flaky')[5];
    expect(test.json).toMatchObject({ event: 'TEST', organisationId: admin.organisation.id });
    expect(signatureIsValid(flaky.signingSecret!, test.headers['x-crowdcomms-signature'] as string, test.raw)).toBe(
      true,
    );
    expect(await destination(flaky.destination.id)).toMatchObject({
      pausedAt: null,
      lastStatus: 'SUCCEEDED',
      lastError: null,
      attempts: 6,
      consecutiveFailures: 0,
      lastSuccessAt: expect.any(String),
    });

    // Disconnected, it gets nothing more.
    await ok(DELETE, { id: flaky.destination.id }, admin);
    await openCall(admin, 'Ambassadors after disconnecting');
    await waitFor('the last call elsewhere', () =>
      at('/generic').some((r) => r.json.data.title === 'Ambassadors after disconnecting'),
    );
    await settled();
    expect(at('/flaky')).toHaveLength(6);
  });

  it('rotates a webhook’s signing secret: both sign during the overlap, then only the new one; refused where there is none', async () => {
    const hook = await create('Rotating intranet', 'GENERIC', '/rotating', ['NEW_AMBASSADOR_CALL']);
    const first = hook.signingSecret!;
    const rotate = (keep?: number, who = admin, id = hook.destination.id) =>
      t.gql(ROTATE, keep === undefined ? { id } : { id, keep }, who.accessToken);
    /** Sends a test message and returns what the receiver got. */
    const delivered = async () => {
      const before = at('/rotating').length;
      await ok(SEND_TEST, { id: hook.destination.id }, admin);
      await waitFor('the test message', () => at('/rotating').length === before + 1);
      await settled();
      const got = at('/rotating')[before];
      return { header: got.headers['x-crowdcomms-signature'] as string, raw: got.raw };
    };

    // Rotated with the default overlap (24 hours): the new secret is shown once, and each delivery is signed
    // with both, so a receiver still holding the old secret accepts it, as does one already switched.
    const rotated = (await rotate()).data!.rotateAnnouncementSigningSecret;
    const second = rotated.signingSecret as string;
    expect(second).toMatch(/^whsec_/);
    expect(second).not.toBe(first);
    const overlapEnds = Date.parse(rotated.destination.previousSecretExpiresAt);
    expect(overlapEnds - Date.now()).toBeGreaterThan(23.9 * 3_600_000);
    expect(overlapEnds - Date.now()).toBeLessThanOrEqual(24 * 3_600_000);
    let got = await delivered();
    expect(signaturesIn(got.header)).toHaveLength(2);
    expect(signatureIsValid(second, got.header, got.raw)).toBe(true);
    expect(signatureIsValid(first, got.header, got.raw)).toBe(true);

    // Rotating again during the overlap would drop the first secret, which the receiver may still hold: refused
    // (a double click, or two admins), and both secrets go on signing.
    const again = await rotate(24);
    expect(failure(again)).toMatchObject({ code: 'CONFLICT', reason: 'SECRET_OVERLAP_RUNNING' });
    expect(again.errors![0].message).toMatch(/still signs until .*stop the old ones now/);
    got = await delivered();
    expect(signatureIsValid(second, got.header, got.raw)).toBe(true);
    expect(signatureIsValid(first, got.header, got.raw)).toBe(true);

    // Once the overlap has passed, only the new secret signs.
    await t.db.query(
      `UPDATE announcement_destination SET previous_secret_expires_at = now() - interval '1 second' WHERE id = $1`,
      [hook.destination.id],
    );
    got = await delivered();
    expect(signaturesIn(got.header)).toHaveLength(1);
    expect(signatureIsValid(second, got.header, got.raw)).toBe(true);
    expect(signatureIsValid(first, got.header, got.raw)).toBe(false);

    // Rotated with no overlap (a leaked secret): the one before stops at once.
    const third = (await rotate(0)).data!.rotateAnnouncementSigningSecret;
    expect(third.destination.previousSecretExpiresAt).toBeNull();
    got = await delivered();
    expect(signaturesIn(got.header)).toHaveLength(1);
    expect(signatureIsValid(third.signingSecret, got.header, got.raw)).toBe(true);
    expect(signatureIsValid(second, got.header, got.raw)).toBe(false);

    // Nothing secret is stored in the clear, and the audit log says it was rotated (never the secret).
    const [row] = await t.db.query(
      `SELECT sealed_signing_secret AS s, sealed_previous_signing_secret AS p FROM announcement_destination WHERE id = $1`,
      [hook.destination.id],
    );
    expect(JSON.stringify(row)).not.toContain('whsec_');
    const log = JSON.stringify((await ok(AUDIT_LOG, {}, admin)).auditLog);
    expect(log).toContain('signingSecretRotated');
    expect(log).not.toContain(third.signingSecret);

    // Refused: an overlap out of range, Teams (no secret), a member, another organisation's admin.
    for (const keep of [-1, 169]) {
      expect(failure(await rotate(keep))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'keepPreviousHours' });
    }
    const teams = await create('Rotating Teams', 'TEAMS', '/rotating-teams', []);
    expect(failure(await rotate(24, admin, teams.destination.id))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(failure(await rotate(24, member))?.code).toBe('FORBIDDEN');
    expect(failure(await rotate(24, elsewhere))?.code).toBe('NOT_FOUND');
    got = await delivered();
    expect(signatureIsValid(third.signingSecret, got.header, got.raw)).toBe(true);
  });
});
