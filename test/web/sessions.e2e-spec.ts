import { PASSWORD, signUpAdmin } from '../utils/story';
import { expectAccessible, heading, see, startWebStack, WebStack } from './support/browser';
import { signIn, signOut } from './support/journeys';

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
});
