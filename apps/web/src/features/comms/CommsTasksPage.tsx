import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { CommsTaskStatus } from '../../gql/graphql';
import { EmptyState, Page, QueryState } from '../../shared';
import { formatDate, StatusBadge, TASK_KIND_LABEL, TASK_STATUS_LABEL } from './common';
import { CommsTasksQuery, CreateTaskMutation } from './operations';
import { EMPTY_TASK, TaskForm, taskInput } from './TaskForm';

export function CommsTasksPage() {
  const [status, setStatus] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const { data, loading, error, refetch } = useQuery(CommsTasksQuery, {
    variables: {
      filter: {
        ...(status ? { statuses: [status as CommsTaskStatus] } : {}),
        ...(debounced ? { search: debounced } : {}),
      },
    },
  });
  const filtered = !!status || !!debounced;
  return (
    <Page
      title="Tasks"
      actions={
        <Button component={Link} to="/comms/tasks/new">
          New task
        </Button>
      }
    >
      <Group align="flex-end" wrap="wrap">
        <TextInput label="Search tasks" value={search} onChange={(e) => setSearch(e.currentTarget.value)} maw={320} />
        <Select
          label="Status"
          placeholder="Any status"
          clearable
          data={Object.entries(TASK_STATUS_LABEL).map(([value, label]) => ({ value, label }))}
          value={status}
          onChange={setStatus}
          maw={200}
        />
      </Group>
      <QueryState
        data={data}
        loading={loading}
        error={error}
        refetch={refetch}
        isEmpty={(d) => d.commsTasks.edges.length === 0}
        empty={
          filtered ? (
            <EmptyState title="No tasks match">Try another search or status.</EmptyState>
          ) : (
            <EmptyState
              title="No tasks yet"
              action={
                <Button component={Link} to="/comms/tasks/new">
                  Create a task
                </Button>
              }
            >
              Create a comms task to see its best-matched volunteers.
            </EmptyState>
          )
        }
      >
        {(d) => (
          <Table.ScrollContainer minWidth={560}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Task</Table.Th>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Seats filled</Table.Th>
                  <Table.Th>Due</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.commsTasks.edges.map(({ node: t }) => (
                  <Table.Tr key={t.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/comms/tasks/${t.id}`}>
                        {t.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{TASK_KIND_LABEL[t.kind]}</Table.Td>
                    <Table.Td>
                      <StatusBadge status={t.status} label={TASK_STATUS_LABEL[t.status]} />
                    </Table.Td>
                    <Table.Td>
                      {t.seatsTaken} of {t.seats}
                    </Table.Td>
                    <Table.Td>{formatDate(t.dueAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {d.commsTasks.totalCount > d.commsTasks.edges.length && (
              <Text size="sm" c="dimmed" mt="xs">
                Showing the newest {d.commsTasks.edges.length} of {d.commsTasks.totalCount}. Search to narrow them down.
              </Text>
            )}
          </Table.ScrollContainer>
        )}
      </QueryState>
    </Page>
  );
}

export function NewTaskPage() {
  const navigate = useNavigate();
  const [create] = useMutation(CreateTaskMutation, { refetchQueries: ['CommsTasks'] });
  return (
    <Page title="New task">
      <Text>A task starts as a draft: publish it when it is ready and matched volunteers will see it.</Text>
      <TaskForm
        initial={EMPTY_TASK}
        submitLabel="Save draft"
        onCancel={() => void navigate('/comms/tasks')}
        onSubmit={async (values) => {
          const { data } = await create({ variables: { input: taskInput(values) } });
          if (data) await navigate(`/comms/tasks/${data.createCommsTask.id}`);
        }}
      />
    </Page>
  );
}
