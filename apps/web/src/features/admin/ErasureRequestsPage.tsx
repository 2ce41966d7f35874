import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Modal, Paper, Select, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { AdminErasureRequestsQuery as ErasureRequestsData } from '../../gql/graphql';
import { describeError, Page, QueryState, StatusNotice, useSingleFlight } from '../../shared';
import {
  AdminCancelErasureMutation,
  AdminEraseMemberMutation,
  AdminErasureCandidatesQuery,
  AdminErasureRequestsQuery,
  AdminKeepRepliedContentMutation,
} from './erasure-operations';

type Notice = { tone: 'red' | 'green'; text: string } | null;
type ErasureRequest = ErasureRequestsData['erasureRequests'][number];
type Member = { id: string; name: string };

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const when = (iso: string | null | undefined) => (iso ? WHEN.format(new Date(iso)) : '—');

const OUTCOME: Record<string, { label: string; color: string }> = {
  COMPLETED: { label: 'Carried out', color: 'green' },
  CANCELLED: { label: 'Called off', color: 'gray' },
  REFUSED: { label: 'Refused (only admin)', color: 'red' },
};

/** Erasure requests: act on a member's request, call off a waiting one, read the receipts. */
export function ErasureRequestsPage() {
  const { data, loading, error, refetch } = useQuery(AdminErasureRequestsQuery);
  const [notice, setNotice] = useState<Notice>(null);
  const [erasing, setErasing] = useState<Member | null>(null);
  const [callingOff, setCallingOff] = useState<Member | null>(null);
  return (
    <Page title="Erasure requests">
      <Stack maw={900}>
        <Text>
          Members can ask for their account and everything held about them here to be erased. An erasure waits for a
          cooling-off period, during which they or you can call it off. They are e-mailed when it is scheduled and when
          you call it off.
        </Text>
        <StatusNotice notice={notice} />
        <QueryState data={data} loading={loading} error={error} refetch={refetch}>
          {(d) => {
            const waiting = d.erasureRequests.filter((r) => r.status === 'PENDING');
            const finished = d.erasureRequests.filter((r) => r.status !== 'PENDING');
            return (
              <>
                <ActOnRequest onErase={setErasing} />
                <Waiting requests={waiting} onCallOff={setCallingOff} />
                <Finished requests={finished} />
                <KeepContent keep={d.organisationSettings.keepRepliedContentOnErasure} onDone={setNotice} />
              </>
            );
          }}
        </QueryState>
      </Stack>
      <EraseModal member={erasing} onClose={() => setErasing(null)} onDone={setNotice} />
      <CallOffModal member={callingOff} onClose={() => setCallingOff(null)} onDone={setNotice} />
    </Page>
  );
}

function ActOnRequest({ onErase }: { onErase: (member: Member) => void }) {
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<(Member & { label: string }) | null>(null);
  // Once a member is chosen the box shows their label: that is not a new search.
  const [debounced] = useDebouncedValue(chosen && search === chosen.label ? '' : search, 250);
  const { data, previousData } = useQuery(AdminErasureCandidatesQuery, {
    variables: { search: debounced.trim() || null },
  });
  const options = ((data ?? previousData)?.members.edges ?? []).map(({ node: m }) => ({
    value: m.id,
    label: `${m.user.displayName} (${m.user.email})`,
    name: m.user.displayName,
  }));
  if (chosen && !options.some((o) => o.value === chosen.id)) {
    options.unshift({ value: chosen.id, label: chosen.label, name: chosen.name });
  }
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="erasure-act">
      <Stack>
        <Title order={2} size="h3" id="erasure-act">
          Act on a member’s request
        </Title>
        <Text size="sm">
          When a member asks you, rather than using “Erase my account” on their profile, schedule it here.
        </Text>
        <Group align="flex-end" gap="sm">
          <Select
            label="Member"
            placeholder="Type a name or e-mail"
            searchable
            clearable
            searchValue={search}
            onSearchChange={setSearch}
            value={chosen?.id ?? null}
            onChange={(value) => {
              const option = options.find((o) => o.value === value);
              setChosen(option ? { id: option.value, name: option.name, label: option.label } : null);
            }}
            data={options.map(({ value, label }) => ({ value, label }))}
            nothingFoundMessage="No member matches"
            style={{ flex: '1 1 260px' }}
          />
          <Button
            color="red.9"
            variant="outline"
            disabled={!chosen}
            onClick={() => chosen && onErase({ id: chosen.id, name: chosen.name })}
          >
            Erase this member…
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function Waiting({ requests, onCallOff }: { requests: ErasureRequest[]; onCallOff: (member: Member) => void }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="erasure-waiting">
      <Stack>
        <Title order={2} size="h3" id="erasure-waiting">
          Waiting
        </Title>
        {requests.length === 0 ? (
          <Text size="sm">No erasures are waiting. Requests members make on their profile appear here.</Text>
        ) : (
          <Table.ScrollContainer minWidth={520}>
            <Table striped aria-labelledby="erasure-waiting">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Member</Table.Th>
                  <Table.Th>Asked by</Table.Th>
                  <Table.Th>To be erased</Table.Th>
                  <Table.Th>Actions</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {requests.map((r) => {
                  const name = r.member?.user.displayName ?? 'A member';
                  return (
                    <Table.Tr key={r.id}>
                      <Table.Td>{name}</Table.Td>
                      <Table.Td>{r.requestedByAdmin ? 'An admin' : 'Themselves'}</Table.Td>
                      <Table.Td>
                        <time dateTime={r.notBefore ?? undefined}>{when(r.notBefore)}</time>
                      </Table.Td>
                      <Table.Td>
                        {r.member && (
                          <Button
                            size="compact-sm"
                            variant="light"
                            aria-label={`Call off the erasure of ${name}`}
                            onClick={() => r.member && onCallOff({ id: r.member.id, name })}
                          >
                            Call off
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}

function Finished({ requests }: { requests: ErasureRequest[] }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="erasure-finished">
      <Stack>
        <Title order={2} size="h3" id="erasure-finished">
          Carried out and called off
        </Title>
        <Text size="sm">A carried-out erasure leaves only this receipt: it names no one.</Text>
        {requests.length === 0 ? (
          <Text size="sm">Nothing yet.</Text>
        ) : (
          <Table.ScrollContainer minWidth={520}>
            <Table striped aria-labelledby="erasure-finished">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Outcome</Table.Th>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Asked by</Table.Th>
                  <Table.Th>Records</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {requests.map((r) => {
                  const outcome = OUTCOME[r.status] ?? { label: r.status, color: 'gray' };
                  return (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        <Badge variant="light" color={outcome.color}>
                          {outcome.label}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <time dateTime={r.completedAt ?? undefined}>{when(r.completedAt)}</time>
                      </Table.Td>
                      <Table.Td>{r.requestedByAdmin ? 'An admin' : 'The member'}</Table.Td>
                      <Table.Td>
                        {r.erasedRecords == null
                          ? '—'
                          : `${r.erasedRecords} erased, ${r.anonymisedRecords ?? 0} kept without them`}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}

function KeepContent({ keep, onDone }: { keep: boolean; onDone: (n: Notice) => void }) {
  const [save] = useMutation(AdminKeepRepliedContentMutation, { refetchQueries: ['AdminErasureRequests'] });
  const [saving, once] = useSingleFlight();
  const change = (enabled: boolean) =>
    once(async () => {
      try {
        await save({ variables: { enabled } });
        onDone({
          tone: 'green',
          text: enabled
            ? 'Posts and comments others replied to will keep their words when their author is erased.'
            : 'Posts and comments others replied to will lose their words when their author is erased.',
        });
      } catch (e) {
        onDone({ tone: 'red', text: describeError(e).message });
      }
    });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="erasure-keep">
      <Stack>
        <Title order={2} size="h3" id="erasure-keep">
          Conversations after an erasure
        </Title>
        <Text size="sm">
          Posts and comments that colleagues replied to stay after their author is erased, from “a former member”, so
          the conversation still makes sense. By default their words are removed.
        </Text>
        <Switch
          label="Keep the words of posts and comments others replied to"
          description="Their name, e-mail and @mentions of them are still removed."
          checked={keep}
          disabled={saving}
          onChange={(event) => void change(event.currentTarget.checked)}
        />
      </Stack>
    </Paper>
  );
}

function EraseModal({
  member,
  onClose,
  onDone,
}: {
  member: Member | null;
  onClose: () => void;
  onDone: (n: Notice) => void;
}) {
  const [erase] = useMutation(AdminEraseMemberMutation, { refetchQueries: ['AdminErasureRequests'] });
  const [loading, once] = useSingleFlight();
  const [error, setError] = useState<string | null>(null);
  const confirm = () =>
    once(async () => {
      if (!member) return;
      setError(null);
      try {
        const { data } = await erase({ variables: { memberId: member.id } });
        onClose();
        onDone({
          tone: 'green',
          text: `${member.name} will be erased on ${when(data?.eraseMember.notBefore)}. We have e-mailed them.`,
        });
      } catch (e) {
        setError(describeError(e).message);
      }
    });
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={!!member}
      onClose={onClose}
      title={member ? `Erase ${member.name}?` : 'Erase'}
      centered
    >
      <Stack>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Text size="sm">
          After the cooling-off period, their profile, sign-ups, tasks, posts, shares, answers and messages in this
          organisation are erased, and their account if they belong to no other organisation. A place they hold on a
          task goes back to the comms team.
        </Text>
        <Text size="sm">We e-mail them now. Until it is carried out, they or you can call it off.</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red.9" loading={loading} onClick={() => void confirm()}>
            Yes, schedule the erasure
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function CallOffModal({
  member,
  onClose,
  onDone,
}: {
  member: Member | null;
  onClose: () => void;
  onDone: (n: Notice) => void;
}) {
  const [cancel] = useMutation(AdminCancelErasureMutation, { refetchQueries: ['AdminErasureRequests'] });
  const [loading, once] = useSingleFlight();
  const [error, setError] = useState<string | null>(null);
  const confirm = () =>
    once(async () => {
      if (!member) return;
      setError(null);
      try {
        await cancel({ variables: { memberId: member.id } });
        onClose();
        onDone({ tone: 'green', text: `The erasure of ${member.name} is called off. We have e-mailed them.` });
      } catch (e) {
        setError(describeError(e).message);
      }
    });
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={!!member}
      onClose={onClose}
      title={member ? `Call off the erasure of ${member.name}?` : 'Call off'}
      centered
    >
      <Stack>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Text size="sm">Their account and everything held about them stay as they are. We e-mail them to say so.</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Keep it scheduled
          </Button>
          <Button loading={loading} onClick={() => void confirm()}>
            Yes, call it off
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
