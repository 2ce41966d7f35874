import { useSubscription } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { CommunityNewPostSubscription } from './operations';

/** Counts posts announced live (for the "N new posts" bar) until the reader asks to see them. */
export function useNewPosts(scope: { topicId?: string; groupId?: string; skip?: boolean }) {
  const [ids, setIds] = useState<string[]>([]);
  useSubscription(CommunityNewPostSubscription, {
    variables: { topicId: scope.topicId, groupId: scope.groupId },
    skip: scope.skip,
    onData: ({ data }) => {
      const id = data.data?.newPostAvailable.postId;
      if (id) setIds((prev) => (prev.includes(id) ? prev : [...prev, id]));
    },
  });
  const reset = useCallback(() => setIds([]), []);
  return { count: ids.length, reset };
}

type Connection = { edges: { cursor: string }[]; pageInfo: { endCursor?: string | null; hasNextPage: boolean } };

/** Appends the next page to the one already shown (keyset paging). */
export function appendPage<C extends Connection>(previous: C, next: C): C {
  const seen = new Set(previous.edges.map((e) => e.cursor));
  return { ...next, edges: [...previous.edges, ...next.edges.filter((e) => !seen.has(e.cursor))] };
}

/**
 * "Show more" for a keyset-paged list: reads the page after `endCursor` (the caller appends it to the
 * list, e.g. with appendPage) and says when it is loading.
 */
export function useLoadMore(endCursor: string | null | undefined, fetchPage: (after: string) => Promise<unknown>) {
  const [loadingMore, setLoadingMore] = useState(false);
  const loadMore = async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    try {
      await fetchPage(endCursor);
    } finally {
      setLoadingMore(false);
    }
  };
  return { loadingMore, loadMore: () => void loadMore() };
}
