import { inviteAndJoin, PASSWORD, signUpAdmin } from '../utils/story';
import { expectAccessible, heading, see, startWebStack, WebStack } from './support/browser';
import { signIn } from './support/journeys';

/**
 * The browser's side of single sign-on that does not need a provider: an admin sets it up in Organisation
 * settings, the sign-in page offers "Sign in with your organisation" and explains a failed attempt, and a
 * member whose organisation requires it is pointed there. (The sign-in through a real provider is
 * test/sso.e2e-spec.ts.)
 */
describe('Single sign-on in the browser', () => {
  let stack: WebStack;
  beforeAll(async () => {
    stack = await startWebStack();
  }, 60_000);
  afterAll(() => stack?.close());

  it('lets an admin set it up and require it, and points members to it', async () => {
    const admin = await signUpAdmin(stack.t, 'Harbour Council', 'amira');
    const member = await inviteAndJoin(stack.t, admin, 'milo', ['MEMBER']);
    const page = await stack.newPage();
    await signIn(page, admin.user.email, PASSWORD);
    await page.goto('/organisation/settings');
    await heading(page, 'Organisation settings');
    const section = page.locator('form[aria-labelledby="sso-settings"]');
    await see(section.getByText(`${stack.baseUrl}/auth/sso/callback`));
    await expectAccessible(page);

    // Requiring single sign-on needs a break-glass admin.
    await section.getByLabel('Issuer URL').fill('https://login.harbour.example/');
    await section.getByLabel('Client id').fill('crowdcomms');
    await section.getByLabel(/^Client secret/).fill('a-client-secret-from-the-provider');
    await section.getByLabel(/^Allowed e-mail domains/).fill('harbour.example, harbour.gov.example');
    await section.getByLabel(/^Department claim/).fill('department');
    await section.getByLabel(/^Require single sign-on/).check();
    await section.getByRole('button', { name: 'Save single sign-on' }).click();
    await see(section.getByText('Choose an admin who may still sign in with a password'));
    await section.getByRole('combobox', { name: /^Break-glass admin/ }).click();
    await page.getByRole('option', { name: /amira person/ }).click();
    await section.getByRole('button', { name: 'Save single sign-on' }).click();
    await see(section.getByText('Saved. People can sign in with your organisation now.'));
    await see(section.getByText(`${stack.baseUrl}/auth/sso/harbour-council/start`));
    await see(section.getByText('A secret is stored (never shown). Leave empty to keep it.'));
    await expectAccessible(page);

    // Milo's password is refused; the page says where to sign in instead.
    const milo = await stack.newPage();
    await milo.goto('/sign-in');
    await heading(milo, 'Sign in');
    await milo.getByLabel('E-mail address').fill(member.user.email);
    await milo.getByLabel(/^Password/).fill(PASSWORD);
    await milo.getByRole('button', { name: 'Sign in', exact: true }).click();
    await see(milo.getByRole('alert').getByText(/Your organisation signs you in with its own account/));
    expect(await milo.getByLabel(/Your organisation’s Crowdcomms address/).inputValue()).toBe('harbour-council');
    await expectAccessible(milo);

    // Coming back from a failed sign-in, the page says what went wrong in plain words.
    await milo.goto('/sign-in?sso_error=domain_not_allowed');
    await see(milo.getByRole('alert').getByText('Your e-mail address is not one your organisation lets sign in here.'));
    await expectAccessible(milo);
    await milo.goto('/sign-in?sso_error=too_many_attempts');
    await see(milo.getByRole('alert').getByText(/Too many sign-ins have come from your network just now/));
  }, 120_000);
});
