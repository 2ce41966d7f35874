import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CommunityTopicSummaryFragment } from '../../gql/graphql';
import { EmptyState, Page, QueryState } from '../../shared';
import { FollowToggle } from './FollowToggle';
import { plural, topicPath } from './format';
import { CommunityPopularTopicsQuery, CommunityTopicsQuery } from './operations';
import { ShowMore } from './lists';
import { appendPage, useLoadMore } from './usePostFeed';

const PAGE_SIZE = 30;
// The lists that change when the reader follows or unfollows a topic.
const FOLLOW_LISTS = ['CommunityTopics'];

/** Topics: the ones you follow, the busiest this month, and every topic by name. */
export function TopicsPage() {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <Page title="Topics">
      <Text maw={760}>Every #hashtag in a post is a topic. Follow a topic and its posts appear in your feed.</Text>
      {message && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setMessage(null)} closeButtonLabel="Dismiss">
          {message}
        </Alert>
      )}
      <Stack gap="xl" maw={960}>
        <FollowedTopics onError={setMessage} />
        <PopularTopics onError={setMessage} />
        <AllTopics onError={setMessage} />
      </Stack>
    </Page>
  );
}

function FollowedTopics({ onError }: { onError: (m: string) => void }) {
  const { data, loading, error, refetch } = useQuery(CommunityTopicsQuery, {
    variables: { followed: true, first: 100 },
  });
  return (
    <Stack gap="sm" component="section" aria-labelledby="followed-topics">
      <Title order={2} id="followed-topics">
        Topics you follow
      </Title>
      <QueryState
        data={data}
        loading={loading}
        error={error}
        refetch={refetch}
        isEmpty={(d) => d.topics.edges.length === 0}
        empty={
          <Text c="dimmed">
            You do not follow any topics yet. Follow one from the lists below to see its posts in your feed.
          </Text>
        }
      >
        {(d) => <TopicRows topics={d.topics.edges.map((e) => e.node)} onError={onError} />}
      </QueryState>
    </Stack>
  );
}

function PopularTopics({ onError }: { onError: (m: string) => void }) {
  const { data, loading, error, refetch } = useQuery(CommunityPopularTopicsQuery);
  return (
    <Stack gap="sm" component="section" aria-labelledby="popular-topics">
      <Title order={2} id="popular-topics">
        Popular this month
      </Title>
      <QueryState
        data={data}
        loading={loading}
        error={error}
        refetch={refetch}
        isEmpty={(d) => d.popularTopics.length === 0}
        empty={<Text c="dimmed">No posts with a #hashtag in the last 30 days. Start one from the feed.</Text>}
      >
        {(d) => <TopicRows topics={d.popularTopics} onError={onError} />}
      </QueryState>
    </Stack>
  );
}

function AllTopics({ onError }: { onError: (m: string) => void }) {
  const [prefix, setPrefix] = useState('');
  const search = prefix.trim().replace(/^#/, '').toLowerCase();
  const tooLong = search.length > 50;
  const { data, loading, error, refetch, fetchMore } = useQuery(CommunityTopicsQuery, {
    variables: { prefix: search || undefined, first: PAGE_SIZE },
    skip: tooLong,
  });
  const { loadingMore, loadMore } = useLoadMore(data?.topics.pageInfo.endCursor, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (prev, { fetchMoreResult }) => ({ topics: appendPage(prev.topics, fetchMoreResult.topics) }),
    }),
  );
  return (
    <Stack gap="sm" component="section" aria-labelledby="all-topics">
      <Title order={2} id="all-topics">
        All topics
      </Title>
      <TextInput
        label="Find a topic"
        description="The start of its name, with or without #"
        value={prefix}
        error={tooLong ? 'A topic name is at most 50 characters' : null}
        onChange={(e) => setPrefix(e.currentTarget.value)}
        maw={360}
      />
      {!tooLong && (
        <QueryState
          data={data}
          loading={loading}
          error={error}
          refetch={refetch}
          isEmpty={(d) => d.topics.edges.length === 0}
          empty={
            <EmptyState title={search ? `No topics start with “${search}”` : 'No topics yet'}>
              A topic starts when someone writes a post with its #hashtag.
            </EmptyState>
          }
        >
          {(d) => (
            <Stack gap="sm">
              <Text size="sm" c="dimmed" aria-live="polite">
                {plural(d.topics.totalCount, 'topic')}
              </Text>
              <TopicRows topics={d.topics.edges.map((e) => e.node)} onError={onError} />
              <ShowMore hasMore={d.topics.pageInfo.hasNextPage} loading={loadingMore} onClick={loadMore}>
                Show more topics
              </ShowMore>
            </Stack>
          )}
        </QueryState>
      )}
    </Stack>
  );
}

function TopicRows({ topics, onError }: { topics: CommunityTopicSummaryFragment[]; onError: (m: string) => void }) {
  return (
    <SimpleGrid
      cols={{ base: 1, sm: 2 }}
      spacing="xs"
      component="ul"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {topics.map((topic) => (
        <Card key={topic.id} component="li" withBorder padding="sm">
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Anchor component={Link} to={topicPath(topic.tag)} fw={600} style={{ overflowWrap: 'anywhere' }}>
                #{topic.tag}
              </Anchor>
              <Text size="sm" c="dimmed">
                {plural(topic.postCount, 'post')} · {plural(topic.followerCount, 'follower')}
              </Text>
              {topic.description && (
                <Text size="sm" lineClamp={2}>
                  {topic.description}
                </Text>
              )}
            </Stack>
            <FollowToggle
              targetType="TOPIC"
              targetId={topic.id}
              following={topic.viewerFollows}
              name={`#${topic.tag}`}
              refetch={FOLLOW_LISTS}
              onError={onError}
            />
          </Group>
        </Card>
      ))}
    </SimpleGrid>
  );
}
