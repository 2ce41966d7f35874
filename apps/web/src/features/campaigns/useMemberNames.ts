import { useQuery } from '@apollo/client/react';
import { CampaignMembersQuery } from './operations';

/** Names of the organisation's members by membership id (the first 100; others read "A member"). */
export function useMemberNames(): (id: string) => string {
  const { data } = useQuery(CampaignMembersQuery, { variables: {} });
  const names = new Map((data?.members.edges ?? []).map(({ node }) => [node.id, node.user.displayName]));
  return (id) => names.get(id) ?? 'A member';
}
