import { INVITE } from '../utils/operations';
import { PASSWORD, signUpAdmin, uniqueEmail } from '../utils/story';
import { expectAccessible, heading, see, startWebStack, WebStack } from './support/browser';
import { signIn, signOut } from './support/journeys';
import { linkFromMail } from './support/mail';

describe('Sessions in the browser', () => {
  let stack: WebStack;

  beforeAll(async () => {
    stack = await startWebStack();
  }, 60_000);

  afterAll(() => stack?.close());

  it('signs in, stays signed in across a reload, and signs out', async () => {
    const admin = await signUpAdmin(stack.t, 'Riverside Trust', 'rosa');
    const page = await stack.newPage();

    await page.goto('/');
    await heading(page, 'Sign in');
    expect(await page.title()).toBe('Sign in · Crowdcomms');
    await expectAccessible(page);

    await signIn(page, admin.user.email, PASSWORD);
    await see(page.getByTestId('organisation-name').getByText('Riverside Trust'));
    await expectAccessible(page);

    await page.reload();
    await heading(page, 'For you');
    await see(page.getByText('Riverside Trust'));

    await signOut(page, 'rosa person');
    await page.reload();
    await heading(page, 'Sign in');
    await page.goto('/profile');
    await heading(page, 'Sign in');
  });

  it('opens an invitation from its e-mail, creates the account and lands signed in', async () => {
    const admin = await signUpAdmin(stack.t, 'Harbour Libraries', 'hal');
    const email = uniqueEmail('ines');
    const invited = await stack.t.gql(INVITE, { input: { email, roles: ['MEMBER'] } }, admin.accessToken);
    expect(invited.errors).toBeUndefined();
    const link = await linkFromMail(stack.t, email, /\/invitation#token=/);
    expect(link.startsWith(`${stack.baseUrl}/invitation#token=`)).toBe(true);

    const page = await stack.newPage();
    await page.goto(link);
    await heading(page, 'Accept your invitation');
    await expectAccessible(page);
    await page.getByLabel('Your name').fill('Ines Invited');
    await page.getByLabel(/^Password/).fill('ines-chooses-a-long-password');
    await page.getByRole('button', { name: 'Accept invitation' }).click();

    await heading(page, 'For you');
    await see(page.getByTestId('organisation-name').getByText('Harbour Libraries'));
    await see(page.getByRole('button', { name: 'Account menu for Ines Invited' }));
    await expectAccessible(page);

    // The link works once.
    const again = await stack.newPage();
    await again.goto(link);
    await again.getByLabel(/^Password/).fill('ines-chooses-a-long-password');
    await again.getByRole('button', { name: 'Accept invitation' }).click();
    await see(again.getByRole('alert').getByText('This invitation has already been used'));
  });

  it('resets a forgotten password from the e-mailed link, then signs in with the new one', async () => {
    const admin = await signUpAdmin(stack.t, 'Quayside College', 'fern');
    const page = await stack.newPage();

    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgotten your password?' }).click();
    await heading(page, 'Forgotten your password?');
    await expectAccessible(page);
    await page.getByLabel(/^E-mail address/).fill(admin.user.email);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await see(page.getByText('Check your e-mail'));
    await expectAccessible(page);

    const link = await linkFromMail(stack.t, admin.user.email, /\/reset-password#token=/);
    await page.goto(link);
    await heading(page, 'Choose a new password');
    await expectAccessible(page);
    await page.getByLabel(/^New password/).fill('fern-has-a-new-passphrase');
    await page.getByLabel(/^Confirm new password/).fill('fern-has-a-new-passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();

    await heading(page, 'Sign in');
    await see(page.getByText('Your password has been changed'));
    await signIn(page, admin.user.email, 'fern-has-a-new-passphrase');

    // Used once, the link says so and offers a new one.
    const again = await stack.newPage();
    await again.goto(link);
    await again.getByLabel(/^New password/).fill('another-long-passphrase');
    await again.getByLabel(/^Confirm new password/).fill('another-long-passphrase');
    await again.getByRole('button', { name: 'Change password' }).click();
    await heading(again, 'This link has expired');
    await see(again.getByRole('link', { name: 'Send me a new link' }));
    await expectAccessible(again);
  });
});
