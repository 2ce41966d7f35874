import type { Page } from 'playwright-core';
import { CREATE_GROUP } from '../utils/operations';
import { PASSWORD, signUpAdmin } from '../utils/story';
import { expectAccessible, heading, see, startWebStack, WebStack } from './support/browser';
import { signIn } from './support/journeys';

const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const SETTINGS = `query { scimSettings { tokenCreatedAt groups { displayName role communityGroupId } } }`;

/**
 * An admin connects the organisation's directory in Organisation settings: the SCIM base URL, a token shown
 * once (which the real SCIM endpoint then takes), rotation and revocation, and what the groups the directory
 * pushes give their members here.
 */
describe('Directory provisioning (SCIM) in the browser', () => {
  let stack: WebStack;
  beforeAll(async () => {
    stack = await startWebStack();
  }, 60_000);
  afterAll(() => stack?.close());

  /** A request as a directory sends it, to the same server the browser uses. */
  const scim = (path: string, token: string, body?: unknown) =>
    fetch(`${stack.baseUrl}/scim/v2${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        accept: 'application/scim+json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/scim+json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  const fitsWidth = (page: Page) =>
    page.evaluate(() => {
      const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document;
      return root.documentElement.scrollWidth;
    });

  it('lets an admin make, rotate and revoke the token and map the groups the directory pushes', async () => {
    const admin = await signUpAdmin(stack.t, 'Harbour Council', 'amira');
    const created = await stack.t.gql<{ createGroup: { id: string } }>(
      CREATE_GROUP,
      { input: { name: 'Comms volunteers' } },
      admin.accessToken,
    );
    const communityGroupId = created.data!.createGroup.id;

    const page = await stack.newPage();
    await signIn(page, admin.user.email, PASSWORD);
    await page.goto('/organisation/settings');
    await heading(page, 'Organisation settings');
    const section = page.locator('section[aria-labelledby="scim-settings"]');
    await see(section.getByRole('heading', { name: 'Directory provisioning (SCIM)' }));
    expect(await section.getByLabel('SCIM base URL').inputValue()).toBe(`${stack.baseUrl}/scim/v2`);
    await see(section.getByRole('button', { name: 'Copy URL' }));
    await see(section.getByText(/There is no token, so your directory cannot provision anyone/));
    await see(section.getByText(/Your directory has not pushed any groups yet/));
    await expectAccessible(page);

    // The token is shown once, and the directory's requests are taken with it.
    await section.getByRole('button', { name: 'Create token' }).click();
    await see(section.getByText('Copy the token now: it will not be shown again'));
    await see(section.getByRole('status').getByText('The token is made. Copy it now.'));
    const token = await section.getByLabel('New SCIM token').inputValue();
    expect(token).toMatch(/^ccscim_/);
    await see(section.getByRole('button', { name: 'Copy token' }));
    expect((await scim('/Users', token)).status).toBe(200);
    expect((await scim('/Users', '')).status).toBe(401);
    await see(section.getByText(/A token is in use, made/));
    await expectAccessible(page);

    // The directory pushes a group: the page lists it on asking again, and shows the token no more once reloaded.
    const pushed = await scim('/Groups', token, { schemas: [GROUP], displayName: 'Comms team', members: [] });
    expect(pushed.status).toBe(201);
    const group = section.getByRole('form', { name: 'Comms team' });
    await section.getByRole('button', { name: 'Check again' }).click();
    await see(group);
    await page.reload();
    await see(group);
    await see(section.getByText(/Your directory last used it/));
    expect(await section.getByLabel('New SCIM token').count()).toBe(0);
    expect(await page.content()).not.toContain(token);
    expect(await group.getByRole('combobox', { name: 'Role' }).inputValue()).toBe('No role (members only)');
    await expectAccessible(page);

    // Mapped to a role and a community group; the mapping holds on reload.
    await group.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'HR', exact: true }).click();
    await group.getByRole('combobox', { name: 'Community group' }).click();
    await page.getByRole('option', { name: 'Comms volunteers' }).click();
    await group.getByRole('button', { name: 'Save mapping' }).click();
    await see(
      group.getByRole('status').getByText('Saved. Members of Comms team hold the HR role and are in Comms volunteers.'),
    );
    await expectAccessible(page);
    await page.reload();
    await see(group);
    expect(await group.getByRole('combobox', { name: 'Role' }).inputValue()).toBe('HR');
    expect(await group.getByRole('combobox', { name: 'Community group' }).inputValue()).toBe('Comms volunteers');
    const settings = await stack.t.gql<any>(SETTINGS, {}, admin.accessToken);
    expect(settings.data.scimSettings.groups).toEqual([{ displayName: 'Comms team', role: 'HR', communityGroupId }]);
    // Unmapping is choosing nothing.
    await group.getByRole('combobox', { name: 'Community group' }).click();
    await page.getByRole('option', { name: 'No community group' }).click();
    await group.getByRole('button', { name: 'Save mapping' }).click();
    await see(group.getByRole('status').getByText('Saved. Members of Comms team hold the HR role.'));
    const unmapped = await stack.t.gql<any>(SETTINGS, {}, admin.accessToken);
    expect(unmapped.data.scimSettings.groups).toEqual([
      { displayName: 'Comms team', role: 'HR', communityGroupId: null },
    ]);

    // Rotating asks first, stops the old token at once and shows the new one once.
    await section.getByRole('button', { name: 'Rotate token' }).click();
    await see(section.getByText(/Rotate the token\? The current one stops at once/));
    await section.getByRole('button', { name: 'Rotate token' }).click();
    await see(section.getByRole('status').getByText(/A new token is made and the old one has stopped/));
    const rotated = await section.getByLabel('New SCIM token').inputValue();
    expect(rotated).toMatch(/^ccscim_/);
    expect(rotated).not.toBe(token);
    expect(await page.content()).not.toContain(token);
    expect((await scim('/Users', token)).status).toBe(401);
    expect((await scim('/Users', rotated)).status).toBe(200);
    await expectAccessible(page);
    await section.getByRole('button', { name: 'I have copied it, hide the token' }).click();
    await section.getByLabel('New SCIM token').waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(rotated);

    // At phone width nothing runs off the side.
    const phone = await stack.newPage({ viewport: { width: 375, height: 812 } });
    await signIn(phone, admin.user.email, PASSWORD);
    await phone.goto('/organisation/settings');
    await see(phone.getByRole('form', { name: 'Comms team' }));
    expect(await fitsWidth(phone)).toBeLessThanOrEqual(375);
    await expectAccessible(phone);

    // Revoking asks first and leaves no token.
    await section.getByRole('button', { name: 'Revoke token' }).click();
    await see(section.getByText('Revoke the token? Your directory stops provisioning at once.'));
    await section.getByRole('button', { name: 'Revoke token' }).click();
    await see(section.getByRole('status').getByText(/The token is revoked/));
    await see(section.getByText(/There is no token/));
    await see(section.getByRole('button', { name: 'Create token' }));
    expect((await scim('/Users', rotated)).status).toBe(401);
    expect((await stack.t.gql<any>(SETTINGS, {}, admin.accessToken)).data.scimSettings.tokenCreatedAt).toBeNull();
    await expectAccessible(page);
  }, 180_000);
});
