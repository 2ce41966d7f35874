import { inviteAndJoin, PASSWORD, signUpAdmin } from '../utils/story';
import { expectAccessible, heading, see, startWebStack, WebStack } from './support/browser';
import { signIn } from './support/journeys';

describe('An admin looks after the organisation in the browser', () => {
  let stack: WebStack;
  beforeAll(async () => {
    stack = await startWebStack();
  }, 60_000);
  afterAll(() => stack?.close());

  it('invites many at once with a result per line', async () => {
    const admin = await signUpAdmin(stack.t, 'Harbour Council', 'amira');
    const member = await inviteAndJoin(stack.t, admin, 'milo', ['MEMBER']);
    const page = await stack.newPage();
    await signIn(page, admin.user.email, PASSWORD);

    // Invitations: several pasted lines, each with its own result.
    await page.getByRole('link', { name: 'Invitations', exact: true }).click();
    await heading(page, 'Invitations');
    await see(page.getByText('No invitations are waiting.', { exact: false }));
    await expectAccessible(page);
    await page.getByRole('tab', { name: 'Invite many' }).click();
    await page
      .getByLabel('E-mail addresses')
      .fill(['nadia@example.org, COMMS', 'not-an-address', member.user.email, 'omar@example.org'].join('\n'));
    await page.getByRole('button', { name: 'Send invitations' }).dblclick();
    const results = page.getByRole('table', { name: 'Result for each line' });
    await see(results.getByRole('row', { name: /nadia@example\.org Comms ✓ Invitation sent/ }));
    await see(results.getByRole('row', { name: /not-an-address .*This is not a valid e-mail address/ }));
    await see(
      results.getByRole('row', { name: new RegExp(`${member.user.email.replace(/\./g, '\\.')} .*already a member`) }),
    );
    await see(results.getByRole('row', { name: /omar@example\.org Member ✓ Invitation sent/ }));
    await see(page.getByText('2 invitations sent, 2 not sent', { exact: false }));
    // Sent once each, despite the double click.
    const waiting = page.getByRole('table').filter({ hasText: 'Expires' });
    await see(waiting.getByRole('cell', { name: 'nadia@example.org', exact: true }));
    expect(await waiting.getByRole('cell', { name: 'nadia@example.org', exact: true }).count()).toBe(1);
    await expectAccessible(page);
  }, 120_000);

  it('changes a role and renames the organisation', async () => {
    const admin = await signUpAdmin(stack.t, 'Harbour Council', 'amira');
    await inviteAndJoin(stack.t, admin, 'milo', ['MEMBER']);
    const page = await stack.newPage();
    await signIn(page, admin.user.email, PASSWORD);

    // Members: find Milo, give them the comms role.
    await page.getByRole('link', { name: 'Members', exact: true }).click();
    await heading(page, 'Members');
    // An admin is not offered to lock themselves out.
    const own = page.getByRole('row', { name: /amira person \(you\)/ });
    await see(own.getByRole('button', { name: 'Change roles of amira person' }));
    expect(await own.getByRole('button', { name: /^Deactivate/ }).count()).toBe(0);
    await see(page.getByRole('button', { name: 'Deactivate milo person' }));
    await page.getByLabel('Search by name or e-mail').fill('milo');
    await see(page.getByRole('row', { name: /milo person/ }));
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Change roles of milo person' }).click();
    const dialog = page.getByRole('dialog', { name: 'Roles of milo person' });
    await dialog.getByRole('checkbox', { name: /^Comms/ }).check();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Save roles' }).click();
    await see(page.getByText('milo person’s roles are saved.'));
    await see(page.getByRole('row', { name: /milo person .*Member.*Comms|milo person .*Comms.*Member/ }));

    // Settings: a new name shows in the header at once.
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await heading(page, 'Organisation settings');
    await expectAccessible(page);
    const name = page.getByRole('textbox', { name: /^Organisation name/ });
    await name.fill('X');
    await page.getByRole('button', { name: 'Save name' }).click();
    await see(page.getByText('The name must be 2 to 120 characters'));
    await name.fill('Harbour District Council');
    await page.getByRole('button', { name: 'Save name' }).click();
    await see(page.getByText('The name is saved.'));
    await see(page.getByRole('banner').getByText('Harbour District Council'));
    await page.getByRole('radio', { name: /^Private/ }).check();
    await page.getByRole('button', { name: 'Save visibility' }).click();
    await see(page.getByText('New profiles will start with this visibility.'));
    await page.reload();
    await heading(page, 'Organisation settings');
    await see(page.getByRole('radio', { name: /^Private/, checked: true }));
    await expectAccessible(page);

    await page.goto('/organisation/nowhere');
    await heading(page, 'Page not found');
  }, 120_000);
});
