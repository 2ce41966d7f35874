import { useMutation } from '@apollo/client/react';
import { Button, VisuallyHidden, type ButtonProps } from '@mantine/core';
import type { FollowTargetType } from '../../gql/graphql';
import { describeError, useSingleFlight } from '../../shared';
import { CommunityFollowMutation, CommunityUnfollowMutation } from './operations';

/**
 * Follow or stop following a person, topic or group. The button reads "Follow" or "Following" and is a
 * toggle (aria-pressed); `name` completes its accessible name ("Follow #fundraising").
 * A topic's or group's own counters are updated in the cache; `refetch` names lists that depend on it.
 */
export function FollowToggle({
  targetType,
  targetId,
  following,
  name,
  refetch = [],
  onError,
  onChange,
  size = 'compact-sm',
}: {
  targetType: FollowTargetType;
  targetId: string;
  following: boolean;
  name: string;
  refetch?: string[];
  onError: (message: string) => void;
  onChange?: (following: boolean) => void;
  size?: ButtonProps['size'];
}) {
  const [busy, run] = useSingleFlight();
  const variables = { targetId, targetType };
  const typename = targetType === 'TOPIC' ? 'Topic' : targetType === 'GROUP' ? 'Group' : null;
  const options = (next: boolean) => ({
    variables,
    refetchQueries: refetch,
    update: (cache: import('@apollo/client').ApolloCache) => {
      if (!typename) return;
      cache.modify({
        id: cache.identify({ __typename: typename, id: targetId }),
        fields: {
          viewerFollows: () => next,
          followerCount: (n: number) => (next === following ? n : Math.max(0, n + (next ? 1 : -1))),
        },
      });
    },
  });
  const [follow] = useMutation(CommunityFollowMutation, options(true));
  const [unfollow] = useMutation(CommunityUnfollowMutation, options(false));
  return (
    <Button
      size={size}
      variant={following ? 'default' : 'light'}
      aria-pressed={following}
      loading={busy}
      onClick={() =>
        void run(async () => {
          try {
            await (following ? unfollow() : follow());
            onChange?.(!following);
          } catch (e) {
            onError(describeError(e).message);
          }
        })
      }
    >
      {following ? 'Following' : 'Follow'}
      <VisuallyHidden> {name}</VisuallyHidden>
    </Button>
  );
}
