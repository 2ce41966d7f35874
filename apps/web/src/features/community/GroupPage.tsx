import { PlainList } from './lists';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { CommunityGroupQuery as GroupData } from '../../gql/graphql';
import {
  describeError,
  EmptyState,
  ErrorState,
  hasRole,
  LoadingState,
  Page,
  QueryState,
  useMe,
  useSingleFlight,
  ConfirmButton,
} from '../../shared';
import { Composer } from './Composer';
import { FollowToggle } from './FollowToggle';
import { plural } from './format';
import { isActiveMember, membershipLabel } from './groups';
import {
  CommunityApproveGroupMemberMutation,
  CommunityDeclineGroupMemberMutation,
  CommunityGroupFeedQuery,
  CommunityGroupMembersQuery,
  CommunityGroupQuery,
  CommunityJoinGroupMutation,
  CommunityLeaveGroupMutation,
  CommunitySetGroupRoleMutation,
} from './operations';
import { MemberLink } from './PostCard';
import { NewPostsBar, PostList } from './PostList';
import { appendPage, useNewPosts, useLoadMore } from './usePostFeed';

const PAGE_SIZE = 20;
const GROUP_QUERIES = ['CommunityGroup', 'CommunityGroups', 'CommunityGroupMembers', 'CommunityGroupFeed'];

export function GroupPage() {
  const id = useParams().id ?? '';
  const { data, error, refetch } = useQuery(CommunityGroupQuery, { variables: { id } });
  if (error && !data) {
    return (
      <Page title="Group">
        <ErrorState error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  if (!data) {
    return (
      <Page title="Group">
        <LoadingState />
      </Page>
    );
  }
  return <GroupView group={data.group} following={data.isFollowing} />;
}

type GroupShape = GroupData['group'];

function GroupView({ group, following }: { group: GroupShape; following: boolean }) {
  const [message, setMessage] = useState<string | null>(null);
  const { me } = useMe();
  const member = isActiveMember(group);
  const manager = member && group.viewerMembership?.role === 'MANAGER';
  // What the API shows: a private group's posts and members to its members (its members list to admins too).
  const canRead = group.privacy === 'OPEN' || member;
  const seesMembers = canRead || hasRole(me, ['ADMIN']);
  const standing = membershipLabel(group);
  return (
    <Page
      title={group.name}
      actions={
        <Group gap="xs">
          {group.privacy === 'OPEN' && !member && (
            <FollowToggle
              size="sm"
              targetType="GROUP"
              targetId={group.id}
              following={following}
              name={group.name}
              refetch={['CommunityGroup']}
              onError={setMessage}
            />
          )}
          <MembershipButton group={group} onError={setMessage} />
        </Group>
      }
    >
      <Stack gap={4} maw={760}>
        <Group gap="xs">
          <Badge variant="light" color={group.privacy === 'PRIVATE' ? 'grape' : 'teal'}>
            {group.privacy === 'PRIVATE' ? 'Private group' : 'Open group'}
          </Badge>
          <Text size="sm" c="dimmed">
            {plural(group.memberCount, 'member')}
            {standing ? ` · ${standing}` : ''}
          </Text>
        </Group>
        {group.description && <Text style={{ whiteSpace: 'pre-line' }}>{group.description}</Text>}
      </Stack>
      {message && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setMessage(null)} closeButtonLabel="Dismiss">
          {message}
        </Alert>
      )}
      {manager && <JoinRequests groupId={group.id} onError={setMessage} />}
      {canRead ? (
        <GroupPosts group={group} member={member} />
      ) : (
        <Card withBorder padding="lg" maw={760}>
          <Stack gap="xs">
            <Title order={2} size="h3">
              This group is private
            </Title>
            <Text>
              {group.viewerMembership?.status === 'PENDING'
                ? 'You have asked to join. Its managers will see your request, and you will be told when you are in.'
                : 'Only its members see its posts and who is in it. Ask to join and a manager of the group will decide.'}
            </Text>
          </Stack>
        </Card>
      )}
      {seesMembers && <Members groupId={group.id} manages={manager || hasRole(me, ['ADMIN'])} />}
    </Page>
  );
}

function MembershipButton({ group, onError }: { group: GroupShape; onError: (m: string) => void }) {
  const [busy, run] = useSingleFlight();
  const variables = { groupId: group.id };
  const [join] = useMutation(CommunityJoinGroupMutation, { variables, refetchQueries: GROUP_QUERIES });
  const [leave] = useMutation(CommunityLeaveGroupMutation, { variables, refetchQueries: GROUP_QUERIES });
  const act = (action: () => Promise<unknown>) =>
    void run(async () => {
      try {
        await action();
      } catch (e) {
        onError(describeError(e).message);
      }
    });
  const status = group.viewerMembership?.status;
  if (status === 'ACTIVE') {
    return (
      <Button size="sm" variant="default" loading={busy} onClick={() => act(leave)}>
        Leave group
      </Button>
    );
  }
  if (status === 'PENDING') {
    return (
      <Button size="sm" variant="default" loading={busy} onClick={() => act(leave)}>
        Withdraw request
      </Button>
    );
  }
  return (
    <Button size="sm" loading={busy} onClick={() => act(join)}>
      {group.privacy === 'PRIVATE' ? 'Ask to join' : 'Join group'}
    </Button>
  );
}

function GroupPosts({ group, member }: { group: GroupShape; member: boolean }) {
  const feed = useQuery(CommunityGroupFeedQuery, { variables: { groupId: group.id, first: PAGE_SIZE } });
  const fresh = useNewPosts({ groupId: group.id });
  const { loadingMore, loadMore } = useLoadMore(feed.data?.groupFeed.pageInfo.endCursor, (after) =>
    feed.fetchMore({
      variables: { after },
      updateQuery: (prev, { fetchMoreResult }) => ({
        groupFeed: appendPage(prev.groupFeed, fetchMoreResult.groupFeed),
      }),
    }),
  );
  const showNew = async () => {
    fresh.reset();
    await feed.refetch({ groupId: group.id, first: PAGE_SIZE, after: null });
    document.getElementById('group-posts')?.focus();
  };
  return (
    <Stack gap="md" maw={760}>
      {member && (
        <Card withBorder padding="md">
          <Composer groupId={group.id} groupName={group.name} />
        </Card>
      )}
      <NewPostsBar count={fresh.count} onShow={() => void showNew()} />
      <Stack gap="sm" component="section" aria-labelledby="group-posts">
        <Title order={2} id="group-posts" tabIndex={-1}>
          Posts
        </Title>
        <QueryState
          data={feed.data}
          loading={feed.loading}
          error={feed.error}
          refetch={feed.refetch}
          isEmpty={(d) => d.groupFeed.edges.length === 0}
          empty={
            <EmptyState title="No posts in this group yet">
              {member ? 'Write the first one above.' : 'Join the group to write the first one.'}
            </EmptyState>
          }
        >
          {(d) => (
            <PostList
              posts={d.groupFeed.edges.map((e) => e.node)}
              hasMore={d.groupFeed.pageInfo.hasNextPage}
              loadingMore={loadingMore}
              onLoadMore={loadMore}
            />
          )}
        </QueryState>
      </Stack>
    </Stack>
  );
}

/** Who is in the group; its managers (and admins) make a member a manager, or a manager a member again. */
function Members({ groupId, manages }: { groupId: string; manages: boolean }) {
  const { data, loading, error, refetch } = useQuery(CommunityGroupMembersQuery, { variables: { groupId } });
  return (
    <Stack gap="sm" component="section" aria-labelledby="group-members" maw={760}>
      <Title order={2} id="group-members">
        Members
      </Title>
      {manages && (
        <Text size="sm" c="dimmed">
          Managers approve requests to join and choose who else manages the group.
        </Text>
      )}
      <QueryState
        data={data}
        loading={loading}
        error={error}
        refetch={refetch}
        isEmpty={(d) => d.groupMembers.edges.length === 0}
        empty={<Text c="dimmed">No members yet.</Text>}
      >
        {(d) => (
          <Group component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {d.groupMembers.edges.map(({ node }) => (
              <Card component="li" key={node.id} withBorder padding="xs">
                <Group gap={6} wrap="wrap">
                  <MemberLink member={node.member} />
                  {node.role === 'MANAGER' && (
                    <Badge size="sm" variant="light">
                      Manager
                    </Badge>
                  )}
                  {manages && <RoleAction groupId={groupId} member={node} />}
                </Group>
              </Card>
            ))}
          </Group>
        )}
      </QueryState>
    </Stack>
  );
}

type GroupMemberShape = {
  role: 'MANAGER' | 'MEMBER';
  membershipId: string;
  member?: { user: { displayName: string } } | null;
};

function RoleAction({ groupId, member }: { groupId: string; member: GroupMemberShape }) {
  const [busy, run] = useSingleFlight();
  const [message, setMessage] = useState<string | null>(null);
  const [setRole] = useMutation(CommunitySetGroupRoleMutation, { refetchQueries: GROUP_QUERIES });
  const name = member.member?.user.displayName ?? 'this former member';
  const change = (role: 'MANAGER' | 'MEMBER') =>
    run(async () => {
      setMessage(null);
      try {
        await setRole({ variables: { groupId, memberId: member.membershipId, role } });
      } catch (e) {
        setMessage(describeError(e).message);
      }
    });
  return (
    <>
      {member.role === 'MANAGER' ? (
        <ConfirmButton
          label={`Remove ${name} as manager`}
          question={`${name} stays a member but no longer manages the group.`}
          confirm="Remove as manager"
          busy={busy}
          onConfirm={() => change('MEMBER')}
        >
          Remove as manager
        </ConfirmButton>
      ) : (
        <Button
          variant="subtle"
          size="compact-sm"
          loading={busy}
          aria-label={`Make ${name} a manager`}
          onClick={() => void change('MANAGER')}
        >
          Make manager
        </Button>
      )}
      {message && (
        <Text size="sm" c="red.8" role="alert" w="100%">
          {message}
        </Text>
      )}
    </>
  );
}

function JoinRequests({ groupId, onError }: { groupId: string; onError: (m: string) => void }) {
  const { data } = useQuery(CommunityGroupMembersQuery, { variables: { groupId, status: 'PENDING' } });
  const [busy, run] = useSingleFlight();
  const [approve] = useMutation(CommunityApproveGroupMemberMutation, { refetchQueries: GROUP_QUERIES });
  const [decline] = useMutation(CommunityDeclineGroupMemberMutation, { refetchQueries: GROUP_QUERIES });
  const requests = data?.groupMembers.edges ?? [];
  if (requests.length === 0) return null;
  const act = (action: () => Promise<unknown>) =>
    void run(async () => {
      try {
        await action();
      } catch (e) {
        onError(describeError(e).message);
      }
    });
  return (
    <Stack gap="sm" component="section" aria-labelledby="join-requests" maw={760}>
      <Title order={2} id="join-requests">
        Requests to join
      </Title>
      <PlainList>
        {requests.map(({ node }) => {
          const name = node.member?.user.displayName ?? 'A former member';
          const variables = { groupId, memberId: node.membershipId };
          return (
            <Card component="li" key={node.id} withBorder padding="sm">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Text fw={600}>{name}</Text>
                <Group gap="xs">
                  <Button
                    size="compact-sm"
                    disabled={busy}
                    aria-label={`Approve ${name}`}
                    onClick={() => act(() => approve({ variables }))}
                  >
                    Approve
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="default"
                    disabled={busy}
                    aria-label={`Decline ${name}`}
                    onClick={() => act(() => decline({ variables }))}
                  >
                    Decline
                  </Button>
                </Group>
              </Group>
            </Card>
          );
        })}
      </PlainList>
    </Stack>
  );
}
