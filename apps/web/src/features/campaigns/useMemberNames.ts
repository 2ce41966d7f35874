import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { CampaignMembersQuery } from './operations';

/**
 * Names of the organisation's members by membership id. The API lists members 100 at a time, so while
 * any of `wanted` is not yet known the next page is read, until every wanted name is found or the list
 * ends (a deactivated member is not listed and reads "A member").
 */
export function useMemberNames(wanted: readonly string[]): (id: string) => string {
  const { data, fetchMore, loading } = useQuery(CampaignMembersQuery, { variables: {} });
  const names = new Map((data?.members.edges ?? []).map(({ node }) => [node.id, node.user.displayName]));
  const missing = wanted.some((id) => !names.has(id));
  const next = data?.members.pageInfo.hasNextPage ? data.members.pageInfo.endCursor : null;
  useEffect(() => {
    if (!missing || !next || loading) return;
    void fetchMore({
      variables: { after: next },
      updateQuery: (prev, { fetchMoreResult }) => ({
        members: {
          ...fetchMoreResult.members,
          edges: [...prev.members.edges, ...fetchMoreResult.members.edges],
        },
      }),
    });
  }, [missing, next, loading, fetchMore]);
  return (id) => names.get(id) ?? 'A member';
}
