import { APPROVE_GROUP_MEMBER, CREATE_GROUP, JOIN_GROUP, POST } from './utils/operations';
import { inviteAndJoin, Session, signUpAdmin } from './utils/story';
import { createTestApp, GraphQLResponse, TestApp } from './utils/test-app';

const UNRESOLVED = 'unresolvedMentions { text problem matches }';
const CREATE_POST = `mutation CreatePost($input: CreatePostInput!) { createPost(input: $input) { id body ${UNRESOLVED} } }`;
const UPDATE_POST = `mutation UpdatePost($input: UpdatePostInput!) { updatePost(input: $input) { id body ${UNRESOLVED} } }`;
const ADD_COMMENT = `mutation AddComment($input: AddCommentInput!) { addComment(input: $input) { id body ${UNRESOLVED} } }`;
const UPDATE_COMMENT = `mutation UpdateComment($input: UpdateCommentInput!) { updateComment(input: $input) { id body ${UNRESOLVED} } }`;
const SUGGEST = `query Suggest($prefix: String!, $groupId: ID) {
  mentionSuggestions(prefix: $prefix, groupId: $groupId) { mention member { id user { displayName } } }
}`;
const MENTIONS = `query { myNotifications(first: 50) { edges { node { kind title count data } } } }`;

/**
 * People write mentions as they speak: `@Marie` finds Marie when she is the only Marie, the composer
 * suggests people as a name is typed, and a mention that reaches no one — two Maries, nobody of that name,
 * someone outside a private group — stays as text and the author is told why.
 */
describe('mentions as people write them', () => {
  let t: TestApp;
  let admin: Session;
  let author: Session;
  let marieCurie: Session;
  let marieBrown: Session;
  let ben: Session;
  let insider: Session;
  let foreigner: Session;
  let groupId: string;

  const ok = async <T = any>(query: string, variables: Record<string, unknown>, who: Session): Promise<T> => {
    const res = await t.gql<T>(query, variables, who.accessToken);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const code = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;
  const named = (who: Session, displayName: string) =>
    t.db.query(`UPDATE "user" u SET display_name = $1 FROM membership m WHERE m.user_id = u.id AND m.id = $2`, [
      displayName,
      who.member.id,
    ]);
  const mentionsOf = async (who: Session) =>
    (await ok(MENTIONS, {}, who)).myNotifications.edges
      .map((e: any) => e.node)
      .filter((n: any) => n.kind === 'COMMUNITY_MENTION');
  const post = async (body: string, extra: Record<string, unknown> = {}) =>
    (await ok(CREATE_POST, { input: { body, ...extra } }, author)).createPost;
  const suggest = async (who: Session, prefix: string, extra: Record<string, unknown> = {}) =>
    (await ok(SUGGEST, { prefix, ...extra }, who)).mentionSuggestions.map(
      (s: any) => `${s.member.user.displayName} → @${s.mention}`,
    );

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signUpAdmin(t, 'Mentions Council', 'ada');
    [author, marieCurie, marieBrown, ben, insider] = await Promise.all([
      inviteAndJoin(t, admin, 'aria'),
      inviteAndJoin(t, admin, 'mcurie'),
      inviteAndJoin(t, admin, 'mbrown'),
      inviteAndJoin(t, admin, 'ben'),
      inviteAndJoin(t, admin, 'ivan'),
    ]);
    await named(marieCurie, 'Marie Curie');
    await named(marieBrown, 'Marie Brown');
    await named(ben, 'Ben Blogger');
    // Another organisation has a Zed, and a Ben of its own.
    const otherAdmin = await signUpAdmin(t, 'Elsewhere Borough', 'zed');
    foreigner = otherAdmin;
    await named(foreigner, 'Zed Zimmer');
    await named(await inviteAndJoin(t, otherAdmin, 'benf'), 'Ben Foreign');

    groupId = (await ok(CREATE_GROUP, { input: { name: 'Inner circle', privacy: 'PRIVATE' } }, author)).createGroup.id;
    await ok(JOIN_GROUP, { groupId }, insider);
    await ok(APPROVE_GROUP_MEMBER, { groupId, memberId: insider.member.id }, author);
  });

  afterAll(() => t?.close());

  it('finds the only Ben by first name, writes his full name in the post and notifies him', async () => {
    const created = await post('Great blog, @Ben! Thanks.');
    expect(created.body).toBe('Great blog, @Ben.Blogger! Thanks.');
    expect(created.unresolvedMentions).toEqual([]);
    expect(await mentionsOf(ben)).toEqual([
      expect.objectContaining({ title: 'aria person mentioned you in a post', data: { postId: created.id } }),
    ]);
    // Read back later, the post carries no report: that is for the author's response only.
    expect((await ok(POST, { id: created.id }, ben)).post.body).toContain('@Ben.Blogger');
  });

  it('leaves an ambiguous or unknown mention as text, notifies no one, and tells the author why', async () => {
    const created = await post('Over to @Marie and @Zed, cc @Marie.Curie and @Nobody');
    expect(created.body).toBe('Over to @Marie and @Zed, cc @Marie.Curie and @Nobody');
    expect(created.unresolvedMentions).toEqual([
      { text: '@Marie', problem: 'AMBIGUOUS', matches: 2 },
      // Zed is in another organisation: as unknown as a name nobody has.
      { text: '@Zed', problem: 'NOT_FOUND', matches: 0 },
      { text: '@Nobody', problem: 'NOT_FOUND', matches: 0 },
    ]);
    expect(await mentionsOf(marieCurie)).toEqual([expect.objectContaining({ data: { postId: created.id } })]);
    expect(await mentionsOf(marieBrown)).toEqual([]);
    expect(await mentionsOf(foreigner)).toEqual([]);
  });

  it('tells the author when the one person named cannot read the private group', async () => {
    const created = await post('Inner circle only: @Ben and @ivan', { groupId });
    expect(created.unresolvedMentions).toEqual([{ text: '@Ben', problem: 'CANNOT_SEE', matches: 1 }]);
    expect(await mentionsOf(insider)).toEqual([expect.objectContaining({ data: { postId: created.id } })]);
    expect(await mentionsOf(ben)).toHaveLength(1);
  });

  it('notifies only the people an edit adds, in posts and comments', async () => {
    const created = await post('Drafting with @Marie.Brown');
    expect(await mentionsOf(marieBrown)).toHaveLength(1);
    const edited = (
      await ok(UPDATE_POST, { input: { postId: created.id, body: 'Drafting with @Marie.Brown and @Marie' } }, author)
    ).updatePost;
    expect(edited.unresolvedMentions).toEqual([{ text: '@Marie', problem: 'AMBIGUOUS', matches: 2 }]);
    expect((await mentionsOf(marieBrown))[0].count).toBe(1);

    const comment = (await ok(ADD_COMMENT, { input: { postId: created.id, body: 'Agreed, @marie.brown' } }, ben))
      .addComment;
    expect(comment.unresolvedMentions).toEqual([]);
    // Mentions in one post's thread are grouped into one notification, counting each.
    const [beforeEdit] = await mentionsOf(marieBrown);
    expect(beforeEdit).toMatchObject({ title: 'Ben Blogger mentioned you in a comment', count: 2 });

    const changed = (
      await ok(UPDATE_COMMENT, { input: { commentId: comment.id, body: 'Agreed, @marie.brown and @Ivan' } }, ben)
    ).updateComment;
    expect(changed.body).toBe('Agreed, @Marie.Brown and @ivan.person');
    expect(await mentionsOf(insider)).toEqual(
      expect.arrayContaining([expect.objectContaining({ title: 'Ben Blogger mentioned you in a comment' })]),
    );
    // Marie Brown was already mentioned by the comment: the edit does not notify her again.
    expect(await mentionsOf(marieBrown)).toEqual([beforeEdit]);
  });

  it('suggests colleagues as a name is typed: first names, surnames, never the writer or another organisation', async () => {
    expect(await suggest(author, 'mar')).toEqual(['Marie Brown → @Marie.Brown', 'Marie Curie → @Marie.Curie']);
    expect(await suggest(author, 'Curi')).toEqual(['Marie Curie → @Marie.Curie']);
    expect(await suggest(author, 'ben')).toEqual(['Ben Blogger → @Ben.Blogger']);
    expect(await suggest(author, 'aria')).toEqual([]);
    expect(await suggest(author, 'zed')).toEqual([]);
    // In a private group, only the people who can read it.
    expect(await suggest(author, 'i', { groupId })).toEqual(['ivan person → @ivan.person']);
    expect(await suggest(author, 'ben', { groupId })).toEqual([]);
  });

  it('refuses what it cannot answer, with stable codes', async () => {
    // A private group the writer is not in behaves like a missing one, as does another organisation's.
    expect(code(await t.gql(SUGGEST, { prefix: 'i', groupId }, ben.accessToken))).toBe('NOT_FOUND');
    expect(code(await t.gql(SUGGEST, { prefix: 'i', groupId }, foreigner.accessToken))).toBe('NOT_FOUND');
    const tooLong = await t.gql(SUGGEST, { prefix: 'x'.repeat(81) }, author.accessToken);
    expect(code(tooLong)).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(SUGGEST, { prefix: 'i', groupId: 'not-an-id' }, author.accessToken))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await t.gql(SUGGEST, { prefix: 'mar' }))).toBe('UNAUTHENTICATED');
  });
});
