import { QueueName } from '@crowdcomms/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
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
    await see(results.getByRole('row', { name: /nadia@example\.org Comms .*✓ Invitation sent/ }));
    await see(results.getByRole('row', { name: /not-an-address .*This is not a valid e-mail address/ }));
    await see(
      results.getByRole('row', { name: new RegExp(`${member.user.email.replace(/\./g, '\\.')} .*already a member`) }),
    );
    await see(results.getByRole('row', { name: /omar@example\.org Member .*✓ Invitation sent/ }));
    await see(page.getByText('2 invitations sent, 2 not sent', { exact: false }));
    // Sent once each, despite the double click.
    const waiting = page.getByRole('table').filter({ hasText: 'Expires' });
    await see(waiting.getByRole('cell', { name: 'nadia@example.org', exact: true }));
    expect(await waiting.getByRole('cell', { name: 'nadia@example.org', exact: true }).count()).toBe(1);
    await expectAccessible(page);

    // A CSV with department, grade and location, columns in any order: a department new to the
    // organisation is held back until the admin confirms it.
    await page
      .getByLabel('E-mail addresses')
      .fill(['Department,Location,E-mail,Grade', 'Housing,Depot,pia@example.org,Band 3'].join('\n'));
    await page.getByRole('button', { name: 'Send invitations' }).click();
    await see(results.getByRole('row', { name: /pia@example\.org Member Housing · Band 3 · Depot .*no department/ }));
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Add this department and send those lines' }).click();
    await see(results.getByRole('row', { name: /pia@example\.org .*✓ Invitation sent/ }));
    await see(waiting.getByRole('row', { name: /pia@example\.org Member Housing · Band 3 · Depot/ }));
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

    // Data retention: each kind's period within its limits, and what the daily run deleted.
    await see(page.getByRole('heading', { name: 'Data retention' }));
    await see(page.getByText('The daily clean-up has not run for your organisation yet.'));
    await page.getByLabel('Days to keep audit events').fill('30');
    await page.getByRole('button', { name: 'Save audit events' }).click();
    await see(page.getByText('Choose a whole number of days from 365 to 2,555 days'));
    await page.getByLabel('Days to keep notifications').fill('30');
    await page.getByRole('button', { name: 'Save notifications' }).dblclick();
    await see(page.getByText('Saved: notifications are now kept for 30 days (about 1 month).'));
    await stack.t.db.query(
      `INSERT INTO notification (organisation_id, recipient_membership_id, kind, title, body, data, created_at)
       VALUES ($1, $2, 'TEST', 'Long ago', '', '{}', now() - interval '31 days')`,
      [admin.organisation.id, admin.member.id],
    );
    const retention = stack.t.app.get<Queue>(getQueueToken(QueueName.RETENTION), { strict: false });
    const now = new Date().toISOString();
    await retention.add('retention-tick', { now });
    // The worker runs the tick, then this organisation's job: wait for it, then look.
    const jobId = `retention-${admin.organisation.id}-${now.slice(0, 13)}`;
    for (const deadline = Date.now() + 20_000; !(await (await retention.getJob(jobId))?.isCompleted());) {
      if (Date.now() > deadline) throw new Error('the retention job did not run');
      await new Promise((r) => setTimeout(r, 100));
    }
    await page.reload();
    await heading(page, 'Organisation settings');
    await see(page.getByText(/^Last run .*: 1 record deleted\.$/));
    const notifications = page.getByRole('form', { name: 'Notifications' });
    await see(notifications.getByText('Kept for 30 days (about 1 month). Last run deleted 1.'));
    const changes = await stack.t.db.query(
      `SELECT query FROM profile_audit_event WHERE organisation_id = $1 AND action = 'SETTING'`,
      [admin.organisation.id],
    );
    expect(changes).toEqual([{ query: { setting: 'retention.NOTIFICATIONS', from: 90, to: 30 } }]);
    await expectAccessible(page);

    await page.goto('/organisation/nowhere');
    await heading(page, 'Page not found');
  }, 120_000);

  it('acts on erasure requests: schedules one for a member, calls off another, keeps replied-to words', async () => {
    const admin = await signUpAdmin(stack.t, 'Harbour Council', 'amira');
    const milo = await inviteAndJoin(stack.t, admin, 'milo', ['MEMBER']);
    await inviteAndJoin(stack.t, admin, 'nia', ['MEMBER']);
    // Milo asked on his profile.
    const asked = await stack.t.gql('mutation { requestErasure { id } }', {}, milo.accessToken);
    expect(asked.errors).toBeUndefined();
    const page = await stack.newPage();
    await signIn(page, admin.user.email, PASSWORD);

    await page.getByRole('link', { name: 'Erasure requests', exact: true }).click();
    await heading(page, 'Erasure requests');
    const waiting = page.getByRole('table', { name: 'Waiting' });
    await see(waiting.getByRole('row', { name: /milo person Themselves/ }));
    await see(page.getByText('Nothing yet.'));
    await expectAccessible(page);

    // Nia asked an admin: find her, confirm, and she is waiting too.
    await page.getByRole('combobox', { name: 'Member' }).fill('nia');
    await page.getByRole('option', { name: /nia person/ }).click();
    await page.getByRole('button', { name: 'Erase this member…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Erase nia person?' });
    await see(confirm.getByText('We e-mail them now.', { exact: false }));
    await expectAccessible(page);
    await confirm.getByRole('button', { name: 'Yes, schedule the erasure' }).dblclick();
    await see(page.getByText(/nia person will be erased on .*We have e-mailed them\./));
    await see(waiting.getByRole('row', { name: /nia person An admin/ }));

    // Milo's is called off, after a confirm step; the receipt names no one.
    await page.getByRole('button', { name: 'Call off the erasure of milo person' }).click();
    await page
      .getByRole('dialog', { name: 'Call off the erasure of milo person?' })
      .getByRole('button', { name: 'Yes, call it off' })
      .click();
    await see(page.getByText('The erasure of milo person is called off.', { exact: false }));
    const finished = page.getByRole('table', { name: 'Carried out and called off' });
    await see(finished.getByRole('row', { name: /Called off .* The member/ }));
    expect(await waiting.getByRole('row', { name: /milo person/ }).count()).toBe(0);
    expect(await finished.getByText('milo person').count()).toBe(0);

    // The organisation keeps the words of replied-to posts.
    const keep = page.getByRole('switch', { name: 'Keep the words of posts and comments others replied to' });
    await see(keep);
    expect(await keep.isChecked()).toBe(false);
    await keep.click({ force: true });
    await see(page.getByText('will keep their words', { exact: false }));
    // The switch shows what the organisation now has stored (read back from the API).
    await see(page.getByRole('switch', { name: /^Keep the words/, checked: true }));
    await expectAccessible(page);
  }, 120_000);
});
