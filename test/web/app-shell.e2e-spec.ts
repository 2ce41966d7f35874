import { LOGIN } from '../utils/operations';
import { inviteAndJoin, PASSWORD, signUpAdmin, uniqueEmail } from '../utils/story';
import { expectAccessible, heading, see, startWebStack, textContrast, WebStack } from './support/browser';
import { signIn } from './support/journeys';

const CREATE_ORGANISATION = 'mutation ($name: String!) { createOrganisation(name: $name) { organisation { id } } }';

describe('The app shell: sign-up, organisations, roles, small screens', () => {
  let stack: WebStack;

  beforeAll(async () => {
    stack = await startWebStack();
  }, 60_000);

  afterAll(() => stack?.close());

  it('sets up an organisation from the sign-up page, then switches to another one and changes password', async () => {
    const email = uniqueEmail('sol');
    const page = await stack.newPage();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Set up your organisation' }).click();
    await heading(page, 'Set up your organisation');
    await expectAccessible(page);
    await page.getByLabel(/^Organisation name/).fill('Seaview Housing');
    await page.getByLabel(/^Your name/).fill('Sol Signup');
    await page.getByLabel(/^E-mail address/).fill(email);
    await page.getByLabel(/^Password/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();

    await heading(page, 'For you');
    await see(page.getByTestId('organisation-name').getByText('Seaview Housing'));
    // The founder administers the organisation: its pages are in the navigation.
    await see(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }));
    // Not an ambassador yet: For you says why nothing is matched, and where to start.
    await see(page.getByText('Matching starts when you are an ambassador'));
    await expectAccessible(page);

    // Sol also runs a second organisation (created through the API).
    const login = await stack.t.gql(LOGIN, { input: { email, password: PASSWORD } });
    const created = await stack.t.gql(CREATE_ORGANISATION, { name: 'Seaview Sports' }, login.data!.login.accessToken);
    expect(created.errors).toBeUndefined();

    await page.reload();
    await page.getByRole('combobox', { name: 'Switch organisation' }).click();
    await page.getByRole('option', { name: 'Seaview Sports' }).click();
    await see(page.getByTestId('organisation-name').getByText('Seaview Sports'));
    await page.reload();
    await see(page.getByTestId('organisation-name').getByText('Seaview Sports'));
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Account menu for Sol Signup' }).click();
    await page.getByRole('menuitem', { name: 'Change password' }).click();
    await heading(page, 'Change password');
    await page.getByLabel(/^Current password/).fill('not my password at all');
    await page.getByLabel(/^New password/).fill('sol-has-a-new-passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await see(page.getByText('Current password is incorrect'));
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByLabel(/^Current password/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await see(page.getByText('Your password has been changed'));
    await expectAccessible(page);
    await page.reload();
    await heading(page, 'Change password');

    // On a phone the switcher sits at the top of the navigation drawer, not in the narrow header.
    const phone = await stack.newPage({ viewport: { width: 360, height: 740 } });
    await signIn(phone, email, 'sol-has-a-new-passphrase');
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    expect(await phone.getByRole('banner').getByRole('combobox', { name: 'Switch organisation' }).count()).toBe(0);
    await phone.getByRole('button', { name: 'Open navigation' }).click();
    await see(phone.getByRole('navigation', { name: 'Main' }).getByRole('combobox', { name: 'Switch organisation' }));
    await expectAccessible(phone);
  });

  it('shows a member only their own areas, and says so at unknown or forbidden addresses, on a 360 px phone', async () => {
    const admin = await signUpAdmin(stack.t, 'Pier Museum', 'pia');
    const member = await inviteAndJoin(stack.t, admin, 'milo', ['MEMBER']);
    const page = await stack.newPage({ viewport: { width: 360, height: 740 } });
    await signIn(page, member.user.email, PASSWORD);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

    await page.getByRole('button', { name: 'Open navigation' }).click();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await see(nav.getByRole('link', { name: 'My profile' }));
    expect(await nav.getByRole('link', { name: 'Members' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Sign-up pipeline' }).count()).toBe(0);
    await expectAccessible(page);
    await nav.getByRole('link', { name: 'My profile' }).click();
    await heading(page, 'My profile');
    expect(await page.title()).toBe('My profile · Crowdcomms');

    await page.goto('/comms/pipeline');
    await heading(page, 'Not available to you');
    await expectAccessible(page);

    await page.goto('/no/such/page');
    await heading(page, 'Page not found');
    await see(page.getByRole('link', { name: 'Go to your home page' }));
    await expectAccessible(page);
  });

  it('lets a keyboard user skip straight to the page', async () => {
    const admin = await signUpAdmin(stack.t, 'Lighthouse Trust', 'kai');
    const page = await stack.newPage();
    await signIn(page, admin.user.email, PASSWORD);
    // Moving within the app puts the focus on the new page's heading…
    await page.waitForFunction("document.activeElement?.tagName === 'H1'", undefined, { timeout: 5000 });
    // …and a page opened afresh offers the skip link first.
    await page.reload();
    await heading(page, 'For you');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement?.id')).toBe('main');

    // Under the pointer (which axe does not check) the header's Notifications link and the
    // current page's navigation link keep their text at 4.5:1.
    const notifications = page.getByRole('link', { name: /^Notifications,/ });
    await notifications.hover();
    expect(await textContrast(notifications)).toBeGreaterThanOrEqual(4.5);
    const current = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'For you' });
    await current.hover();
    expect(await textContrast(current)).toBeGreaterThanOrEqual(4.5);
    await current.focus();
    expect(await textContrast(current)).toBeGreaterThanOrEqual(4.5);
  });
});
