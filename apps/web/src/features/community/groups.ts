import type { CommunityGroupSummaryFragment } from '../../gql/graphql';

/** The API's limits for a group (CreateGroupInput). */
export const GROUP_NAME_MIN = 2;
export const GROUP_NAME_MAX = 80;
export const GROUP_DESCRIPTION_MAX = 2000;

export function groupPath(id: string): string {
  return `/community/groups/${id}`;
}

/** Where the reader stands with a group, in words. */
export function membershipLabel(group: CommunityGroupSummaryFragment): string | null {
  const m = group.viewerMembership;
  if (!m) return null;
  if (m.status === 'PENDING') return 'Request sent';
  return m.role === 'MANAGER' ? 'You manage this group' : 'You are a member';
}

export const isActiveMember = (group: CommunityGroupSummaryFragment) => group.viewerMembership?.status === 'ACTIVE';
