import { APPOINT_TOPIC_MANAGER, CREATE_POST } from '../utils/operations';
import { PASSWORD, Session } from '../utils/story';
import { expectAccessible, heading, see, WebStack } from './support/browser';
import { startCommunityStack } from './support/community';
import { signIn } from './support/journeys';

describe('The community in the browser', () => {
  let stack: WebStack;
  let admin: Session;
  let ann: Session;
  let ben: Session;
  let cat: Session;
  let cora: Session;

  beforeAll(async () => {
    ({ stack, admin, ann, ben, cat, cora } = await startCommunityStack('Harbour Trust'));
    // The topic exists from an earlier post; the admin makes cat its manager.
    const earlier = await stack.t.gql<{ createPost: { topics: { id: string }[] } }>(
      CREATE_POST,
      { input: { body: 'Welcome to #engagement, where we share what works' } },
      admin.accessToken,
    );
    const topicId = earlier.data!.createPost.topics[0].id;
    const appointed = await stack.t.gql(APPOINT_TOPIC_MANAGER, { topicId, memberId: cat.member.id }, admin.accessToken);
    expect(appointed.errors).toBeUndefined();
  }, 90_000);
  afterAll(() => stack?.close());

  it('journey (b): a post with #engagement appears in the topic and live in a follower’s feed; only a manager can pin it', async () => {
    // Ben follows the topic from its page, then reads his feed.
    const benPage = await stack.newPage();
    // The feed's live subscription is sent over the app's one socket (opened at sign-in for notifications).
    const subscribed = new Promise<void>((resolve) =>
      benPage.on('websocket', (ws) =>
        ws.on('framesent', (frame) => {
          if (String(frame.payload).includes('CommunityNewPost')) resolve();
        }),
      ),
    );
    await signIn(benPage, ben.user.email, PASSWORD);
    await benPage.goto('/community/topics/engagement');
    await heading(benPage, '#engagement');
    await see(benPage.getByText('Managed by cat person'));
    await benPage.getByRole('button', { name: 'Follow topic' }).click();
    await see(benPage.getByRole('button', { name: 'Following' }));
    await expectAccessible(benPage);
    // A plain member has no moderation actions.
    await see(benPage.getByRole('article', { name: 'Post by rosa person' }));
    expect(await benPage.getByRole('button', { name: 'Pin to topic' }).count()).toBe(0);
    expect(await benPage.getByRole('button', { name: 'Remove' }).count()).toBe(0);

    await benPage.getByRole('link', { name: 'Feed', exact: true }).click();
    await heading(benPage, 'Community');
    await subscribed;
    await expectAccessible(benPage);

    // Ann writes the post, choosing the topic from the suggestions, and previews it.
    const annPage = await stack.newPage();
    await signIn(annPage, ann.user.email, PASSWORD);
    await annPage.goto('/community');
    await heading(annPage, 'Community');
    const composer = annPage.getByRole('textbox', { name: 'Your post' });
    await composer.fill('Our **drop-in** doubled sign-ups #enga');
    await annPage.getByRole('option', { name: '#engagement' }).click();
    expect(await composer.inputValue()).toBe('Our **drop-in** doubled sign-ups #engagement ');
    await composer.press('End');
    await composer.pressSequentially('thanks to everyone');
    await expectAccessible(annPage);
    await annPage.getByRole('tab', { name: 'Preview' }).click();
    const preview = annPage.getByRole('region', { name: 'Preview of your post' });
    await see(preview.locator('strong', { hasText: 'drop-in' }));
    await annPage.getByRole('button', { name: 'Post', exact: true }).click();
    await see(annPage.getByRole('tab', { name: 'Write', selected: true }));
    expect(await annPage.getByRole('textbox', { name: 'Your post' }).inputValue()).toBe('');

    // Live in Ben's feed, but only once he asks: nothing moves while he reads.
    const newPosts = await see(benPage.getByRole('button', { name: 'Show 1 new post' }));
    expect(await benPage.getByText('doubled sign-ups').count()).toBe(0);
    await newPosts.click();
    const inFeed = await see(benPage.getByRole('article', { name: 'Post by ann person' }));
    await see(inFeed.locator('strong', { hasText: 'drop-in' }));
    expect(await benPage.getByRole('button', { name: /new post/ }).count()).toBe(0);
    // Ben likes it and replies.
    await inFeed.getByRole('button', { name: 'Like', exact: true, pressed: false }).click();
    // The button is his own reaction; the line beside it counts everyone's, by kind.
    await see(inFeed.getByRole('button', { name: 'Liked', pressed: true }));
    await see(inFeed.getByText('1 reaction: Like 1'));
    await inFeed.getByRole('button', { name: 'Reply' }).click();
    await inFeed.getByRole('textbox', { name: 'Your reply' }).fill('Brilliant — what did you change?');
    await inFeed.getByRole('button', { name: 'Send reply' }).click();
    await see(inFeed.getByText('Brilliant — what did you change?'));
    await see(inFeed.getByRole('button', { name: '1 reply' }));
    await expectAccessible(benPage);

    // The post is in the topic: cat, its manager, pins it.
    await inFeed.getByRole('link', { name: '#engagement' }).click();
    await heading(benPage, '#engagement');
    await see(benPage.getByRole('article', { name: 'Post by ann person' }));
    expect(await benPage.getByRole('button', { name: 'Pin to topic' }).count()).toBe(0);

    const catPage = await stack.newPage();
    await signIn(catPage, cat.user.email, PASSWORD);
    await catPage.goto('/community/topics/engagement');
    await heading(catPage, '#engagement');
    const annsPost = await see(catPage.getByRole('article', { name: 'Post by ann person' }));
    await annsPost.getByRole('button', { name: 'Pin to topic' }).click();
    const pinned = catPage.getByRole('region', { name: 'Pinned' });
    await see(pinned.getByRole('article', { name: 'Post by ann person' }));
    await see(pinned.getByRole('button', { name: 'Unpin' }));
    // axe judges the page at rest: the pinned card now sits under the pointer, whose hover colours are the theme's.
    await catPage.mouse.move(0, 0);
    await expectAccessible(catPage);

    // Ben sees it pinned first, still without any action of a manager.
    await benPage.reload();
    const benPinned = benPage.getByRole('region', { name: 'Pinned' });
    await see(benPinned.getByRole('article', { name: 'Post by ann person' }));
    expect(await benPage.getByRole('button', { name: /Pin to topic|Unpin|Remove/ }).count()).toBe(0);

    // Ann mentions Ben by picking him as she types his name; a name nobody has is reported after posting.
    await composer.fill('Over to @be');
    await annPage.getByRole('option', { name: 'ben person (@ben.person)' }).click();
    await composer.press('End');
    await composer.pressSequentially('and @Nobody');
    await annPage.getByRole('button', { name: 'Post', exact: true }).click();
    const reached = await see(annPage.getByRole('status').getByText('Posted, but some mentions reached no one'));
    await see(annPage.getByRole('status').getByText('@Nobody: nobody here has this name.'));
    await see(annPage.getByRole('article', { name: 'Post by ann person' }).first().getByText('Over to @ben.person'));
    await expectAccessible(annPage);
    void reached;
  }, 150_000); // three people in three browsers

  it('gives comms the moderation actions on every topic and works on a phone', async () => {
    const page = await stack.newPage({ viewport: { width: 360, height: 740 } });
    await signIn(page, cora.user.email, PASSWORD);
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await page.getByRole('link', { name: 'Feed', exact: true }).click();
    await heading(page, 'Community');
    await see(page.getByRole('tab', { name: 'Write' }));
    await expectAccessible(page);
    await page.goto('/community/topics/engagement');
    await heading(page, '#engagement');
    await see(page.getByRole('button', { name: /^(Pin to topic|Unpin)$/ }).first());
    await see(page.getByRole('button', { name: 'Remove' }).first());
    await expectAccessible(page);
    await page.goto('/community/topics/no_such_topic');
    await see(page.getByText(/not found|could not find/i).first());
  });
});
