import { Locator, Page } from 'playwright-core';
import { PASSWORD, signUpAdmin } from '../utils/story';
import { signatureIsValid, startWebhookReceiver, WebhookReceiver } from '../utils/webhook-receiver';
import { expectAccessible, heading, see, startWebStack, WebStack } from './support/browser';
import { signIn } from './support/journeys';

/** The messages a field's input points to with aria-describedby (its description and its error). */
async function messagesOf(page: Page, input: Locator): Promise<string[]> {
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  return Promise.all(ids.map(async (id) => (await page.locator(`[id="${id}"]`).textContent()) ?? ''));
}

/**
 * An admin connects the organisation's own system in Organisation settings → Announcements: the signing
 * secret of a generic webhook is shown once, a test message reaches the real receiver signed with it and
 * the page then shows it as sent; a URL that is not https is refused under its field; the events chosen
 * are kept; removing it empties the list.
 */
describe('Announcements in the browser', () => {
  let stack: WebStack;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    stack = await startWebStack({
      // Only the test's own receiver may be internal; any other private address stays refused.
      WEBHOOK_ALLOW_PRIVATE_HOSTS: '127.0.0.1',
      WEBHOOK_CA_FILE: receiver.caFile,
      WEBHOOK_RETRY_DELAY_MS: '50',
    });
  }, 60_000);

  afterAll(async () => {
    await stack?.close();
    await receiver?.close();
  });

  it('lets an admin connect a signed webhook, test it, choose its events and remove it', async () => {
    const admin = await signUpAdmin(stack.t, 'Harbour Council', 'amira');
    const page = await stack.newPage();
    await signIn(page, admin.user.email, PASSWORD);
    await page.goto('/organisation/settings');
    await heading(page, 'Organisation settings');
    const section = page.getByRole('region', { name: 'Announcements' });
    await see(section.getByText(/No destinations yet/));
    await expectAccessible(page);

    // A URL that is not https is refused in plain words under the URL field, and nothing is added.
    await section.getByLabel(/^Another system/).check();
    await section.getByLabel(/^Name/).fill('Intranet news');
    const url = section.getByLabel(/^Webhook URL/);
    await url.fill(`http://127.0.0.1:${new URL(receiver.base).port}/generic`);
    await section.getByRole('button', { name: 'Add destination' }).click();
    await see(section.getByText('The address must start with https://'));
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    expect(await messagesOf(page, url)).toContain('The address must start with https://');
    await see(section.getByText(/No destinations yet/));
    const [{ n }] = await stack.t.db.query(`SELECT count(*)::int AS n FROM announcement_destination`);
    expect(n).toBe(0);
    await expectAccessible(page);

    // With https, it is added, and its signing secret is shown this once.
    await url.fill(`${receiver.base}/generic`);
    await section.getByRole('button', { name: 'Add destination' }).click();
    await see(section.getByText('Signing secret for “Intranet news”: copy it now'));
    await see(section.getByText(/It will not be shown again/));
    await see(section.getByRole('button', { name: 'Copy secret' }));
    const secret = (await section.getByText(/^whsec_/).textContent())!.trim();
    expect(secret).toMatch(/^whsec_[\w-]{20,}$/);
    const card = section.getByRole('article', { name: 'Intranet news' });
    await see(card.getByText('Webhook', { exact: true }));
    await see(card.getByText(/New ambassador calls, tasks looking for volunteers and published campaign digests/));
    await see(card.getByText('Nothing sent yet.'));
    await expectAccessible(page);

    // A test message reaches the receiver, signed with that secret; the page then shows it as sent.
    await card.getByRole('button', { name: 'Send a test' }).click();
    await see(card.getByText(/Last delivery arrived on/));
    await see(card.getByText('Sent', { exact: true }));
    await see(section.getByRole('status').getByText('The test message reached “Intranet news”.'));
    const delivered = receiver.received.filter((r) => r.path === '/generic');
    expect(delivered).toHaveLength(1);
    const header = delivered[0].headers['x-crowdcomms-signature'];
    expect(typeof header).toBe('string');
    expect(signatureIsValid(secret, header as string, delivered[0].raw)).toBe(true);
    expect(JSON.parse(delivered[0].raw)).toMatchObject({ event: 'TEST' });
    await expectAccessible(page);

    // The secret is not shown again.
    await page.reload();
    await see(card.getByText(/Last delivery arrived on/));
    expect(await section.getByText(/^whsec_/).count()).toBe(0);

    // A new secret: the old one keeps signing for a day, so the receiving system can switch without missing a
    // message — a test message verifies with either.
    const delivery = (n: number) => {
      const got = receiver.received.filter((r) => r.path === '/generic');
      expect(got).toHaveLength(n);
      return { header: got[n - 1].headers['x-crowdcomms-signature'] as string, raw: got[n - 1].raw };
    };
    await card.getByRole('button', { name: 'New secret' }).click();
    await expectAccessible(page);
    await card.getByRole('button', { name: 'Make a new secret' }).click();
    await see(section.getByText('Signing secret for “Intranet news”: copy it now'));
    const renewed = (await section.getByText(/^whsec_/).textContent())!.trim();
    expect(renewed).toMatch(/^whsec_[\w-]{20,}$/);
    expect(renewed).not.toBe(secret);
    await see(section.getByRole('status').getByText(/has a new signing secret\. The old one also signs for 24 hours/));
    await see(card.getByText(/The previous signing secret also signs until/));
    await expectAccessible(page);
    await section.getByRole('button', { name: 'I have stored it' }).click();
    await card.getByRole('button', { name: 'Send a test' }).click();
    await see(section.getByRole('status').getByText('The test message reached “Intranet news”.'));
    let signed = delivery(2);
    expect(signatureIsValid(renewed, signed.header, signed.raw)).toBe(true);
    expect(signatureIsValid(secret, signed.header, signed.raw)).toBe(true);

    // A secret that leaked is stopped at once: only the newest signs.
    await card.getByRole('button', { name: 'New secret' }).click();
    // While the first secret still signs, a second overlap would drop it: only "stop now" is offered.
    expect(await card.getByLabel(/^Keep the old secret signing/).isDisabled()).toBe(true);
    await see(card.getByText(/Not until the secret before the current one stops signing/));
    await expectAccessible(page);
    await card.getByLabel(/^Stop the old secret now/).check();
    await card.getByRole('button', { name: 'Make a new secret' }).click();
    await see(section.getByRole('status').getByText(/and the old one has stopped/));
    const newest = (await section.getByText(/^whsec_/).textContent())!.trim();
    expect(newest).not.toBe(renewed);
    expect(await card.getByText(/The previous signing secret also signs until/).count()).toBe(0);
    await card.getByRole('button', { name: 'Send a test' }).click();
    await see(section.getByRole('status').getByText('The test message reached “Intranet news”.'));
    signed = delivery(3);
    expect(signatureIsValid(newest, signed.header, signed.raw)).toBe(true);
    expect(signatureIsValid(renewed, signed.header, signed.raw)).toBe(false);
    expect(signatureIsValid(secret, signed.header, signed.raw)).toBe(false);
    await page.reload();
    expect(await section.getByText(/^whsec_/).count()).toBe(0);

    // The events chosen are kept.
    await card.getByRole('button', { name: 'Edit events' }).click();
    await card.getByLabel('Published campaign digests').uncheck();
    await expectAccessible(page);
    await card.getByRole('button', { name: 'Save events' }).click();
    await see(card.getByText('New ambassador calls and tasks looking for volunteers'));
    await page.reload();
    await see(card.getByText('New ambassador calls and tasks looking for volunteers'));
    const list = await stack.t.gql<{ announcementDestinations: { events: string[] }[] }>(
      `query { announcementDestinations { events } }`,
      {},
      admin.accessToken,
    );
    expect(list.data?.announcementDestinations.map((d) => [...d.events].sort())).toEqual([
      ['NEW_AMBASSADOR_CALL', 'TASK_NEEDS_VOLUNTEERS'],
    ]);
    await expectAccessible(page);

    // A Teams channel whose receiver is down: the failure is shown in plain words, it pauses itself, and
    // the admin resumes it once the receiver is back.
    receiver.failing.add('/teams');
    await section.getByRole('button', { name: 'Add a destination' }).click();
    await section.getByLabel(/^Microsoft Teams channel/).check();
    await section.getByLabel(/^Name/).fill('Comms team');
    await section.getByLabel(/^Webhook URL/).fill(`${receiver.base}/teams`);
    await section.getByRole('button', { name: 'Add destination' }).click();
    const teams = section.getByRole('article', { name: 'Comms team' });
    await see(teams.getByText('Teams', { exact: true }));
    expect(await section.getByText(/^whsec_/).count()).toBe(0);
    await teams.getByRole('button', { name: 'Send a test' }).click();
    await see(
      section
        .getByRole('status')
        .getByText('The test message to “Comms team” failed: The receiver answered HTTP 500: Receiver is down'),
    );
    // Test messages are not retried: four more failures in a row and it pauses itself.
    const state = async () =>
      (
        await stack.t.gql<{
          announcementDestinations: {
            id: string;
            name: string;
            pausedAt: string | null;
            consecutiveFailures: number;
          }[];
        }>(`query { announcementDestinations { id name pausedAt consecutiveFailures } }`, {}, admin.accessToken)
      ).data!.announcementDestinations.find((d) => d.name === 'Comms team')!;
    for (let failures = 1; failures < 5; failures++) {
      await stack.t.gql(
        `mutation ($id: ID!) { sendTestAnnouncement(id: $id) { id } }`,
        { id: (await state()).id },
        admin.accessToken,
      );
      for (const until = Date.now() + 10_000; (await state()).consecutiveFailures <= failures;) {
        if (Date.now() > until) throw new Error(`the test message did not fail ${failures + 1} times`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    expect((await state()).pausedAt).toEqual(expect.any(String));
    await page.reload();
    await see(teams.getByText(/^Paused on/));
    await see(
      teams.getByText(
        '5 deliveries in a row failed. The last error: The receiver answered HTTP 500: Receiver is down.',
      ),
    );
    await see(teams.getByText(/Announcements made while it is paused are not sent later/));
    expect(await teams.getByRole('button', { name: 'Send a test' }).count()).toBe(0);
    await expectAccessible(page);
    receiver.failing.delete('/teams');
    await teams.getByRole('button', { name: 'Resume' }).click();
    await see(section.getByRole('status').getByText(/“Comms team” is resumed/));
    await teams.getByRole('button', { name: 'Send a test' }).click();
    await see(teams.getByText(/Last delivery arrived on/));
    await expectAccessible(page);
    await teams.getByRole('button', { name: 'Remove Comms team' }).click();
    await teams.getByRole('button', { name: 'Remove', exact: true }).click();
    await see(section.getByRole('status').getByText('“Comms team” is removed: nothing more is sent there.'));

    // Removing the last one (after confirming) empties the list.
    await card.getByRole('button', { name: 'Remove Intranet news' }).click();
    await card.getByRole('button', { name: 'Remove', exact: true }).click();
    await see(section.getByText(/No destinations yet/));
    await see(section.getByRole('status').getByText('“Intranet news” is removed: nothing more is sent there.'));
    await expectAccessible(page);
    await page.reload();
    await see(section.getByText(/No destinations yet/));
    expect(await section.getByRole('article').count()).toBe(0);
  }, 120_000);
});
