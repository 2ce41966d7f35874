import { useQuery } from '@apollo/client/react';
import { Card, Stack, Title } from '@mantine/core';
import { EmptyState, Page, QueryState } from '../../shared';
import { Composer } from './Composer';
import { CommunityFeedQuery } from './operations';
import { NewPostsBar, PostList } from './PostList';
import { appendPage, useNewPosts, useLoadMore } from './usePostFeed';

const PAGE_SIZE = 20;

export function FeedPage() {
  const { data, loading, error, refetch, fetchMore } = useQuery(CommunityFeedQuery, {
    variables: { first: PAGE_SIZE },
    notifyOnNetworkStatusChange: false,
  });
  const fresh = useNewPosts({});

  const showNew = async () => {
    fresh.reset();
    await refetch({ first: PAGE_SIZE, after: null });
    document.getElementById('feed-top')?.focus();
  };

  const { loadingMore, loadMore } = useLoadMore(data?.feed.pageInfo.endCursor, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (prev, { fetchMoreResult }) => ({ feed: appendPage(prev.feed, fetchMoreResult.feed) }),
    }),
  );

  return (
    <Page title="Community">
      <Stack gap="lg" maw={760}>
        <Card withBorder padding="md">
          <Composer />
        </Card>
        <NewPostsBar count={fresh.count} onShow={() => void showNew()} />
        <Stack gap="sm">
          <Title order={2} id="feed-top" tabIndex={-1}>
            Your feed
          </Title>
          <QueryState
            data={data}
            loading={loading}
            error={error}
            refetch={refetch}
            isEmpty={(d) => d.feed.edges.length === 0}
            empty={
              <EmptyState title="Your feed is empty">
                Posts by people, topics and groups you follow appear here. Write the first post above, or open a topic
                from a #hashtag and follow it.
              </EmptyState>
            }
          >
            {(d) => (
              <PostList
                posts={d.feed.edges.map((e) => e.node)}
                hasMore={d.feed.pageInfo.hasNextPage}
                loadingMore={loadingMore}
                onLoadMore={loadMore}
              />
            )}
          </QueryState>
        </Stack>
      </Stack>
    </Page>
  );
}
