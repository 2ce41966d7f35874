import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { applyApiError, EmptyState, Page, QueryState, useSingleFlight } from '../../shared';
import { plural } from './format';
import { GROUP_DESCRIPTION_MAX, GROUP_NAME_MAX, GROUP_NAME_MIN, groupPath, membershipLabel } from './groups';
import { CommunityCreateGroupMutation, CommunityGroupsQuery } from './operations';
import { PlainList, ShowMore } from './lists';
import { appendPage, useLoadMore } from './usePostFeed';

const PAGE_SIZE = 50;

export function GroupsPage() {
  const [creating, setCreating] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(CommunityGroupsQuery, {
    variables: { first: PAGE_SIZE },
  });
  const { loadingMore, loadMore } = useLoadMore(data?.groups.pageInfo.endCursor, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (prev, { fetchMoreResult }) => ({ groups: appendPage(prev.groups, fetchMoreResult.groups) }),
    }),
  );
  return (
    <Page title="Groups" actions={<Button onClick={() => setCreating(true)}>New group</Button>}>
      <Text maw={760}>
        Groups gather people around a project or team. Anyone can join an open group; a private group’s posts and
        members are seen only by its members, who join on request.
      </Text>
      <QueryState
        data={data}
        loading={loading}
        error={error}
        refetch={refetch}
        isEmpty={(d) => d.groups.edges.length === 0}
        empty={
          <EmptyState
            title="No groups yet"
            action={<Button onClick={() => setCreating(true)}>Start the first group</Button>}
          >
            Start a group for your team or project and invite colleagues to join.
          </EmptyState>
        }
      >
        {(d) => (
          <Stack gap="sm" maw={760}>
            <PlainList>
              {d.groups.edges.map(({ node: group }) => {
                const standing = membershipLabel(group);
                return (
                  <Card key={group.id} component="li" withBorder padding="sm">
                    <Stack gap={4}>
                      <Group gap="xs" wrap="wrap">
                        <Anchor component={Link} to={groupPath(group.id)} fw={600} style={{ overflowWrap: 'anywhere' }}>
                          {group.name}
                        </Anchor>
                        <Badge variant="light" color={group.privacy === 'PRIVATE' ? 'grape' : 'teal'}>
                          {group.privacy === 'PRIVATE' ? 'Private' : 'Open'}
                        </Badge>
                      </Group>
                      {group.description && (
                        <Text size="sm" lineClamp={2}>
                          {group.description}
                        </Text>
                      )}
                      <Text size="sm" c="dimmed">
                        {plural(group.memberCount, 'member')}
                        {standing ? ` · ${standing}` : ''}
                      </Text>
                    </Stack>
                  </Card>
                );
              })}
            </PlainList>
            <ShowMore hasMore={d.groups.pageInfo.hasNextPage} loading={loadingMore} onClick={loadMore}>
              Show more groups
            </ShowMore>
          </Stack>
        )}
      </QueryState>
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title="New group"
        size="lg"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        <CreateGroupForm onCancel={() => setCreating(false)} />
      </Modal>
    </Page>
  );
}

function CreateGroupForm({ onCancel }: { onCancel: () => void }) {
  const navigate = useNavigate();
  const [busy, run] = useSingleFlight();
  const [message, setMessage] = useState<string | null>(null);
  const [create] = useMutation(CommunityCreateGroupMutation, { refetchQueries: ['CommunityGroups'] });
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: '', description: '', privacy: 'OPEN' as 'OPEN' | 'PRIVATE' },
    validate: {
      name: (v) => {
        const name = v.trim();
        if (name.length === 0) return 'Give the group a name';
        if (name.length < GROUP_NAME_MIN) return `A group name has at least ${GROUP_NAME_MIN} characters`;
        if (name.length > GROUP_NAME_MAX) return `A group name has at most ${GROUP_NAME_MAX} characters`;
        return null;
      },
      description: (v) =>
        v.trim().length > GROUP_DESCRIPTION_MAX
          ? `A description has at most ${GROUP_DESCRIPTION_MAX} characters`
          : null,
    },
  });
  const submit = form.onSubmit(
    (values) =>
      void run(async () => {
        setMessage(null);
        try {
          const { data } = await create({
            variables: {
              input: {
                name: values.name.trim(),
                description: values.description.trim() || null,
                privacy: values.privacy,
              },
            },
          });
          if (data) void navigate(groupPath(data.createGroup.id));
        } catch (error) {
          const described = applyApiError(form, error);
          if (described.code === 'CONFLICT') form.setFieldError('name', 'A group with this name already exists');
          else setMessage(described.formMessage);
        }
      }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label="Name"
          withAsterisk
          description={`${GROUP_NAME_MIN}–${GROUP_NAME_MAX} characters`}
          key={form.key('name')}
          {...form.getInputProps('name')}
        />
        <Textarea
          label="What the group is for"
          autosize
          minRows={2}
          maxRows={8}
          key={form.key('description')}
          {...form.getInputProps('description')}
        />
        <Radio.Group label="Who can join" key={form.key('privacy')} {...form.getInputProps('privacy')}>
          <Stack gap="xs" mt="xs">
            <Radio value="OPEN" label="Open: anyone in the organisation can join and read its posts" />
            <Radio value="PRIVATE" label="Private: people ask to join; only members see its posts and members" />
          </Stack>
        </Radio.Group>
        {message && (
          <Alert color="red" role="alert">
            {message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Create group
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
