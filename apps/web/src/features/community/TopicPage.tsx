import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { CommunityPostFragment, CommunityTopicQuery as TopicData } from '../../gql/graphql';
import { COMMS_ROLES } from '../../app/navigation';
import {
  describeError,
  EmptyState,
  ErrorState,
  hasRole,
  LoadingState,
  Page,
  useMe,
  useSingleFlight,
} from '../../shared';
import { plural } from './format';
import {
  CommunityDeletePostMutation,
  CommunityFollowMutation,
  CommunityPinMutation,
  CommunityTopicFeedQuery,
  CommunityTopicQuery,
  CommunityUnfollowMutation,
  CommunityUnpinMutation,
  CommunityUpdateTopicMutation,
} from './operations';
import { MAX_TOPIC_DESCRIPTION_LENGTH } from './limits';
import { TextEditor } from './TextEditor';
import { PostCard } from './PostCard';
import { TopicManagers } from './TopicManagers';
import { NewPostsBar, PostList } from './PostList';
import { appendPage, useNewPosts, useLoadMore } from './usePostFeed';

const PAGE_SIZE = 20;

export function TopicPage() {
  const tag = (useParams().tag ?? '').toLowerCase();
  const topic = useQuery(CommunityTopicQuery, { variables: { tag } });
  if (topic.error) {
    return (
      <Page title={`#${tag}`}>
        <ErrorState error={topic.error} onRetry={() => void topic.refetch()} />
      </Page>
    );
  }
  if (!topic.data) {
    return (
      <Page title={`#${tag}`}>
        <LoadingState />
      </Page>
    );
  }
  return <Topic topic={topic.data.topic} />;
}

type TopicShape = TopicData['topic'];

function Topic({ topic }: { topic: TopicShape }) {
  const feed = useQuery(CommunityTopicFeedQuery, { variables: { tag: topic.tag, first: PAGE_SIZE } });
  const fresh = useNewPosts({ topicId: topic.id });
  const [message, setMessage] = useState<string | null>(null);
  const pinnedIds = new Set(topic.pinnedPosts.map((p) => p.id));
  const { me } = useMe();
  // The API lets the topic's managers, comms and admins moderate; no one else sees these actions.
  const isComms = hasRole(me, COMMS_ROLES);
  const canModerate = topic.viewerIsManager || isComms;

  const { loadingMore, loadMore } = useLoadMore(feed.data?.topicFeed.pageInfo.endCursor, (after) =>
    feed.fetchMore({
      variables: { after },
      updateQuery: (prev, { fetchMoreResult }) => ({
        topicFeed: appendPage(prev.topicFeed, fetchMoreResult.topicFeed),
      }),
    }),
  );
  const showNew = async () => {
    fresh.reset();
    await feed.refetch({ tag: topic.tag, first: PAGE_SIZE, after: null });
    document.getElementById('topic-posts')?.focus();
  };

  const actions = (post: CommunityPostFragment) =>
    canModerate ? (
      <ModerationActions topic={topic} post={post} pinned={pinnedIds.has(post.id)} onError={setMessage} />
    ) : undefined;
  const unpinned = (feed.data?.topicFeed.edges ?? []).map((e) => e.node).filter((p) => !pinnedIds.has(p.id));

  return (
    <Page title={`#${topic.tag}`} actions={<FollowButton topic={topic} onError={setMessage} />}>
      <Stack gap="xs" maw={760}>
        {canModerate ? (
          <TopicDescription topic={topic} />
        ) : (
          topic.description && <Text style={{ whiteSpace: 'pre-line' }}>{topic.description}</Text>
        )}
        <Text size="sm" c="dimmed">
          {plural(topic.postCount, 'post')} · {plural(topic.followerCount, 'follower')} ·{' '}
          {topic.managers.length === 0
            ? 'No topic managers yet'
            : `Managed by ${topic.managers.map((m) => m.user.displayName).join(', ')}`}
        </Text>
      </Stack>
      {message && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setMessage(null)} closeButtonLabel="Dismiss">
          {message}
        </Alert>
      )}
      <NewPostsBar count={fresh.count} onShow={() => void showNew()} />
      {topic.pinnedPosts.length > 0 && (
        <Stack gap="sm" component="section" aria-labelledby="pinned-heading">
          <Title order={2} id="pinned-heading">
            Pinned
          </Title>
          {topic.pinnedPosts.map((post) => (
            <PostCard key={post.id} post={post} pinned actions={actions(post)} />
          ))}
        </Stack>
      )}
      <Stack gap="sm" component="section" aria-labelledby="topic-posts">
        <Title order={2} id="topic-posts" tabIndex={-1}>
          Posts
        </Title>
        {feed.error ? (
          <ErrorState error={feed.error} onRetry={() => void feed.refetch()} />
        ) : !feed.data ? (
          <LoadingState />
        ) : unpinned.length === 0 ? (
          <EmptyState title={topic.pinnedPosts.length ? 'No other posts yet' : 'No posts yet'}>
            Write a post with #{topic.tag} in it on the Community page and it appears here.
          </EmptyState>
        ) : (
          <PostList
            posts={unpinned}
            hasMore={feed.data.topicFeed.pageInfo.hasNextPage}
            loadingMore={loadingMore}
            onLoadMore={loadMore}
            actions={actions}
          />
        )}
      </Stack>
      {isComms && <TopicManagers topicId={topic.id} tag={topic.tag} managers={topic.managers} />}
    </Page>
  );
}

function FollowButton({ topic, onError }: { topic: TopicShape; onError: (m: string) => void }) {
  const [busy, run] = useSingleFlight();
  const variables = { targetId: topic.id, targetType: 'TOPIC' as const };
  const [follow] = useMutation(CommunityFollowMutation, { variables, refetchQueries: ['CommunityTopic'] });
  const [unfollow] = useMutation(CommunityUnfollowMutation, { variables, refetchQueries: ['CommunityTopic'] });
  return (
    <Button
      variant={topic.viewerFollows ? 'default' : 'filled'}
      loading={busy}
      aria-pressed={topic.viewerFollows}
      onClick={() =>
        void run(async () => {
          try {
            await (topic.viewerFollows ? unfollow() : follow());
          } catch (e) {
            onError(describeError(e).message);
          }
        })
      }
    >
      {topic.viewerFollows ? 'Following' : 'Follow topic'}
    </Button>
  );
}

/** Pin or unpin, and remove — offered to the topic's managers (comms and admins manage every topic). */
function ModerationActions({
  topic,
  post,
  pinned,
  onError,
}: {
  topic: TopicShape;
  post: CommunityPostFragment;
  pinned: boolean;
  onError: (m: string) => void;
}) {
  const [busy, run] = useSingleFlight();
  const [confirming, setConfirming] = useState(false);
  const variables = { postId: post.id, topicId: topic.id };
  const [pin] = useMutation(CommunityPinMutation, { variables });
  const [unpin] = useMutation(CommunityUnpinMutation, { variables });
  const [remove] = useMutation(CommunityDeletePostMutation, {
    variables: { id: post.id },
    update: (cache) => {
      cache.evict({ id: cache.identify(post) });
      cache.gc();
    },
    refetchQueries: ['CommunityTopic'],
  });
  const act = (action: () => Promise<unknown>) =>
    void run(async () => {
      try {
        await action();
      } catch (e) {
        onError(describeError(e).message);
      }
    });
  return (
    <Group gap="xs">
      <Button
        variant="subtle"
        size="compact-sm"
        loading={busy && !confirming}
        onClick={() => act(pinned ? unpin : pin)}
      >
        {pinned ? 'Unpin' : 'Pin to topic'}
      </Button>
      {confirming ? (
        <>
          <Button color="red" size="compact-sm" loading={busy} onClick={() => act(remove)}>
            Remove post for everyone
          </Button>
          <Button variant="default" size="compact-sm" onClick={() => setConfirming(false)}>
            Keep it
          </Button>
        </>
      ) : (
        <Button variant="subtle" color="red" size="compact-sm" onClick={() => setConfirming(true)}>
          Remove
        </Button>
      )}
    </Group>
  );
}

/** The topic's description, edited in place by its managers, comms and admins (plain text; empty clears it). */
function TopicDescription({ topic }: { topic: TopicShape }) {
  const [editing, setEditing] = useState(false);
  const [update] = useMutation(CommunityUpdateTopicMutation);
  if (editing) {
    return (
      <TextEditor
        label="Topic description"
        description="Plain text. Leave it empty to remove the description."
        initial={topic.description ?? ''}
        max={MAX_TOPIC_DESCRIPTION_LENGTH}
        tooLong={`A description can be at most ${MAX_TOPIC_DESCRIPTION_LENGTH} characters`}
        saveLabel="Save description"
        field="description"
        save={(description) => update({ variables: { input: { topicId: topic.id, description } } })}
        onDone={() => setEditing(false)}
      />
    );
  }
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      {topic.description ? (
        <Text style={{ whiteSpace: 'pre-line' }}>{topic.description}</Text>
      ) : (
        <Text c="dimmed">No description yet. Say what the topic is for, so people know whether to follow it.</Text>
      )}
      <Button variant="subtle" size="compact-sm" style={{ flexShrink: 0 }} onClick={() => setEditing(true)}>
        {topic.description ? 'Edit description' : 'Add a description'}
      </Button>
    </Group>
  );
}
