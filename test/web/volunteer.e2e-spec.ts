import { Locator, Page } from 'playwright-core';
import {
  ACCEPT_ASSIGNMENT,
  CREATE_CALL,
  CREATE_TASK,
  LOOKUP_SKILLS,
  MY_ASSIGNMENTS,
  OFFER_TASK,
  OPEN_CALL,
  OPEN_TASK,
} from '../utils/operations';
import { inviteAndJoin, PASSWORD, Session, signUpAdmin } from '../utils/story';
import { expectAccessible, hasFocus, heading, see, startWebStack, WebStack } from './support/browser';
import { signIn, signOut } from './support/journeys';
import { linkFromMail } from './support/mail';
import { readFileSync } from 'node:fs';

const MY_PROFILE = `query { myProfile { headline availableHoursPerMonth interests links { kind url } visibility interestsTargetingConsent skills { level skill { slug } } } }`;

/** Presses Tab until `target` has the focus (keyboard only; fails after `max` presses). */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  await target.waitFor({ state: 'visible', timeout: 10_000 });
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (
      await target.evaluate(
        (el: { ownerDocument: { activeElement: unknown } }) => el.ownerDocument.activeElement === el,
      )
    ) {
      return;
    }
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function openNav(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
}

describe('A volunteer in the browser', () => {
  let stack: WebStack;
  let admin: Session;

  const ok = async <T = Record<string, any>>(query: string, variables: Record<string, unknown>, who: Session) => {
    const res = await stack.t.gql(query, variables, who.accessToken);
    expect(res.errors).toBeUndefined();
    return res.data as T;
  };
  const skillId = async (name: string, slug: string) =>
    ((await ok(LOOKUP_SKILLS, { name, first: 10 }, admin)).lookupSkills as { id: string; slug: string }[]).find(
      (s) => s.slug === slug,
    )!.id;
  const openCall = async (title: string) => {
    const call = (await ok(CREATE_CALL, { input: { title, pitch: 'Help us tell the harbour story.' } }, admin))
      .createAmbassadorCall;
    await ok(OPEN_CALL, { id: call.id }, admin);
    return call.id as string;
  };
  const openTask = async (title: string, seats = 1) => {
    const photography = await skillId('photography', 'photography');
    const task = (
      await ok(
        CREATE_TASK,
        {
          input: {
            title,
            kind: 'CONTENT_CREATION',
            description: 'Photograph the new ferry terminal for the newsletter.',
            effortHours: 3,
            seats,
            requiredSkills: [{ skillId: photography, minLevel: 2 }],
          },
        },
        admin,
      )
    ).createCommsTask;
    await ok(OPEN_TASK, { id: task.id }, admin);
    return task.id as string;
  };
  const offer = async (taskId: string, who: Session) =>
    (
      await ok(
        OFFER_TASK,
        { input: { taskId, memberId: who.member.id, message: 'Your photos would be perfect.' } },
        admin,
      )
    ).offerTask.id as string;

  beforeAll(async () => {
    stack = await startWebStack();
    admin = await signUpAdmin(stack.t, 'Harbour Council', 'cora');
  }, 60_000);

  afterAll(() => stack?.close());

  it('signs up to a call and adds a skill through the typeahead, with the keyboard only', async () => {
    await openCall('Be a harbour ambassador');
    const val = await inviteAndJoin(stack.t, admin, 'val', ['MEMBER']);
    const page = await stack.newPage();

    // Sign in: type, Tab, Enter — no clicks.
    await page.goto('/sign-in');
    await heading(page, 'Sign in');
    await tabTo(page, page.getByLabel('E-mail address'));
    await page.keyboard.type(val.user.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await heading(page, 'For you');
    await see(page.getByText('No tasks matched to you yet'));
    await expectAccessible(page);

    await tabTo(page, page.getByRole('link', { name: 'Ambassador calls' }));
    await page.keyboard.press('Enter');
    await heading(page, 'Ambassador calls');
    await see(page.getByRole('heading', { name: 'Be a harbour ambassador' }));
    await expectAccessible(page);

    await tabTo(page, page.getByRole('button', { name: 'Sign up to Be a harbour ambassador' }));
    await page.keyboard.press('Enter');
    const dialog = await see(page.getByRole('dialog', { name: 'Sign up: Be a harbour ambassador' }));
    await expectAccessible(page);
    // Sent empty, the form says what is missing and puts the focus there, ready to type.
    await tabTo(page, dialog.getByRole('button', { name: 'Send my sign-up' }));
    await page.keyboard.press('Enter');
    await see(dialog.getByText('Tell the comms team why you want to help'));
    expect(await hasFocus(dialog.getByRole('textbox', { name: /^Motivation/ }))).toBe(true);
    await page.keyboard.type('I photograph the harbour every weekend and would love to share it.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Post more behind-the-scenes photos of the ferries.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Saturday mornings');
    await page.keyboard.press('Tab');
    await page.keyboard.type('6');
    await tabTo(page, dialog.getByRole('button', { name: 'Send my sign-up' }));
    await page.keyboard.press('Enter');
    await see(page.getByText('Thank you for signing up'));
    await see(page.getByText('You have signed up'));
    await see(page.getByText('Applied', { exact: true }));
    await expectAccessible(page);

    await tabTo(page, page.getByRole('link', { name: 'My profile' }));
    await page.keyboard.press('Enter');
    await heading(page, 'My profile');
    await see(page.getByText('No skills yet'));
    await expectAccessible(page);
    await tabTo(page, page.getByRole('combobox', { name: 'Add a skill' }));
    await page.keyboard.type('photogrphy'); // a typo: the lookup tolerates it
    await see(page.getByRole('option', { name: 'Photography', exact: true }));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: 'Add skill' }));
    await page.keyboard.press('Enter');
    await see(page.getByText('Photography added as Competent.'));
    await see(page.getByRole('list', { name: 'Skills I have' }).getByText('Photography'));
    await expectAccessible(page);

    const stored = (await ok(MY_PROFILE, {}, val)).myProfile;
    expect(stored.skills).toEqual([{ level: 3, skill: { slug: 'photography' } }]);
  });

  it('edits the profile and finds it as saved after a reload', async () => {
    const wyn = await inviteAndJoin(stack.t, admin, 'wyn', ['MEMBER']);
    const page = await stack.newPage();
    await signIn(page, wyn.user.email, PASSWORD);
    await page.goto('/profile');
    await heading(page, 'My profile');
    await see(page.getByText('Your profile is', { exact: false }));

    await page.getByLabel('Headline').fill('Library officer who loves a good photo');
    await page.getByRole('textbox', { name: 'Hours a month' }).fill('8');
    const interests = page.getByRole('combobox', { name: 'Interests' });
    await interests.fill('sailing');
    await interests.press('Enter');
    await page.getByRole('button', { name: 'Add a link' }).click();
    await page.getByLabel('Link 1 address').fill('not a web address');
    await page.getByRole('button', { name: 'Save about me' }).click();
    await see(page.getByText('Enter a web address starting with http:// or https://'));
    // The form checks the address as the API would, and takes the person to it.
    expect(await hasFocus(page.getByLabel('Link 1 address'))).toBe(true);
    await page.getByLabel('Link 1 address').fill('https://wyn.example.org');
    await page.getByRole('button', { name: 'Save about me' }).click();
    await see(page.getByText('Your profile is saved.'));

    await expectAccessible(page);

    await page.reload();
    await heading(page, 'My profile');
    expect(await (await see(page.getByLabel('Headline'))).inputValue()).toBe('Library officer who loves a good photo');
    expect(await page.getByRole('textbox', { name: 'Hours a month' }).inputValue()).toBe('8');
    expect(await page.getByLabel('Link 1 address').inputValue()).toBe('https://wyn.example.org');
    await see(page.getByText('sailing'));
    await expectAccessible(page);

    // Privacy: who can see the profile, and whether interests may be used to invite.
    const privacy = page.getByRole('region', { name: 'Privacy' });
    await see(privacy.getByRole('radio', { name: 'HR only', checked: true })); // the organisation's default
    await privacy.getByRole('radio', { name: 'Everyone in my organisation' }).check();
    await see(privacy.getByText('Saved: Everyone in my organisation.'));
    const consent = privacy.getByRole('switch', { name: 'Let the comms team use my interests to invite me' });
    expect(await consent.isChecked()).toBe(false);
    await consent.check();
    await see(privacy.getByText('Saved: your interests may be used to invite you.'));
    await expectAccessible(page);
    await page.reload();
    await heading(page, 'My profile');
    await see(privacy.getByRole('radio', { name: 'Everyone in my organisation', checked: true }));
    expect(await privacy.getByRole('radio', { name: 'HR only' }).isChecked()).toBe(false);
    expect(await consent.isChecked()).toBe(true);

    expect((await ok(MY_PROFILE, {}, wyn)).myProfile).toMatchObject({
      headline: 'Library officer who loves a good photo',
      availableHoursPerMonth: 8,
      interests: ['sailing'],
      links: [{ kind: 'WEBSITE', url: 'https://wyn.example.org' }],
      visibility: 'ORGANISATION',
      interestsTargetingConsent: true,
    });
  });

  it('pastes a CV, adds one suggested skill at a level, sets the other aside for good, and turns profile reminders off', async () => {
    const pip = await inviteAndJoin(stack.t, admin, 'pip', ['MEMBER']);
    const page = await stack.newPage();
    await signIn(page, pip.user.email, PASSWORD);
    await page.goto('/profile');
    await heading(page, 'My profile');
    const panel = page.getByRole('region', { name: 'Suggested from your profile text' });
    await see(panel.getByText('No suggestions just now', { exact: false }));

    await page
      .getByRole('textbox', { name: 'CV' })
      .fill('Ran the staff show, including podcast editing.\nGrew our Instagram to 2,000 followers.');
    await page.getByRole('button', { name: 'Save about me' }).click();
    await see(page.getByText('Your profile is saved.'));
    const suggested = panel.getByRole('list', { name: 'Suggested skills' });
    await see(suggested.getByText('Ran the staff show, including podcast editing.'));
    await see(suggested.getByText('Grew our Instagram to 2,000 followers.'));
    await expectAccessible(page);

    await panel.getByRole('combobox', { name: 'Your level in Audio editing' }).click();
    await page.getByRole('option', { name: 'Proficient' }).click();
    await panel.getByRole('button', { name: 'Add Audio editing' }).click();
    await see(panel.getByText('Audio editing added to your skills as proficient.'));
    const skills = page.getByRole('list', { name: 'Skills I have' });
    await see(skills.getByText('Audio editing'));
    expect(
      await skills
        .getByRole('textbox', { name: 'Level for Audio editing' })
        .or(skills.getByRole('combobox', { name: 'Level for Audio editing' }))
        .inputValue(),
    ).toBe('Proficient');

    await panel.getByRole('button', { name: 'Instagram is not for me' }).click();
    await see(panel.getByText('We will not suggest Instagram again.'));
    await see(panel.getByText('No suggestions just now', { exact: false }));
    await expectAccessible(page);
    await page.reload();
    await heading(page, 'My profile');
    await see(panel.getByText('No suggestions just now', { exact: false }));
    expect((await ok(MY_PROFILE, {}, pip)).myProfile.skills).toEqual([{ level: 4, skill: { slug: 'audio-editing' } }]);

    await openNav(page, 'Notifications');
    await heading(page, 'Notifications');
    const reminders = page.getByRole('switch', { name: 'Remind me to complete my profile' });
    expect(await (await see(reminders)).isChecked()).toBe(true);
    await reminders.uncheck();
    await see(page.getByText('Saved: no more profile reminders.'));
    await expectAccessible(page);
    await page.reload();
    await heading(page, 'Notifications');
    expect(await (await see(reminders)).isChecked()).toBe(false);
  });

  it('keeps what was typed when the session ends mid-form, and saves it once signed in again', async () => {
    const kit = await inviteAndJoin(stack.t, admin, 'kit', ['MEMBER']);
    const page = await stack.newPage();
    await signIn(page, kit.user.email, PASSWORD);
    await openNav(page, 'My profile');
    await heading(page, 'My profile');
    await page.getByLabel('Headline').fill('Typed before the session ended');

    // Kit signs out in another tab of the same browser, then saves in this one.
    const otherTab = await page.context().newPage();
    await otherTab.goto('/');
    await heading(otherTab, 'For you');
    await signOut(otherTab, 'kit person');
    await page.getByRole('button', { name: 'Save about me' }).click();

    const dialog = await see(page.getByRole('dialog', { name: 'Please sign in again' }));
    await see(dialog.getByText(kit.user.email));
    await expectAccessible(page);
    await dialog.getByLabel(/^Password/).fill('not the password');
    await dialog.getByRole('button', { name: 'Sign in and carry on' }).click();
    await see(dialog.getByRole('alert'));
    await dialog.getByLabel(/^Password/).fill(PASSWORD);
    await dialog.getByRole('button', { name: 'Sign in and carry on' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await heading(page, 'My profile');
    expect(await page.getByLabel('Headline').inputValue()).toBe('Typed before the session ended');
    await page.getByRole('button', { name: 'Save about me' }).click();
    await see(page.getByText('Your profile is saved.'));
    expect((await ok(MY_PROFILE, {}, kit)).myProfile.headline).toBe('Typed before the session ended');
  });

  it('accepts one offer (a double click accepts once), declines another with a reason, is told when a task is full, and marks work done', async () => {
    const ann = await inviteAndJoin(stack.t, admin, 'ann', ['MEMBER']);
    const bo = await inviteAndJoin(stack.t, admin, 'bo', ['MEMBER']);
    const page = await stack.newPage();
    await signIn(page, ann.user.email, PASSWORD);
    await see(page.getByRole('link', { name: 'Notifications, none unread' }));

    // Offers made while Ann is looking: the header's unread count follows without a reload.
    const ferry = await offer(await openTask('Ferry terminal photos'), ann);
    const mural = await offer(await openTask('Mural time-lapse'), ann);
    const fullTask = await openTask('Lighthouse open day', 1);
    const lighthouse = await offer(fullTask, ann);
    await see(page.getByRole('link', { name: 'Notifications, 3 unread' }));

    await page.goto('/offers');
    await heading(page, 'My offers');
    const ferryCard = page.getByRole('article', { name: 'Ferry terminal photos' });
    await see(ferryCard.getByText('Your photos would be perfect.'));
    await expectAccessible(page);

    await ferryCard.getByRole('button', { name: 'Accept' }).dblclick();
    await see(ferryCard.getByText('You accepted this task'));
    await expect(ferryCard.getByRole('alert').count()).resolves.toBe(0);

    const muralCard = page.getByRole('article', { name: 'Mural time-lapse' });
    await muralCard.getByRole('button', { name: 'Decline' }).click();
    await muralCard.getByLabel('Reason').fill('I am away that fortnight.');
    await expectAccessible(page);
    await muralCard.getByRole('button', { name: 'Decline offer' }).click();
    await see(muralCard.getByText('You declined this offer'));

    // Bo takes the lighthouse's only seat first.
    await ok(ACCEPT_ASSIGNMENT, { id: await offer(fullTask, bo) }, bo);
    const lighthouseCard = page.getByRole('article', { name: 'Lighthouse open day' });
    await lighthouseCard.getByRole('button', { name: 'Accept' }).click();
    await see(lighthouseCard.getByText('every place on this task has been taken'));

    const mine = (await ok(MY_ASSIGNMENTS, {}, ann)).myAssignments.edges.map(
      (e: { node: { id: string; status: string; declineReason: string | null } }) => e.node,
    );
    expect(mine.find((a: { id: string }) => a.id === ferry)).toMatchObject({ status: 'ACCEPTED' });
    expect(mine.find((a: { id: string }) => a.id === mural)).toMatchObject({
      status: 'DECLINED',
      declineReason: 'I am away that fortnight.',
    });
    expect(mine.find((a: { id: string }) => a.id === lighthouse)).toMatchObject({ status: 'OFFERED' });

    await page.goto('/tasks');
    await heading(page, 'My tasks');
    const task = page.getByRole('article', { name: 'Ferry terminal photos' });
    await task.getByRole('button', { name: 'Mark Ferry terminal photos as done' }).click();
    await task.getByRole('button', { name: 'Mark as done' }).click();
    await see(task.getByText('Say what came of it, in a sentence or two'));
    await task.getByLabel(/^What you did/).fill('Photographed the terminal at dawn and at rush hour.');
    await task.getByLabel(/^Impact note/).fill('Twelve photos used in the December newsletter.');
    await expectAccessible(page);
    await task.getByRole('button', { name: 'Mark as done' }).click();
    const done = page.getByRole('region', { name: 'Done' });
    await see(done.getByText('Twelve photos used in the December newsletter.'));
    await see(done.getByText('Photographed the terminal at dawn and at rush hour.'));
    await see(done.getByText('Not endorsed yet', { exact: false }));
    await expectAccessible(page);

    await see(page.getByRole('link', { name: 'Notifications, 3 unread' }));
    await page.goto('/notifications');
    await heading(page, 'Notifications');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await see(page.getByRole('link', { name: 'Notifications, none unread' }));
  });

  it('downloads their data through the e-mailed link once, and asks for erasure then changes their mind', async () => {
    const val = await inviteAndJoin(stack.t, admin, 'vida');
    const page = await stack.newPage();
    await signIn(page, val.user.email, PASSWORD);
    await page.goto('/profile');
    await heading(page, 'My profile');
    const section = page.getByRole('region', { name: 'Your data' });
    await section.getByRole('button', { name: 'Download my data' }).dblclick();
    await see(section.getByText('We are preparing your data.', { exact: false }));
    await expectAccessible(page);

    const link = await linkFromMail(stack.t, val.user.email, /\/my-data\/download#token=/);
    await page.goto(link);
    await heading(page, 'Download my data');
    await expectAccessible(page);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download my data' }).click(),
    ]);
    const archive = JSON.parse(readFileSync(await file.path(), 'utf8'));
    expect(archive.data.identity.account.email).toBe(val.user.email);
    await see(page.getByText('Your download has started.', { exact: false }));
    await expectAccessible(page);

    await page.goto('/profile');
    await heading(page, 'My profile');
    await section.getByRole('button', { name: 'Erase my account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Erase your account?' });
    await see(dialog);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Yes, erase my account' }).click();
    await see(section.getByText('Your account is due to be erased'));
    await section.getByRole('button', { name: 'Keep my account' }).click();
    await see(section.getByText('Your account will not be erased.'));
    await see(section.getByRole('button', { name: 'Erase my account' }));
    await expectAccessible(page);
  });

  it('books a place at a workshop and sees it, with when, where and the places left', async () => {
    const startsAt = new Date(Date.now() + 7 * 24 * 3_600_000);
    const workshop = (
      await ok(
        CREATE_TASK,
        {
          input: {
            title: 'Boost your blog',
            kind: 'WORKSHOP',
            description: 'An hour on writing posts people finish.',
            effortHours: 2,
            seats: 1,
            attendeeCapacity: 3,
            startsAt: startsAt.toISOString(),
            remote: false,
            location: 'Harbour House, room 2',
            onlineLink: 'https://meet.example.org/boost',
          },
        },
        admin,
      )
    ).createCommsTask;
    await ok(OPEN_TASK, { id: workshop.id }, admin);
    const dee = await inviteAndJoin(stack.t, admin, 'dee', ['MEMBER']);
    const page = await stack.newPage();
    await signIn(page, dee.user.email, PASSWORD);
    await openNav(page, 'Workshops');
    await heading(page, 'Workshops');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Boost your blog' }) });
    await see(card.getByText('Harbour House, room 2, or online'));
    await see(card.getByText('3 of 3 places left'));
    await expectAccessible(page);

    await card.getByRole('button', { name: 'Register for Boost your blog' }).click();
    await see(card.getByText('Your place is booked. We will remind you the day before.'));
    await see(card.getByText('You have a place'));
    await see(card.getByText('2 of 3 places left'));
    await see(card.getByRole('button', { name: 'Cancel my place at Boost your blog' }));
    await page.reload();
    await heading(page, 'Workshops');
    await see(card.getByText('You have a place'));
    await expectAccessible(page);
  });
});
