import { COMMUNITY_HEALTH, CREATE_POST, IS_FOLLOWING, MY_COMMUNITY_SETTINGS } from '../utils/operations';
import { PASSWORD, Session } from '../utils/story';
import { expectAccessible, heading, see, WebStack } from './support/browser';
import { startCommunityStack } from './support/community';
import { signIn } from './support/journeys';

describe('Community groups, follows, settings and health in the browser', () => {
  let stack: WebStack;
  let ann: Session;
  let ben: Session;
  let cat: Session;
  let cora: Session;

  beforeAll(async () => {
    ({ stack, ann, ben, cat, cora } = await startCommunityStack('Quayside Trust'));
    const posted = await stack.t.gql(
      CREATE_POST,
      { input: { body: 'Cake stall on Saturday #fundraising' } },
      cat.accessToken,
    );
    expect(posted.errors).toBeUndefined();
  }, 90_000);
  afterAll(() => stack?.close());

  const api = async <T = any>(query: string, variables: Record<string, unknown>, who: Session): Promise<T> => {
    const res = await stack.t.gql<T>(query, variables, who.accessToken);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  it('keeps a private group’s posts from a non-member until a manager approves their request', async () => {
    const annPage = await stack.newPage();
    await signIn(annPage, ann.user.email, PASSWORD);
    await annPage.getByRole('link', { name: 'Groups', exact: true }).click();
    await heading(annPage, 'Groups');
    await see(annPage.getByText('No groups yet'));
    await expectAccessible(annPage);

    // Bad input at the field, with what was typed kept.
    await annPage.getByRole('button', { name: 'New group' }).click();
    const dialog = await see(annPage.getByRole('dialog', { name: 'New group' }));
    await dialog.getByRole('button', { name: 'Create group' }).click();
    await see(dialog.getByText('Give the group a name'));
    const name = dialog.getByRole('textbox', { name: /^Name/ });
    const tooLong = 'T'.repeat(81);
    await name.fill(tooLong);
    await dialog.getByRole('button', { name: 'Create group' }).click();
    await see(dialog.getByText('A group name has at most 80 characters'));
    expect(await name.inputValue()).toBe(tooLong);
    await expectAccessible(annPage);
    await name.fill('Trustees');
    await dialog.getByLabel('What the group is for').fill('Board papers before they are final.');
    await dialog.getByRole('radio', { name: /^Private/ }).check();
    await dialog.getByRole('button', { name: 'Create group' }).click();
    await heading(annPage, 'Trustees');
    await see(annPage.getByText('You manage this group'));

    // Ann posts into the group from its composer.
    await annPage.getByRole('textbox', { name: 'Your post' }).fill('Board paper for Thursday #budget');
    await annPage.getByRole('button', { name: 'Post', exact: true }).click();
    const annsPost = await see(annPage.getByRole('article', { name: 'Post by ann person' }));
    await see(annsPost.getByText('Board paper for Thursday'));
    await expectAccessible(annPage);

    // Ben, on a phone, finds the group but not its posts or members; nor does his feed show the post.
    const benPage = await stack.newPage({ viewport: { width: 360, height: 740 } });
    await signIn(benPage, ben.user.email, PASSWORD);
    await benPage.goto('/community');
    await heading(benPage, 'Community');
    await see(benPage.getByText('Your feed is empty').or(benPage.getByRole('article').first()));
    expect(await benPage.getByText('Board paper for Thursday').count()).toBe(0);
    await benPage.goto('/community/groups');
    await heading(benPage, 'Groups');
    await see(benPage.getByText('Private', { exact: true }));
    await expectAccessible(benPage);
    await benPage.getByRole('link', { name: 'Trustees' }).click();
    await heading(benPage, 'Trustees');
    await see(benPage.getByRole('heading', { name: 'This group is private' }));
    expect(await benPage.getByText('Board paper for Thursday').count()).toBe(0);
    expect(await benPage.getByRole('heading', { name: 'Members' }).count()).toBe(0);
    await benPage.getByRole('button', { name: 'Ask to join' }).click();
    await see(benPage.getByRole('button', { name: 'Withdraw request' }));
    await see(benPage.getByText('You have asked to join.', { exact: false }));
    expect(await benPage.getByText('Board paper for Thursday').count()).toBe(0);
    await expectAccessible(benPage);

    // Ann approves; Ben now reads the post and is listed as a member.
    await annPage.reload();
    await see(annPage.getByRole('heading', { name: 'Requests to join' }));
    await expectAccessible(annPage);
    await annPage.getByRole('button', { name: 'Approve ben person' }).click();
    const members = annPage.getByRole('region', { name: 'Members' });
    await see(members.getByRole('link', { name: 'ben person' }));
    expect(await annPage.getByRole('heading', { name: 'Requests to join' }).count()).toBe(0);
    // Ann shares the managing with Ben; taking it back asks first.
    await members.getByRole('button', { name: 'Make ben person a manager' }).click();
    await members.getByRole('button', { name: 'Remove ben person as manager' }).click();
    await see(members.getByText('ben person stays a member but no longer manages the group.'));
    await expectAccessible(annPage);
    await members.getByRole('button', { name: 'Keep it' }).click();
    await see(members.getByRole('button', { name: 'Remove ben person as manager' }));

    await benPage.reload();
    await heading(benPage, 'Trustees');
    await see(benPage.getByRole('article', { name: 'Post by ann person' }).getByText('Board paper for Thursday'));
    await see(benPage.getByRole('button', { name: 'Leave group' }));
    await see(benPage.getByText('You manage this group'));
    await expectAccessible(benPage);
  }, 120_000);

  it('follows a topic from the topics list and a person from their name, and saves the digest choice', async () => {
    const page = await stack.newPage();
    await signIn(page, ben.user.email, PASSWORD);
    await page.getByRole('link', { name: 'Topics', exact: true }).click();
    await heading(page, 'Topics');
    const followed = page.getByRole('region', { name: 'Topics you follow' });
    await see(followed.getByText('You do not follow any topics yet', { exact: false }));
    const popular = page.getByRole('region', { name: 'Popular this month' });
    await see(popular.getByRole('link', { name: '#fundraising' }));
    await expectAccessible(page);
    await popular.getByRole('button', { name: 'Follow #fundraising' }).click();
    await see(popular.getByRole('button', { name: 'Following #fundraising', pressed: true }));
    await see(followed.getByRole('link', { name: '#fundraising' }));
    await see(popular.getByText('1 follower'));

    // The topic's post is now in his feed; its author's name leads to her page.
    await page.getByRole('link', { name: 'Feed', exact: true }).click();
    await heading(page, 'Community');
    const catsPost = await see(page.getByRole('article', { name: 'Post by cat person' }));
    await catsPost.getByRole('link', { name: 'cat person' }).click();
    await heading(page, 'cat person');
    await see(page.getByText('Cake stall on Saturday'));
    await page.getByRole('button', { name: 'Follow cat person' }).click();
    await see(page.getByRole('button', { name: 'Following cat person', pressed: true }));
    expect(await api(IS_FOLLOWING, { targetType: 'MEMBER', targetId: cat.member.id }, ben)).toEqual({
      isFollowing: true,
    });
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Community settings' }).click();
    await heading(page, 'Community settings');
    await see(page.getByRole('radio', { name: 'Weekly', checked: true }));
    await page.getByRole('button', { name: 'Preview my digest' }).click();
    const preview = page.getByRole('region', { name: 'Digest preview' });
    await see(preview.getByText(/^Your weekly community digest: \d+ new posts?$/));
    await see(preview.getByText(/Nothing has been sent\./));
    await see(preview.getByText(/^Hello ben person,/));
    await page.getByRole('radio', { name: 'Daily' }).click();
    await see(page.getByText('Digest set to daily.'));
    await see(page.getByRole('radio', { name: 'Daily', checked: true }));
    await page.getByRole('switch', { name: 'Follow everyone' }).click();
    await see(page.getByText('You now follow everyone.'));
    await see(page.getByRole('switch', { name: 'Follow everyone', checked: true }));
    expect((await api(MY_COMMUNITY_SETTINGS, {}, ben)).myCommunitySettings).toEqual({
      digestFrequency: 'DAILY',
      followEveryone: true,
    });
    await expectAccessible(page);
  }, 90_000);

  it('lets a member edit their own post within the limits and react with more than a like', async () => {
    await api(CREATE_POST, { input: { body: 'Who has a tea urn for Saturday? #fundraising' } }, ben);
    const page = await stack.newPage();
    await signIn(page, ben.user.email, PASSWORD);
    await page.goto('/community');
    await heading(page, 'Community');
    const own = await see(page.getByRole('article', { name: 'Post by ben person' }).first());
    const others = await see(page.getByRole('article', { name: 'Post by cat person' }));
    expect(await others.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    await own.getByRole('button', { name: 'Edit' }).click();
    const editor = own.getByRole('textbox', { name: 'Edit your post' });
    const tooLong = 'x'.repeat(10_001);
    await editor.fill(tooLong);
    await own.getByRole('button', { name: 'Save changes' }).click();
    await see(own.getByText('A post can be at most 10000 characters'));
    expect(await editor.inputValue()).toBe(tooLong);
    await expectAccessible(page);
    await editor.fill('Found a tea urn, thank you! #fundraising');
    await own.getByRole('button', { name: 'Save changes' }).click();
    await see(own.getByText('Found a tea urn, thank you!'));
    await see(own.getByText(/· edited/));

    await others.getByRole('button', { name: 'More reactions' }).click();
    const choices = await see(page.getByRole('group', { name: 'Reactions' }));
    await expectAccessible(page);
    await choices.getByRole('button', { name: 'Celebrate' }).click();
    await see(others.getByRole('button', { name: 'Celebrated', pressed: true }));
    await see(others.getByText('1 reaction: Celebrate 1'));
    await others.getByRole('button', { name: 'Celebrated' }).click();
    await see(others.getByRole('button', { name: 'Like', exact: true, pressed: false }));

    // A reply to a reply: one level deep, under the comment it answers.
    await others.getByRole('button', { name: 'Reply', exact: true }).click();
    await others.getByRole('textbox', { name: 'Your reply' }).fill('I can bake a lemon drizzle.');
    await others.getByRole('button', { name: 'Send reply' }).click();
    await see(others.getByText('I can bake a lemon drizzle.'));
    await others.getByRole('button', { name: 'Reply to ben person' }).click();
    await others.getByRole('textbox', { name: 'Your reply to ben person' }).fill('And scones!');
    await others.getByRole('button', { name: 'Send reply' }).first().click();
    await see(others.getByText('And scones!'));
    await see(others.getByRole('button', { name: '2 replies' }));
    await expectAccessible(page);
    // He edits his first reply and deletes the second, after confirming.
    await others.getByRole('button', { name: 'Edit your reply' }).first().click();
    await others.getByRole('textbox', { name: 'Edit your reply' }).fill('I can bake two lemon drizzles.');
    await others.getByRole('button', { name: 'Save reply' }).click();
    await see(others.getByText('I can bake two lemon drizzles.'));
    await others.getByRole('button', { name: 'Delete your reply' }).last().click();
    await see(others.getByText('Delete your reply?'));
    await others.getByRole('button', { name: 'Delete reply' }).click();
    await see(others.getByRole('button', { name: '1 reply' }));
    await others.getByText('And scones!').waitFor({ state: 'detached' });

    // A question with a link: a link that is not a web address is refused at its field, nothing lost.
    const composer = page.getByRole('form', { name: 'Write a post' });
    await composer.getByRole('textbox', { name: 'Your post' }).fill('Is this the urn we want?');
    await composer.getByLabel('Kind of post').selectOption('Question');
    await composer.getByRole('button', { name: 'Add a link' }).click();
    await composer.getByRole('textbox', { name: 'Link', exact: true }).fill('urn shop');
    await composer.getByRole('button', { name: 'Post', exact: true }).click();
    await see(composer.getByText('Enter the full web address, starting with https://'));
    expect(await composer.getByRole('textbox', { name: 'Your post' }).inputValue()).toBe('Is this the urn we want?');
    await expectAccessible(page);
    await composer.getByRole('textbox', { name: 'Link', exact: true }).fill('https://urns.example.org/big-urn');
    await composer.getByRole('textbox', { name: 'Link title' }).fill('The big urn');
    await composer.getByRole('button', { name: 'Post', exact: true }).click();
    const question = await see(
      page.getByRole('article', { name: 'Post by ben person' }).filter({ hasText: 'urn we want' }),
    );
    await see(question.getByText('Question', { exact: true }));
    expect(await question.getByRole('link', { name: 'The big urn' }).getAttribute('href')).toBe(
      'https://urns.example.org/big-urn',
    );
    // Then thinks better of it: deleting asks first, then the post is gone.
    await question.getByRole('button', { name: 'Delete your post' }).click();
    await see(question.getByText('Delete this post and its replies for everyone?'));
    await expectAccessible(page);
    await question.getByRole('button', { name: 'Delete post' }).click();
    await see(page.getByText('Found a tea urn, thank you!'));
    await page.getByText('urn we want').waitFor({ state: 'detached' });
  }, 150_000);

  it('shows comms the community’s health as the API counts it, lets them appoint topic managers, and no one else', async () => {
    const page = await stack.newPage();
    await signIn(page, cora.user.email, PASSWORD);
    await page.getByRole('link', { name: 'Community health' }).click();
    await heading(page, 'Community health');
    const table = page.getByRole('table', { name: /Community activity per month/ });
    await see(table);
    const health = (await api(COMMUNITY_HEALTH, { months: 6 }, cora)).communityHealth;
    const month = health.trend.at(-1);
    const lastRow = table.getByRole('row').last();
    expect((await lastRow.getByRole('cell').allTextContents()).map(Number)).toEqual([
      month.activeMembers,
      month.posters,
      month.readers,
      month.posts,
      month.replies,
      month.newMembers,
    ]);
    expect(month.posts).toBeGreaterThan(0);
    const monthly = page.getByText('Active in the last 30 days').locator('..');
    await see(monthly.getByText(String(health.monthlyActiveMembers), { exact: true }));
    await see(page.getByText(health.selfSufficiencyNote));
    // The weekly chart's words give this week's figure, as the API counts it.
    const weekly = page.getByRole('region', { name: 'Active members per week' });
    const thisWeek = health.weeklyTrend.at(-1);
    const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
      new Date(`${thisWeek.week}T00:00:00Z`),
    );
    await see(weekly.getByText(new RegExp(`${day} ${thisWeek.activeMembers}\\. The shaded lines`)));
    const topics = page.getByRole('table', { name: /per topic/ });
    const fundraising = health.topics.find((t: { tag: string }) => t.tag === 'fundraising');
    expect(fundraising).toMatchObject({ posts: 2, replies: 1 }); // ben's reply (his answer to it he deleted)
    await see(topics.getByRole('row', { name: `#fundraising ${fundraising.posts} ${fundraising.replies}` }));
    await expectAccessible(page);

    await page.goto('/community/topics/fundraising');
    await heading(page, '#fundraising');
    const managers = page.getByRole('region', { name: 'Topic managers' });
    await see(managers.getByText('No managers yet.'));
    await managers.getByRole('button', { name: 'Appoint' }).click();
    await see(managers.getByText('Choose a member to appoint'));
    await managers.getByLabel('Appoint a manager').fill('cat');
    await page.getByRole('option', { name: 'cat person' }).click();
    await managers.getByRole('button', { name: 'Appoint' }).click();
    await see(managers.getByRole('button', { name: 'Remove cat person as manager' }));
    await see(page.getByText('Managed by cat person'));
    await expectAccessible(page);
    // Comms describe the topic; the API's limit holds at the field.
    await page.getByRole('button', { name: 'Add a description' }).click();
    const description = page.getByRole('textbox', { name: 'Topic description' });
    await description.fill('x'.repeat(2001));
    await page.getByRole('button', { name: 'Save description' }).click();
    await see(page.getByText('A description can be at most 2000 characters'));
    await description.fill('Raising money for the harbour café');
    await page.getByRole('button', { name: 'Save description' }).click();
    await see(page.getByText('Raising money for the harbour café'));
    await see(page.getByRole('button', { name: 'Edit description' }));

    // A plain member neither has the health page nor manages topics.
    const member = await stack.newPage();
    await signIn(member, ann.user.email, PASSWORD);
    expect(await member.getByRole('link', { name: 'Community health' }).count()).toBe(0);
    await member.goto('/community/health');
    await heading(member, 'Not available to you');
    await member.goto('/community/topics/fundraising');
    await heading(member, '#fundraising');
    await see(member.getByText('Raising money for the harbour café'));
    expect(await member.getByRole('region', { name: 'Topic managers' }).count()).toBe(0);
    expect(await member.getByRole('button', { name: /description/ }).count()).toBe(0);
  }, 90_000);
});
