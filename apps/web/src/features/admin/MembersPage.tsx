import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Checkbox, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { AdminMembersQuery, MembershipStatus, Role } from '../../gql/graphql';
import { describeError, EmptyState, Page, QueryState, StatusNotice, useMe, useSingleFlight } from '../../shared';
import { ROLE_LABEL, ROLES } from './bulk-invitations';
import {
  AdminMembersQuery as MembersQuery,
  ChangeRolesMutation,
  DeactivateMemberMutation,
  ReactivateMemberMutation,
} from './operations';

type MemberNode = AdminMembersQuery['members']['edges'][number]['node'];
type Notice = { tone: 'red' | 'green'; text: string };

export function MembersPage() {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [role, setRole] = useState<string | null>(null);
  const [status, setStatus] = useState<string>('ACTIVE');
  const { data, loading, error, refetch, fetchMore } = useQuery(MembersQuery, {
    variables: {
      filter: {
        status: status as MembershipStatus,
        ...(role ? { role: role as Role } : {}),
        ...(debounced ? { search: debounced } : {}),
      },
    },
  });
  const [editing, setEditing] = useState<MemberNode | null>(null);
  const [confirming, setConfirming] = useState<MemberNode | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [reactivate, reactivating] = useMutation(ReactivateMemberMutation, { refetchQueries: ['AdminMembers'] });
  const { me } = useMe();

  return (
    <Page title="Members">
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label="Search by name or e-mail"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          maw={320}
          style={{ flex: '1 1 220px' }}
        />
        <Select
          label="Role"
          placeholder="Any role"
          clearable
          data={ROLES.map((r) => ({ value: r, label: ROLE_LABEL[r] }))}
          value={role}
          onChange={setRole}
          w={160}
        />
        <Select
          label="Status"
          allowDeselect={false}
          data={[
            { value: 'ACTIVE', label: 'Active' },
            { value: 'DEACTIVATED', label: 'Deactivated' },
          ]}
          value={status}
          onChange={(v) => setStatus(v ?? 'ACTIVE')}
          w={160}
        />
      </Group>
      <StatusNotice notice={notice} onDismiss={() => setNotice(null)} />
      <QueryState
        data={data}
        loading={loading}
        error={error}
        refetch={refetch}
        isEmpty={(d) => d.members.edges.length === 0}
        empty={
          <EmptyState title="Nobody matches">
            {debounced || role || status !== 'ACTIVE'
              ? 'Try another search or filter.'
              : 'Invite colleagues from Invitations to build your organisation.'}
          </EmptyState>
        }
      >
        {(d) => (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {d.members.totalCount} {d.members.totalCount === 1 ? 'member' : 'members'}
            </Text>
            <Table.ScrollContainer minWidth={640}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>E-mail</Table.Th>
                    <Table.Th>Roles</Table.Th>
                    <Table.Th>Actions</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.members.edges.map(({ node: m }) => (
                    <Table.Tr key={m.id}>
                      <Table.Td>
                        {m.user.displayName}
                        {m.id === me?.member.id && (
                          <Text span size="sm" c="dimmed">
                            {' '}
                            (you)
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{m.user.email}</Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {m.roles.map((r) => (
                            <Badge key={r} variant="light" color={r === 'ADMIN' ? 'red' : 'blue'}>
                              {ROLE_LABEL[r]}
                            </Badge>
                          ))}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          {m.status === 'ACTIVE' ? (
                            <>
                              <Button
                                size="compact-sm"
                                variant="light"
                                onClick={() => setEditing(m)}
                                aria-label={`Change roles of ${m.user.displayName}`}
                              >
                                Roles
                              </Button>
                              {/* Admins cannot lock themselves out; another admin can. */}
                              {m.id !== me?.member.id && (
                                <Button
                                  size="compact-sm"
                                  variant="subtle"
                                  color="red"
                                  onClick={() => setConfirming(m)}
                                  aria-label={`Deactivate ${m.user.displayName}`}
                                >
                                  Deactivate
                                </Button>
                              )}
                            </>
                          ) : (
                            <Button
                              size="compact-sm"
                              variant="light"
                              loading={reactivating.loading}
                              aria-label={`Reactivate ${m.user.displayName}`}
                              onClick={async () => {
                                try {
                                  await reactivate({ variables: { id: m.id } });
                                  setNotice({ tone: 'green', text: `${m.user.displayName} is active again.` });
                                } catch (e) {
                                  setNotice({ tone: 'red', text: describeError(e).message });
                                }
                              }}
                            >
                              Reactivate
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {d.members.pageInfo.hasNextPage && (
              <Button
                variant="default"
                style={{ alignSelf: 'center' }}
                onClick={() =>
                  void fetchMore({
                    variables: { after: d.members.pageInfo.endCursor },
                    updateQuery: (previous, { fetchMoreResult }) => ({
                      members: {
                        ...fetchMoreResult.members,
                        edges: [...previous.members.edges, ...fetchMoreResult.members.edges],
                      },
                    }),
                  })
                }
              >
                Show more members
              </Button>
            )}
          </Stack>
        )}
      </QueryState>
      <RolesModal member={editing} onClose={() => setEditing(null)} onDone={setNotice} />
      <DeactivateModal member={confirming} onClose={() => setConfirming(null)} onDone={setNotice} />
    </Page>
  );
}

function RolesModal({
  member,
  onClose,
  onDone,
}: {
  member: MemberNode | null;
  onClose: () => void;
  onDone: (n: Notice) => void;
}) {
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={!!member}
      onClose={onClose}
      title={member ? `Roles of ${member.user.displayName}` : 'Roles'}
    >
      {member && <RolesForm key={member.id} member={member} onClose={onClose} onDone={onDone} />}
    </Modal>
  );
}

function RolesForm({
  member,
  onClose,
  onDone,
}: {
  member: MemberNode;
  onClose: () => void;
  onDone: (n: Notice) => void;
}) {
  const [roles, setRoles] = useState<string[]>(member.roles);
  const [error, setError] = useState<string | null>(null);
  const [change] = useMutation(ChangeRolesMutation);
  const [loading, once] = useSingleFlight();
  const save = () =>
    once(async () => {
      if (roles.length === 0) {
        setError('Choose at least one role');
        return;
      }
      setError(null);
      try {
        await change({ variables: { input: { memberId: member.id, roles: roles as Role[] } } });
        onClose();
        onDone({ tone: 'green', text: `${member.user.displayName}’s roles are saved.` });
      } catch (e) {
        setError(describeError(e).message);
      }
    });
  return (
    <Stack>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Checkbox.Group label="Roles" value={roles} onChange={setRoles}>
        <Stack gap="xs" mt="xs">
          <Checkbox value="MEMBER" label="Member — volunteers, answers calls, takes on tasks" />
          <Checkbox value="COMMS" label="Comms — runs calls, tasks and the plan" />
          <Checkbox value="HR" label="HR — searches skills across the organisation" />
          <Checkbox value="ADMIN" label="Admin — manages members, invitations and settings" />
        </Stack>
      </Checkbox.Group>
      <Group>
        <Button loading={loading} onClick={() => void save()}>
          Save roles
        </Button>
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}

function DeactivateModal({
  member,
  onClose,
  onDone,
}: {
  member: MemberNode | null;
  onClose: () => void;
  onDone: (n: Notice) => void;
}) {
  const [deactivate] = useMutation(DeactivateMemberMutation, { refetchQueries: ['AdminMembers'] });
  const [loading, once] = useSingleFlight();
  const [error, setError] = useState<string | null>(null);
  const confirm = () =>
    once(async () => {
      if (!member) return;
      setError(null);
      try {
        await deactivate({ variables: { id: member.id } });
        onClose();
        onDone({ tone: 'green', text: `${member.user.displayName} is deactivated and signed out everywhere.` });
      } catch (e) {
        setError(describeError(e).message);
      }
    });
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={!!member}
      onClose={onClose}
      title={member ? `Deactivate ${member.user.displayName}?` : 'Deactivate'}
    >
      <Stack>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Text>
          They are signed out at once and can no longer sign in to this organisation. You can reactivate them later.
        </Text>
        <Group>
          <Button color="red" loading={loading} onClick={() => void confirm()}>
            Deactivate
          </Button>
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
