import { PlainList } from './lists';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { describeError, useSingleFlight } from '../../shared';
import {
  CommunityAppointTopicManagerMutation,
  CommunityMemberSuggestionsQuery,
  CommunityRemoveTopicManagerMutation,
} from './operations';

type Manager = { id: string; user: { displayName: string } };

/** Comms and admins appoint and remove a topic's managers (who may then pin and moderate its posts). */
export function TopicManagers({ topicId, tag, managers }: { topicId: string; tag: string; managers: Manager[] }) {
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, run] = useSingleFlight();
  const [appoint] = useMutation(CommunityAppointTopicManagerMutation);
  const [remove] = useMutation(CommunityRemoveTopicManagerMutation);
  const members = useQuery(CommunityMemberSuggestionsQuery, {
    variables: { search: search.trim() || undefined },
    skip: search.trim().length === 0,
  });
  const managerIds = new Set(managers.map((m) => m.id));
  const options = (members.data?.members.edges ?? [])
    .filter(({ node }) => !managerIds.has(node.id))
    .map(({ node }) => ({ value: node.id, label: node.user.displayName }));

  const act = (action: () => Promise<unknown>) =>
    void run(async () => {
      setMessage(null);
      try {
        await action();
      } catch (e) {
        setMessage(describeError(e).message);
      }
    });

  return (
    <Stack gap="sm" component="section" aria-labelledby="topic-managers">
      <Title order={2} id="topic-managers">
        Topic managers
      </Title>
      <Text size="sm" c="dimmed">
        Managers of #{tag} can pin and remove its posts and edit its description.
      </Text>
      {managers.length === 0 ? (
        <Text>No managers yet.</Text>
      ) : (
        <PlainList>
          {managers.map((m) => (
            <Group component="li" key={m.id} justify="space-between" wrap="nowrap" maw={480}>
              <Text>{m.user.displayName}</Text>
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                disabled={busy}
                aria-label={`Remove ${m.user.displayName} as manager`}
                onClick={() => act(() => remove({ variables: { topicId, memberId: m.id } }))}
              >
                Remove
              </Button>
            </Group>
          ))}
        </PlainList>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!chosen) {
            setFieldError('Choose a member to appoint');
            return;
          }
          setFieldError(null);
          act(async () => {
            await appoint({ variables: { topicId, memberId: chosen } });
            setChosen(null);
            setSearch('');
          });
        }}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label="Appoint a manager"
            placeholder="Type a name"
            searchable
            clearable
            data={options}
            value={chosen}
            onChange={setChosen}
            searchValue={search}
            onSearchChange={setSearch}
            nothingFoundMessage={search.trim() ? 'No member with that name' : 'Type a name to search'}
            error={fieldError}
            w={{ base: '100%', xs: 280 }}
          />
          <Button type="submit" loading={busy}>
            Appoint
          </Button>
        </Group>
      </form>
      {message && (
        <Alert color="red" role="alert">
          {message}
        </Alert>
      )}
    </Stack>
  );
}
