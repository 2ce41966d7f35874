import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Popover,
  Stack,
  Text,
  Textarea,
  Typography,
  VisuallyHidden,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { CommunityPostFragment, PostKind, ReactionKind } from '../../gql/graphql';
import { ConfirmButton, describeError, useMe, useSingleFlight } from '../../shared';
import { MAX_COMMENT_LENGTH, MAX_POST_LENGTH } from './limits';
import { formatPostDate, plural, topicPath } from './format';
import { TextEditor } from './TextEditor';
import {
  CommunityAddCommentMutation,
  CommunityCommentsQuery,
  CommunityDeleteCommentMutation,
  CommunityDeletePostMutation,
  CommunityReactMutation,
  CommunityUnreactMutation,
  CommunityUpdateCommentMutation,
  CommunityUpdatePostMutation,
} from './operations';

export const KINDS: Record<PostKind, string | null> = {
  UPDATE: null,
  QUESTION: 'Question',
  WORK_SHARE: 'Work to share',
  ANNOUNCEMENT: 'Announcement',
};

/**
 * The API renders every body to safe HTML (markdown-it without raw HTML, then
 * sanitize-html allowing only formatting tags and http(s)/mailto links), so it
 * may be inserted as is. Never pass member-written text here.
 */
export function SafeHtml({ html }: { html: string }) {
  return (
    <Typography className="post-body">
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}

export function memberPath(id: string): string {
  return `/community/people/${id}`;
}

/** A member's name, linking to their community page (posts and a Follow button). */
export function MemberLink({
  member,
  size,
}: {
  member?: { id: string; user: { displayName: string } } | null;
  size?: string;
}) {
  if (!member) return <Text size={size}>A former member</Text>;
  return (
    <Anchor component={Link} to={memberPath(member.id)} fw={600} size={size}>
      {member.user.displayName}
    </Anchor>
  );
}

export function authorName(post: { author?: { user: { displayName: string } } | null }): string {
  return post.author?.user.displayName ?? 'A former member';
}

export function PostCard({
  post,
  pinned = false,
  actions,
}: {
  post: CommunityPostFragment;
  pinned?: boolean;
  /** Moderation actions (pin, remove) for those allowed them. */
  actions?: ReactNode;
}) {
  const [showReplies, setShowReplies] = useState(false);
  const [editing, setEditing] = useState(false);
  const { me } = useMe();
  const mine = me?.member.id === post.authorMembershipId;
  const kind = KINDS[post.kind];
  return (
    <Card withBorder component="article" aria-label={`Post by ${authorName(post)}`} padding="md">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap="xs" wrap="wrap">
            <MemberLink member={post.author} />
            {post.group && (
              <Text size="sm" c="dimmed">
                in{' '}
                <Anchor component={Link} to={`/community/groups/${post.group.id}`} size="sm">
                  {post.group.name}
                </Anchor>
              </Text>
            )}
            <Text size="sm" c="dimmed" component="time" dateTime={post.createdAt}>
              {formatPostDate(post.createdAt)}
              {post.edited ? ' · edited' : ''}
            </Text>
          </Group>
          <Group gap="xs">
            {pinned && <Badge variant="light">Pinned</Badge>}
            {kind && (
              <Badge variant="light" color="gray">
                {kind}
              </Badge>
            )}
          </Group>
        </Group>
        {editing ? <EditPost post={post} onDone={() => setEditing(false)} /> : <SafeHtml html={post.bodyHtml} />}
        {post.linkUrl && (
          <Anchor href={post.linkUrl} target="_blank" rel="nofollow noopener noreferrer">
            {post.linkTitle ?? post.linkUrl}
          </Anchor>
        )}
        {post.hashtags.length > 0 && (
          <Group gap="xs" aria-label="Topics">
            {post.hashtags.map((tag) => (
              <Anchor key={tag} component={Link} to={topicPath(tag)} size="sm">
                #{tag}
              </Anchor>
            ))}
          </Group>
        )}
        <Group gap="xs" wrap="wrap">
          <ReactButton post={post} />
          <Button
            variant="subtle"
            size="compact-sm"
            aria-expanded={showReplies}
            onClick={() => setShowReplies((v) => !v)}
          >
            {post.commentCount === 0 ? 'Reply' : plural(post.commentCount, 'reply', 'replies')}
          </Button>
          {mine && !editing && (
            <Button variant="subtle" size="compact-sm" onClick={() => setEditing(true)}>
              Edit
            </Button>
          )}
          {mine && !editing && <DeletePost post={post} />}
          {actions}
        </Group>
        {showReplies && <Replies postId={post.id} />}
      </Stack>
    </Card>
  );
}

/** The API's reactions, in the order offered. */
const REACTIONS: { kind: ReactionKind; label: string; done: string }[] = [
  { kind: 'LIKE', label: 'Like', done: 'Liked' },
  { kind: 'CELEBRATE', label: 'Celebrate', done: 'Celebrated' },
  { kind: 'SUPPORT', label: 'Support', done: 'Supported' },
  { kind: 'INSIGHTFUL', label: 'Insightful', done: 'Insightful' },
  { kind: 'CURIOUS', label: 'Curious', done: 'Curious' },
];
const reactionOf = (kind: ReactionKind) => REACTIONS.find((r) => r.kind === kind)!;

/**
 * Like (or take back your reaction) in one click; the menu beside it offers the other reactions.
 * One reaction per person: choosing another replaces it. The button says only what the reader did
 * ("Like", or "Liked"/"Supported"… pressed); the line beside it counts everyone's reactions by kind.
 */
function ReactButton({ post }: { post: CommunityPostFragment }) {
  const [busy, run] = useSingleFlight();
  const [react] = useMutation(CommunityReactMutation);
  const [unreact] = useMutation(CommunityUnreactMutation);
  const [error, setError] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const mine = post.myReaction ? reactionOf(post.myReaction) : null;
  const act = (action: () => Promise<unknown>) =>
    void run(async () => {
      setError(null);
      try {
        await action();
      } catch (e) {
        setError(describeError(e).message);
      }
    });
  const choose = (kind: ReactionKind) => act(() => react({ variables: { postId: post.id, kind } }));
  const others = post.reactions.filter((r) => r.count > 0);
  return (
    <>
      <Button
        variant={mine ? 'light' : 'subtle'}
        size="compact-sm"
        aria-pressed={mine != null}
        loading={busy}
        onClick={() => (mine ? act(() => unreact({ variables: { postId: post.id } })) : choose('LIKE'))}
      >
        {mine ? mine.done : 'Like'}
      </Button>
      <Popover position="bottom-start" withinPortal trapFocus opened={picking} onChange={setPicking}>
        <Popover.Target>
          <Button
            variant="subtle"
            size="compact-sm"
            disabled={busy}
            aria-expanded={picking}
            onClick={() => setPicking((v) => !v)}
          >
            More reactions
          </Button>
        </Popover.Target>
        <Popover.Dropdown aria-label="Choose a reaction">
          <Group gap={4} role="group" aria-label="Reactions">
            {REACTIONS.map((r) => (
              <Button
                key={r.kind}
                size="compact-sm"
                variant={post.myReaction === r.kind ? 'light' : 'subtle'}
                aria-pressed={post.myReaction === r.kind}
                onClick={() => {
                  setPicking(false);
                  choose(r.kind);
                }}
              >
                {r.label}
              </Button>
            ))}
          </Group>
        </Popover.Dropdown>
      </Popover>
      {others.length > 0 && (
        // Everyone's reactions, by kind; the button beside it is only the reader's own.
        <Text size="sm" c="dimmed" data-testid="reaction-summary">
          <VisuallyHidden>{`${plural(post.reactionCount, 'reaction')}: `}</VisuallyHidden>
          {others.map((r) => `${reactionOf(r.kind).label} ${r.count}`).join(' · ')}
        </Text>
      )}
      {error && (
        <Text size="sm" c="red.8" role="alert">
          {error}
        </Text>
      )}
    </>
  );
}

/** The author edits their post in place: the same limits as writing it; what was typed stays on a refusal. */
function EditPost({ post, onDone }: { post: CommunityPostFragment; onDone: () => void }) {
  const [update] = useMutation(CommunityUpdatePostMutation);
  return (
    <TextEditor
      label="Edit your post"
      initial={post.body}
      max={MAX_POST_LENGTH}
      tooLong={`A post can be at most ${MAX_POST_LENGTH} characters`}
      empty="Write something first"
      saveLabel="Save changes"
      field="body"
      minRows={3}
      save={(body) => update({ variables: { input: { postId: post.id, body } } })}
      onDone={onDone}
    />
  );
}

function Replies({ postId }: { postId: string }) {
  const { data, loading, error, refetch } = useQuery(CommunityCommentsQuery, { variables: { postId } });
  const [answering, setAnswering] = useState<string | null>(null);
  const comments = data?.postComments.edges ?? [];
  return (
    <Stack gap="xs" pl={{ base: 0, sm: 'md' }}>
      {loading && !data && <Text size="sm">Loading replies…</Text>}
      {error && (
        <Alert color="red" role="alert">
          {describeError(error).message}{' '}
          <Anchor component="button" onClick={() => void refetch()}>
            Try again
          </Anchor>
        </Alert>
      )}
      {comments.map(({ node }) => (
        <Stack key={node.id} gap={4}>
          <Comment comment={node} postId={postId} replies={node.replies.length} />
          {node.replies.map((r) => (
            <div key={r.id} style={{ paddingLeft: 'var(--mantine-spacing-md)' }}>
              <Comment comment={r} postId={postId} replies={0} />
            </div>
          ))}
          <div style={{ paddingLeft: 'var(--mantine-spacing-md)' }}>
            {answering === node.id ? (
              <ReplyForm
                postId={postId}
                parentCommentId={node.id}
                label={`Your reply to ${authorName(node)}`}
                onSent={() => setAnswering(null)}
              />
            ) : (
              <Button
                variant="subtle"
                size="compact-xs"
                aria-label={`Reply to ${authorName(node)}`}
                onClick={() => setAnswering(node.id)}
              >
                Reply
              </Button>
            )}
          </div>
        </Stack>
      ))}
      <ReplyForm postId={postId} label="Your reply" />
    </Stack>
  );
}

/** A reply to the post, or (with `parentCommentId`) to one of its comments — one level deep, as the API allows. */
function ReplyForm({
  postId,
  parentCommentId,
  label,
  onSent,
}: {
  postId: string;
  parentCommentId?: string;
  label: string;
  onSent?: () => void;
}) {
  const [add] = useMutation(CommunityAddCommentMutation, {
    refetchQueries: ['CommunityComments'],
    update: (cache) => {
      cache.modify({
        id: cache.identify({ __typename: 'Post', id: postId }),
        fields: { commentCount: (n: number) => n + 1 },
      });
    },
  });
  const [body, setBody] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [busy, run] = useSingleFlight();
  const submit = () =>
    run(async () => {
      const text = body.trim();
      if (!text) return setFieldError('Write a reply first');
      if (text.length > MAX_COMMENT_LENGTH)
        return setFieldError(`A reply can be at most ${MAX_COMMENT_LENGTH} characters`);
      setFieldError(null);
      try {
        await add({ variables: { input: { postId, body: text, parentCommentId: parentCommentId ?? null } } });
        setBody('');
        onSent?.();
      } catch (e) {
        const d = describeError(e, ['body']);
        setFieldError(d.fieldErrors.body ?? d.message);
      }
    });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="xs">
        <Textarea
          label={label}
          autosize
          minRows={parentCommentId ? 1 : 2}
          maxLength={MAX_COMMENT_LENGTH}
          value={body}
          error={fieldError}
          onChange={(e) => setBody(e.currentTarget.value)}
        />
        <Group>
          <Button type="submit" size="compact-md" loading={busy}>
            Send reply
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type CommentShape = {
  id: string;
  body: string;
  bodyHtml: string;
  createdAt: string;
  edited: boolean;
  authorMembershipId: string;
  author?: { user: { displayName: string } } | null;
};

/** One reply; its author may edit it in place or delete it (with the answers to it) after confirming. */
function Comment({ comment, postId, replies }: { comment: CommentShape; postId: string; replies: number }) {
  const { me } = useMe();
  const mine = me?.member.id === comment.authorMembershipId;
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, run] = useSingleFlight();
  const [remove] = useMutation(CommunityDeleteCommentMutation, {
    variables: { id: comment.id },
    refetchQueries: ['CommunityComments'],
    awaitRefetchQueries: true,
    update: (cache) => {
      cache.modify({
        id: cache.identify({ __typename: 'Post', id: postId }),
        fields: { commentCount: (n: number) => Math.max(0, n - 1 - replies) },
      });
    },
  });
  const deleteIt = () =>
    run(async () => {
      setMessage(null);
      try {
        await remove();
      } catch (e) {
        setMessage(describeError(e).message);
      }
    });
  return (
    <div>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {authorName(comment)}
        </Text>
        <Text size="xs" c="dimmed" component="time" dateTime={comment.createdAt}>
          {formatPostDate(comment.createdAt)}
          {comment.edited ? ' · edited' : ''}
        </Text>
      </Group>
      {editing ? (
        <EditComment comment={comment} onDone={() => setEditing(false)} />
      ) : (
        <SafeHtml html={comment.bodyHtml} />
      )}
      {mine && !editing && (
        <Group gap="xs">
          <Button variant="subtle" size="compact-xs" aria-label="Edit your reply" onClick={() => setEditing(true)}>
            Edit
          </Button>
          <ConfirmButton
            size="compact-xs"
            label="Delete your reply"
            question={
              replies > 0 ? `Delete your reply and the ${plural(replies, 'answer')} to it?` : 'Delete your reply?'
            }
            confirm="Delete reply"
            busy={busy}
            onConfirm={deleteIt}
          >
            Delete
          </ConfirmButton>
        </Group>
      )}
      {message && (
        <Text size="sm" c="red.8" role="alert">
          {message}
        </Text>
      )}
    </div>
  );
}

function EditComment({ comment, onDone }: { comment: CommentShape; onDone: () => void }) {
  const [update] = useMutation(CommunityUpdateCommentMutation);
  return (
    <TextEditor
      label="Edit your reply"
      initial={comment.body}
      max={MAX_COMMENT_LENGTH}
      tooLong={`A reply can be at most ${MAX_COMMENT_LENGTH} characters`}
      empty="Write a reply first"
      saveLabel="Save reply"
      field="body"
      save={(body) => update({ variables: { input: { commentId: comment.id, body } } })}
      onDone={onDone}
    />
  );
}

/** The author deletes their post, with its replies and reactions, after confirming. */
function DeletePost({ post }: { post: CommunityPostFragment }) {
  const [busy, run] = useSingleFlight();
  const [message, setMessage] = useState<string | null>(null);
  const [remove] = useMutation(CommunityDeletePostMutation, {
    variables: { id: post.id },
    update: (cache) => {
      // Every list holding the post drops it (lists skip references to evicted posts).
      cache.evict({ id: cache.identify(post) });
      cache.gc();
    },
    refetchQueries: ['CommunityTopic'],
  });
  return (
    <>
      <ConfirmButton
        label="Delete your post"
        question="Delete this post and its replies for everyone?"
        confirm="Delete post"
        busy={busy}
        onConfirm={() =>
          run(async () => {
            setMessage(null);
            try {
              await remove();
            } catch (e) {
              setMessage(describeError(e).message);
            }
          })
        }
      >
        Delete
      </ConfirmButton>
      {message && (
        <Text size="sm" c="red.8" role="alert">
          {message}
        </Text>
      )}
    </>
  );
}
