import { QueueName } from '@crowdcomms/queue';
import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { ADD_COMMENT, CREATE_POST, POST, POST_COMMENTS } from './utils/operations';
import { failureOf, inviteAndJoin, Session, signUpAdmin } from './utils/story';
import { createTestApp, TestApp } from './utils/test-app';

const REQUEST_ERASURE = 'mutation { requestErasure { id } }';
const KEEP_CONTENT = 'mutation ($on: Boolean!) { setKeepRepliedContentOnErasure(enabled: $on) }';
const SETTINGS = '{ organisationSettings { keepRepliedContentOnErasure } }';

/**
 * "Posts and comments others replied to remain as 'a former member' with their text removed,
 * unless the organisation chooses to keep content" — both settings, through the API and the worker.
 */
describe('Erasure: what happens to posts and comments others replied to', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let admin: Session;
  let reader: Session;

  beforeAll(async () => {
    t = await createTestApp({ ERASURE_COOLING_OFF_HOURS: '1' });
    worker = await t.startWorker();
    admin = await signUpAdmin(t, 'Keepsake Council', 'ada');
    reader = await inviteAndJoin(t, admin, 'rhiannon');
  }, 60_000);
  afterAll(() => t.close());

  async function ok<T = any>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const res = await t.gql<T>(query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as T;
  }

  /**
   * A member writes a post naming themselves and a comment; a colleague replies to both,
   * mentioning them; then they are erased (cooling-off skipped) and the worker carries it out.
   */
  async function writeRepliedThingsThenErase(name: string) {
    const writer = await inviteAndJoin(t, admin, name);
    const { createPost } = await ok(
      CREATE_POST,
      { input: { body: `Tips for a better intranet page, from ${name} person (@${name}.person)` } },
      writer.accessToken,
    );
    const { addComment } = await ok(
      ADD_COMMENT,
      { input: { postId: createPost.id, body: 'Shorter headings help screen-reader users too' } },
      writer.accessToken,
    );
    await ok(ADD_COMMENT, { input: { postId: createPost.id, body: `Thanks @${name}.person!` } }, reader.accessToken);
    await ok(
      ADD_COMMENT,
      { input: { postId: createPost.id, parentCommentId: addComment.id, body: 'Agreed' } },
      reader.accessToken,
    );
    const { requestErasure } = await ok(REQUEST_ERASURE, {}, writer.accessToken);
    await t.db.query(`UPDATE privacy_request SET not_before = now() WHERE id = $1`, [requestErasure.id]);
    const queue = worker.get<Queue>(getQueueToken(QueueName.PRIVACY), { strict: false });
    await queue.add('erase', { organisationId: admin.organisation.id, requestId: requestErasure.id });
    for (let i = 0; i < 300; i++) {
      const [row] = await t.db.query('SELECT status FROM privacy_request WHERE id = $1', [requestErasure.id]);
      if (row.status === 'COMPLETED') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const { post } = await ok(POST, { id: createPost.id }, reader.accessToken);
    const { postComments } = await ok(POST_COMMENTS, { postId: createPost.id }, reader.accessToken);
    const stored = JSON.stringify(
      await t.db.query(
        `SELECT p.body, p.body_html, p.author_membership_id, c.body AS c_body, c.body_html AS c_html, c.author_membership_id AS c_author
           FROM post p JOIN comment c ON c.post_id = p.id WHERE p.id = $1`,
        [createPost.id],
      ),
    );
    return { writer, post, comments: postComments.edges.map((e: any) => e.node), stored };
  }

  it('by default removes the text, leaving "a former member"', async () => {
    expect((await ok(SETTINGS, {}, admin.accessToken)).organisationSettings.keepRepliedContentOnErasure).toBe(false);
    const { writer, post, comments, stored } = await writeRepliedThingsThenErase('gwendolyn');
    expect(post.body).toBe('');
    expect(post.author).toBeNull();
    const theirs = comments.find((c: any) => c.replies.length > 0);
    expect(theirs).toMatchObject({ body: '', author: null, replies: [{ body: 'Agreed' }] });
    expect(comments.map((c: any) => c.body)).toContain('Thanks a former member!');
    for (const needle of [writer.member.id, writer.user.id, writer.user.email, 'gwendolyn', 'intranet', 'Shorter']) {
      expect(stored).not.toContain(needle);
    }
  });

  it('keeps the text when the organisation chooses to, without their name, handle or ids', async () => {
    expect(failureOf(await t.gql(KEEP_CONTENT, { on: true }, reader.accessToken)).code).toBe('FORBIDDEN');
    expect((await ok(KEEP_CONTENT, { on: true }, admin.accessToken)).setKeepRepliedContentOnErasure).toBe(true);
    expect((await ok(SETTINGS, {}, admin.accessToken)).organisationSettings.keepRepliedContentOnErasure).toBe(true);

    const { writer, post, comments, stored } = await writeRepliedThingsThenErase('ffion');
    expect(post.body).toBe('Tips for a better intranet page, from a former member (a former member)');
    expect(post.author).toBeNull();
    const theirs = comments.find((c: any) => c.replies.length > 0);
    expect(theirs).toMatchObject({
      body: 'Shorter headings help screen-reader users too',
      author: null,
      replies: [{ body: 'Agreed' }],
    });
    expect(comments.map((c: any) => c.body)).toContain('Thanks a former member!');
    for (const needle of [writer.member.id, writer.user.id, writer.user.email, 'ffion']) {
      expect(stored.toLowerCase()).not.toContain(needle.toLowerCase());
    }
    // Nothing of theirs anywhere else either: the membership and account are gone.
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM "user" WHERE id = $1`, [writer.user.id]);
    expect(n).toBe(0);
  });
});
