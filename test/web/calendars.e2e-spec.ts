import { inviteAndJoin, PASSWORD, signUpAdmin } from '../utils/story';
import { expectAccessible, heading, see, startWebStack, WebStack } from './support/browser';
import { signIn } from './support/journeys';

describe('A member subscribes to their calendar from My profile', () => {
  let stack: WebStack;

  beforeAll(async () => {
    stack = await startWebStack();
  });
  afterAll(() => stack?.close());

  it('creates a link to copy into Outlook, and stops it', async () => {
    const admin = await signUpAdmin(stack.t, 'Calendar Council', 'cal');
    const member = await inviteAndJoin(stack.t, admin, 'mia');
    const page = await stack.newPage();
    await signIn(page, member.user.email, PASSWORD);
    await page.goto('/profile');
    await heading(page, 'My profile');
    const section = page.getByRole('region', { name: 'Calendar' });
    await see(section.getByText('You have no calendar link yet.'));
    await see(section.getByText(/Outlook: Add calendar → Subscribe from web/));

    await section.getByRole('button', { name: 'Create calendar link' }).click();
    const link = section.getByRole('textbox', { name: 'Your calendar link' });
    await see(link);
    const url = await link.inputValue();
    expect(url).toMatch(new RegExp(`^${stack.baseUrl}/calendar/${admin.organisation.id}\\.[A-Za-z0-9_-]{43}\\.ics$`));
    await see(section.getByRole('button', { name: 'Copy link' }));
    await expectAccessible(page);
    await page.screenshot({ path: '/tmp/calendars-profile.png', fullPage: true });

    const feed = await page.request.get(url);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toMatch(/^text\/calendar/);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');

    await section.getByRole('button', { name: 'Stop the link' }).click();
    await see(section.getByRole('status').getByText(/has stopped working/));
    await see(section.getByText('You have no calendar link yet.'));
    expect((await page.request.get(url)).status()).toBe(404);
  });
});
