import { useQuery } from '@apollo/client/react';
import { Alert, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState, Page, QueryState, useMe } from '../../shared';
import { FollowToggle } from './FollowToggle';
import { CommunityIsFollowingQuery, CommunityMemberPostsQuery, CommunityPersonQuery } from './operations';
import { PostList } from './PostList';
import { appendPage, useLoadMore } from './usePostFeed';

const PAGE_SIZE = 20;

/** A member in the community: who they are, a Follow button, and their posts that you may see. */
export function PersonPage() {
  const id = useParams().id ?? '';
  const { me } = useMe();
  const person = useQuery(CommunityPersonQuery, { variables: { id } });
  const self = me?.member.id === id;
  const following = useQuery(CommunityIsFollowingQuery, {
    variables: { targetType: 'MEMBER', targetId: id },
    skip: self,
  });
  const posts = useQuery(CommunityMemberPostsQuery, { variables: { memberId: id, first: PAGE_SIZE } });
  const [message, setMessage] = useState<string | null>(null);
  const { loadingMore, loadMore } = useLoadMore(posts.data?.memberPosts.pageInfo.endCursor, (after) =>
    posts.fetchMore({
      variables: { after },
      updateQuery: (prev, { fetchMoreResult }) => ({
        memberPosts: appendPage(prev.memberPosts, fetchMoreResult.memberPosts),
      }),
    }),
  );

  if (person.error && !person.data) {
    return (
      <Page title="Member">
        <ErrorState error={person.error} onRetry={() => void person.refetch()} />
      </Page>
    );
  }
  if (!person.data) {
    return (
      <Page title="Member">
        <LoadingState />
      </Page>
    );
  }
  const { member } = person.data;
  const name = member.user.displayName;
  return (
    <Page
      title={name}
      actions={
        !self && following.data ? (
          <FollowToggle
            size="sm"
            targetType="MEMBER"
            targetId={member.id}
            following={following.data.isFollowing}
            name={name}
            refetch={['CommunityIsFollowing', 'CommunityFeed']}
            onError={setMessage}
          />
        ) : undefined
      }
    >
      <Stack gap="lg" maw={760}>
        {(member.department || member.location) && (
          <Text c="dimmed">{[member.department, member.location].filter(Boolean).join(' · ')}</Text>
        )}
        {!self && <Text size="sm">Follow {name} to see their posts in your feed.</Text>}
        {message && (
          <Alert color="red" role="alert" withCloseButton onClose={() => setMessage(null)} closeButtonLabel="Dismiss">
            {message}
          </Alert>
        )}
        <Stack gap="sm" component="section" aria-labelledby="person-posts">
          <Title order={2} id="person-posts">
            {self ? 'Your posts' : 'Posts'}
          </Title>
          <QueryState
            data={posts.data}
            loading={posts.loading}
            error={posts.error}
            refetch={posts.refetch}
            isEmpty={(d) => d.memberPosts.edges.length === 0}
            empty={
              <EmptyState title={self ? 'You have not posted yet' : `${name} has not posted anything you can see yet`}>
                {self
                  ? 'Write your first post on the Community page.'
                  : 'Their posts in private groups show only to members.'}
              </EmptyState>
            }
          >
            {(d) => (
              <PostList
                posts={d.memberPosts.edges.map((e) => e.node)}
                hasMore={d.memberPosts.pageInfo.hasNextPage}
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
