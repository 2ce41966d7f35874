import { ShowMore } from './lists';
import { Affix, Button, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CommunityPostFragment } from '../../gql/graphql';
import { plural } from './format';
import { PostCard } from './PostCard';

/** Posts newest first, with "Load older posts" (keyset paging: the API's endCursor). */
export function PostList({
  posts,
  hasMore,
  loadingMore,
  onLoadMore,
  actions,
}: {
  posts: CommunityPostFragment[];
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  actions?: (post: CommunityPostFragment) => ReactNode;
}) {
  return (
    <Stack gap="md">
      {posts.map((post) => (
        <PostCard key={post.id} post={post} actions={actions?.(post)} />
      ))}
      <ShowMore hasMore={hasMore} loading={loadingMore} onClick={onLoadMore}>
        Load older posts
      </ShowMore>
    </Stack>
  );
}

/**
 * "N new posts": new posts are announced live but only shown when the reader
 * asks, so what they are reading never moves under them.
 */
export function NewPostsBar({ count, onShow }: { count: number; onShow: () => void }) {
  if (count === 0) return null;
  return (
    <Affix position={{ top: 72, left: 0, right: 0 }} zIndex={150} style={{ pointerEvents: 'none' }}>
      <Group justify="center">
        <Button radius="xl" onClick={onShow} style={{ pointerEvents: 'auto' }} aria-live="polite">
          Show {plural(count, 'new post')}
        </Button>
      </Group>
    </Affix>
  );
}
