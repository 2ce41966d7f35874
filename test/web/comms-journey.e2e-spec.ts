import { Page } from 'playwright-core';
import { CREATE_CALL, CREATE_TASK, INTAKE_NOTES, MY_ASSIGNMENTS, MY_SIGN_UPS } from '../utils/operations';
import { inviteAndJoin, PASSWORD, Session, signUpAdmin } from '../utils/story';
import { expectAccessible, heading, see, startWebStack, WebStack } from './support/browser';
import { signIn } from './support/journeys';

/** Waits for an API answer to satisfy `done` (the worker works some things out shortly after). */
async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function openNav(page: Page, name: string) {
  await page.getByRole('link', { name, exact: true }).click();
}

describe('The comms team runs the ambassador programme in the browser', () => {
  let stack: WebStack;
  let admin: Session;
  let comms: Session;
  let val: Session;

  beforeAll(async () => {
    stack = await startWebStack();
    admin = await signUpAdmin(stack.t, 'Riverside Trust', 'rosa');
    [comms, val] = await Promise.all([
      inviteAndJoin(stack.t, admin, 'cora', ['COMMS', 'MEMBER']),
      inviteAndJoin(stack.t, admin, 'val', ['MEMBER']),
    ]);
  }, 90_000);
  afterAll(() => stack?.close());

  it('journey (a): a call is answered, the volunteer is activated, offered a task and accepts — the seat fills live', async () => {
    const page = await stack.newPage();
    await signIn(page, comms.user.email, PASSWORD);

    // Comms drafts a call, then publishes it.
    await openNav(page, 'Calls');
    await heading(page, 'Calls');
    await see(page.getByRole('heading', { name: 'No calls yet' }));
    await expectAccessible(page);
    await page.getByRole('link', { name: 'New call' }).click();
    await heading(page, 'New call');
    await page.getByRole('textbox', { name: /^Title/ }).fill('Digital ambassadors 2026');
    await page.getByRole('textbox', { name: /^Pitch/ }).fill('Help us tell Riverside’s story online.');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await heading(page, 'Digital ambassadors 2026');
    await see(page.getByText('Draft', { exact: true }));
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Publish call' }).dblclick();
    await see(page.getByText('The call is published.'));
    // Its link, to share in the intranet article: copied to the clipboard.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await see(page.getByRole('button', { name: 'Link copied' }));
    const link = String(await page.evaluate('navigator.clipboard.readText()'));
    expect(link).toMatch(new RegExp(`^${stack.baseUrl}/calls/[0-9a-f-]{36}$`));
    await expectAccessible(page);

    // The volunteer opens the shared link: signed out, they sign in and land on the call, and answer it there.
    const vol = await stack.newPage();
    await vol.goto(link);
    await heading(vol, 'Sign in');
    await vol.getByLabel('E-mail address').fill(val.user.email);
    await vol.getByLabel(/^Password/).fill(PASSWORD);
    await vol.getByRole('button', { name: 'Sign in' }).click();
    await heading(vol, 'Digital ambassadors 2026');
    await expectAccessible(vol);
    await vol.getByRole('button', { name: 'Sign up', exact: true }).click();
    const signUpForm = await see(vol.getByRole('dialog', { name: 'Sign up: Digital ambassadors 2026' }));
    await signUpForm.getByRole('textbox', { name: /^Motivation/ }).fill('I blog every week and want to help.');
    await signUpForm.getByRole('textbox', { name: /^Availability/ }).fill('Tuesday afternoons');
    await signUpForm.getByRole('button', { name: 'Send my sign-up' }).dblclick();
    await see(vol.getByText('Thank you for signing up'));
    await see(vol.getByRole('heading', { name: 'Your sign-up' }));
    await expectAccessible(vol);
    const signUps = await stack.t.gql<{ mySignUps: { edges: { node: { id: string } }[] } }>(
      MY_SIGN_UPS,
      {},
      val.accessToken,
    );
    expect(signUps.data!.mySignUps.edges).toHaveLength(1); // the double click signed up once
    const signUpId = signUps.data!.mySignUps.edges[0].node.id;

    await openNav(vol, 'My profile');
    await heading(vol, 'My profile');
    await vol.getByRole('combobox', { name: 'Add a skill' }).fill('Blogging');
    await vol.getByRole('option', { name: 'Blogging', exact: true }).click();
    await vol.getByRole('button', { name: 'Add skill' }).click();
    await see(vol.getByText('Blogging added as Competent.'));
    await vol.getByRole('textbox', { name: 'Hours a month' }).fill('10');
    await vol.getByRole('button', { name: 'Save about me' }).click();
    await see(vol.getByText('Your profile is saved.'));

    // Comms sees them in the pipeline, records an intake note and moves them along:
    // once by dragging with the keyboard, once with a button.
    await openNav(page, 'Sign-up pipeline');
    await heading(page, 'Sign-up pipeline');
    const applied = page.getByRole('region', { name: 'Applied' });
    await see(applied.getByRole('group', { name: 'val person' }));
    await expectAccessible(page);

    const handle = page.getByRole('button', { name: 'Drag val person' });
    await handle.focus();
    await page.keyboard.press('Space');
    // The card is picked up once the handle reports itself pressed; only then do arrow keys move it.
    await page.getByRole('button', { name: 'Drag val person', pressed: true }).waitFor();
    // dnd-kit starts listening for arrow keys in a timer it sets at the pick-up (before the handle reports itself
    // pressed): a timer set now runs after it, so the arrow below is heard.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await page.keyboard.press('ArrowRight');
    await page.getByText('val person is over Talked.').waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await see(page.getByText('val person is now talked.'));
    await see(page.getByRole('region', { name: 'Talked' }).getByRole('group', { name: 'val person' }));

    await page.getByRole('button', { name: 'Intake for val person' }).click();
    const panel = page.getByRole('dialog', { name: 'Intake: val person' });
    await see(panel.getByText('I blog every week and want to help.'));
    await see(panel.getByText('No notes yet.', { exact: false }));
    await panel.getByLabel('New intake note').fill('Keen blogger; free on Tuesdays. Talked on the phone.');
    await expectAccessible(page);
    await panel.getByRole('button', { name: 'Add note' }).dblclick();
    await see(panel.getByText('Keen blogger; free on Tuesdays. Talked on the phone.'));
    const notes = await eventually(
      async () =>
        (await stack.t.gql<{ intakeNotes: unknown[] }>(INTAKE_NOTES, { signUpId }, comms.accessToken)).data!
          .intakeNotes,
      (n) => n.length > 0,
    );
    expect(notes).toHaveLength(1); // the double click added one note
    const noteItem = panel.locator('li').filter({ hasText: 'Keen blogger; free on Tuesdays.' });
    await see(noteItem.first()); // the list re-reads the notes after adding one
    expect(await noteItem.count()).toBe(1);

    // The intake as structure: where they are online and their hours; the card shows it.
    await panel.getByRole('checkbox', { name: 'Blog' }).check();
    await panel.getByRole('textbox', { name: 'Hours a month' }).fill('8');
    await panel.getByRole('button', { name: 'Save intake' }).click();
    await see(panel.getByText('Intake saved.', { exact: false }));
    await expectAccessible(page);
    await see(page.getByRole('group', { name: 'val person' }).getByText('Blog · 8 h a month'));
    // The volunteer reads it on the call's page and copies it to their profile themselves.
    await vol.goto(link);
    await see(vol.getByText('Hours a month: 8'));
    await vol.getByRole('button', { name: 'Copy to my profile' }).click();
    await see(vol.getByText('Copied: your profile now shows these skills and hours.'));
    await expectAccessible(vol);

    await panel.getByRole('button', { name: 'Activate' }).click();
    await see(page.getByText('val person is now active.'));
    await page.keyboard.press('Escape');
    await see(page.getByRole('region', { name: 'Active' }).getByRole('group', { name: 'val person' }));
    await expectAccessible(page);

    // Comms creates a task needing a blogger, and publishes it.
    await openNav(page, 'Tasks');
    await heading(page, 'Tasks');
    await see(page.getByRole('heading', { name: 'No tasks yet' }));
    await expectAccessible(page);
    await page.getByRole('link', { name: 'New task' }).click();
    await heading(page, 'New task');
    await page.getByRole('textbox', { name: /^Title/ }).fill('Write our volunteering week blog');
    await page.getByRole('textbox', { name: /^Hours per volunteer/ }).fill('3');
    await page.getByPlaceholder('Type a skill, e.g. blogging').fill('Blogging');
    await page.getByRole('option', { name: 'Blogging', exact: true }).click();
    await see(page.getByText('Minimum level for Blogging'));
    await page.keyboard.press('Escape');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await heading(page, 'Write our volunteering week blog');
    await see(page.getByText('0 of 1 seat filled'));
    await page.getByRole('button', { name: 'Publish task' }).click();
    await see(page.getByText('The task is published.'));

    // The volunteer's "For you" has it, with the explanation (matching runs in the worker:
    // the volunteer looks again until it is there, as a person would).
    const matched = vol
      .getByRole('list', { name: 'Tasks matched to you, best first' })
      .getByRole('listitem')
      .filter({
        has: vol.getByRole('heading', { name: 'Write our volunteering week blog' }),
      });
    await openNav(vol, 'For you');
    await eventually(
      async () => {
        await vol.reload();
        await heading(vol, 'For you');
        await vol.getByRole('heading', { name: 'No tasks matched to you yet' }).or(matched).first().waitFor();
        return matched.count();
      },
      (n) => n === 1,
    );
    await see(matched.getByText(/^Why you:.*Blogging/));
    await expectAccessible(vol);

    // Comms sees val among the best-matched volunteers, with why, and offers the task.
    const candidate = page.getByRole('listitem').filter({ hasText: 'val person' });
    await see(candidate);
    await see(candidate.getByText(/Blogging/));
    await see(
      page
        .getByRole('region', { name: 'The volunteer pool' })
        .getByText('1 of 1 active ambassador can be matched to this task.'),
    );
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Offer to val person' }).click();
    const offer = page.getByRole('dialog', { name: 'Offer the task to val person' });
    await offer.getByLabel('A personal note (optional)').fill('Your posts are great — fancy this one?');
    await expectAccessible(page);
    await offer.getByRole('button', { name: 'Send offer' }).dblclick();
    await see(page.getByRole('cell', { name: 'Offered' }));

    const offers = await stack.t.gql<{ myAssignments: { edges: { node: { id: string } }[] } }>(
      MY_ASSIGNMENTS,
      { statuses: ['OFFERED'] },
      val.accessToken,
    );
    expect(offers.data!.myAssignments.edges).toHaveLength(1); // the double click sent one offer

    // The volunteer accepts in their browser; the comms page shows the seat filled without a reload.
    await openNav(vol, 'My offers');
    await heading(vol, 'My offers');
    const offerCard = vol.getByRole('article', { name: 'Write our volunteering week blog' });
    await see(offerCard.getByText('Your posts are great — fancy this one?'));
    await expectAccessible(vol);
    await offerCard.getByRole('button', { name: 'Accept' }).dblclick();
    await see(offerCard.getByText('You accepted this task'));
    expect(await offerCard.getByRole('alert').count()).toBe(0); // the second click did not fail as a repeat
    await see(page.getByText('1 of 1 seat filled'));
    await see(page.getByRole('cell', { name: 'Accepted' }));
    await expectAccessible(page);
  }, 180_000);

  it('every other comms page works and is accessible; a deep link to another organisation’s task is not found', async () => {
    const page = await stack.newPage();
    await signIn(page, comms.user.email, PASSWORD);

    await openNav(page, 'Ideas');
    await heading(page, 'Ideas');
    await expectAccessible(page);

    await openNav(page, 'Plan');
    await heading(page, 'Plan');
    await see(page.getByRole('heading', { name: 'No plan yet' }));
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Run the plan' }).click();
    await see(page.getByRole('heading', { name: /placements? proposed/ }));
    await see(page.getByText(/at most \d+(\.\d)? % from the best possible plan/));
    await expectAccessible(page);

    await openNav(page, 'Dashboard');
    await heading(page, 'Programme dashboard');
    await see(page.getByRole('heading', { name: 'Sign-ups by stage' }));
    await see(page.getByText(/^\d+ sign-ups?: \d+ applied, \d+ talked, \d+ active/));
    await page.getByText('The figures as a table').first().click();
    await see(page.getByRole('table', { name: 'Sign-ups by stage' }));
    await expectAccessible(page);

    // Someone else's task: the app's not-found page, not an error.
    const other = await signUpAdmin(stack.t, 'Elsewhere Ltd', 'otto');
    const foreign = await stack.t.gql<{ createCommsTask: { id: string } }>(
      CREATE_TASK,
      { input: { title: 'Not yours', kind: 'OTHER', effortHours: 1, seats: 1 } },
      other.accessToken,
    );
    await page.goto(`/comms/tasks/${foreign.data!.createCommsTask.id}`);
    await heading(page, 'Page not found');
    const foreignCall = await stack.t.gql<{ createAmbassadorCall: { id: string } }>(
      CREATE_CALL,
      { input: { title: 'Not yours either', pitch: 'Elsewhere’s call.' } },
      other.accessToken,
    );
    await page.goto(`/comms/calls/${foreignCall.data!.createAmbassadorCall.id}`);
    await heading(page, 'Page not found');
    await page.goto('/comms/calls/not-a-call');
    await heading(page, 'Page not found');
    await expectAccessible(page);
  }, 120_000);
});
