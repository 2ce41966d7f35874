import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, NumberInput, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link } from 'react-router';
import { applyApiError, EmptyState, Page, QueryState } from '../../shared';
import type { VolunteerMyTasksQuery } from '../../gql/graphql';

type VolunteerAssignment = VolunteerMyTasksQuery['myAssignments']['edges'][number]['node'];
import { ASSIGNMENT_STATUSES, formatDate, hours } from './labels';
import { MarkDoneMutation, MyTasksQuery } from './operations';
import { TaskSummary } from './TaskSummary';

interface DoneValues {
  workDone: string;
  impact: string;
  hoursContributed: number | string;
}

/** The same limits as the API's MarkAssignmentDoneInput. */
function validate(values: DoneValues) {
  const h = values.hoursContributed;
  return {
    workDone: values.workDone.length > 4000 ? 'What you did must be 4 000 characters or fewer' : null,
    impact: !values.impact.trim()
      ? 'Say what came of it, in a sentence or two'
      : values.impact.length > 4000
        ? 'The impact note must be 4 000 characters or fewer'
        : null,
    hoursContributed:
      h !== '' && (Number(h) <= 0 || Number(h) > 1000 || Math.round(Number(h) * 10) !== Number(h) * 10)
        ? 'Hours must be above 0 and at most 1 000, to one decimal place'
        : null,
  };
}

function MarkDoneForm({ assignment, onCancel }: { assignment: VolunteerAssignment; onCancel: () => void }) {
  const [markDone, { loading }] = useMutation(MarkDoneMutation);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<DoneValues>({
    mode: 'uncontrolled',
    initialValues: { workDone: '', impact: '', hoursContributed: '' },
    validate,
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        setMessage(null);
        try {
          await markDone({
            variables: {
              input: {
                assignmentId: assignment.id,
                workDone: values.workDone.trim() || undefined,
                impact: values.impact.trim(),
                hoursContributed: values.hoursContributed === '' ? undefined : Number(values.hoursContributed),
              },
            },
          });
        } catch (error) {
          const d = applyApiError(form, error);
          setMessage(
            d.code === 'CONFLICT' ? 'This task can no longer be marked done: it may have been withdrawn.' : d.message,
          );
        }
      })}
    >
      <Stack gap="sm">
        {message && (
          <Alert color="red" role="alert" title="We could not mark it done">
            {message}
          </Alert>
        )}
        <Textarea
          label="What you did"
          description="Optional, e.g. “Answered comments on the corporate account every lunchtime for two weeks.”"
          autosize
          minRows={2}
          maxLength={4000}
          key={form.key('workDone')}
          {...form.getInputProps('workDone')}
        />
        <Textarea
          label="Impact note"
          description="What came of it? e.g. “Replied to 40 comments; sign-ups doubled that week.”"
          required
          autosize
          minRows={2}
          maxLength={4000}
          key={form.key('impact')}
          {...form.getInputProps('impact')}
        />
        <NumberInput
          label="Hours you gave"
          description={`Optional; we count ${hours(assignment.task?.effortHours ?? 0)} if you leave it empty.`}
          min={0.1}
          max={1000}
          decimalScale={1}
          allowNegative={false}
          key={form.key('hoursContributed')}
          {...form.getInputProps('hoursContributed')}
        />
        <Group>
          <Button type="submit" loading={loading}>
            Mark as done
          </Button>
          <Button variant="default" onClick={onCancel} disabled={loading}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function TaskCard({ assignment }: { assignment: VolunteerAssignment }) {
  const [marking, setMarking] = useState(false);
  const title = assignment.task?.title ?? 'A task';
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`task-${assignment.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h4" id={`task-${assignment.id}`}>
            {title}
          </Title>
          <Badge variant="light" color={assignment.status === 'COMPLETED' ? 'gray' : 'blue'}>
            {ASSIGNMENT_STATUSES[assignment.status]}
          </Badge>
        </Group>
        {assignment.task && <TaskSummary task={assignment.task} />}
        {assignment.status === 'COMPLETED' && (
          <Stack gap={4}>
            <Text size="sm">
              Done {formatDate(assignment.completedAt)}
              {assignment.hoursContributed != null && ` · ${hours(assignment.hoursContributed)} given`}
            </Text>
            {assignment.workDone && (
              <Text size="sm">
                <Text span fw={600}>
                  What you did:{' '}
                </Text>
                {assignment.workDone}
              </Text>
            )}
            {assignment.impact && (
              <Text size="sm">
                <Text span fw={600}>
                  Impact:{' '}
                </Text>
                {assignment.impact}
              </Text>
            )}
            {assignment.feedback && (
              <Text size="sm">
                <Text span fw={600}>
                  Feedback from the comms team:{' '}
                </Text>
                {assignment.feedback}
              </Text>
            )}
            {assignment.endorsedSkills.length > 0 && (
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  Skills endorsed:
                </Text>
                {assignment.endorsedSkills.map((s) => (
                  <Badge key={s.id} variant="light">
                    {s.name}
                  </Badge>
                ))}
              </Group>
            )}
            {assignment.endorsedAt ? (
              <Text size="sm">Endorsed by the comms team {formatDate(assignment.endorsedAt)}.</Text>
            ) : (
              <Text size="sm" c="dimmed">
                Not endorsed yet; the comms team may add feedback and endorse skills you used.
              </Text>
            )}
          </Stack>
        )}
        {assignment.status === 'ACCEPTED' &&
          (marking ? (
            <MarkDoneForm assignment={assignment} onCancel={() => setMarking(false)} />
          ) : (
            <Group>
              <Button variant="light" onClick={() => setMarking(true)} aria-label={`Mark ${title} as done`}>
                Mark as done
              </Button>
            </Group>
          ))}
      </Stack>
    </Card>
  );
}

const GROUPS: { title: string; statuses: string[] }[] = [
  { title: 'In progress', statuses: ['ACCEPTED'] },
  { title: 'Waiting to hear', statuses: ['INTERESTED', 'WAITLISTED'] },
  { title: 'Done', statuses: ['COMPLETED'] },
];

export function MyTasksPage() {
  const { data, loading, error, refetch } = useQuery(MyTasksQuery);
  return (
    <Page title="My tasks">
      <QueryState
        data={data}
        loading={loading}
        error={error}
        refetch={refetch}
        isEmpty={(d) => d.myAssignments.edges.length === 0}
        empty={
          <EmptyState
            title="You have no tasks yet"
            action={
              <Button component={Link} to="/" variant="light">
                See tasks matched to you
              </Button>
            }
          >
            Tasks you accept appear here, ready to mark as done.
          </EmptyState>
        }
      >
        {(d) => (
          <Stack gap="xl">
            {GROUPS.map((group) => {
              const items = d.myAssignments.edges.filter((e) => group.statuses.includes(e.node.status));
              if (items.length === 0) return null;
              return (
                <Stack key={group.title} gap="sm" component="section" aria-label={group.title}>
                  <Title order={2} size="h3">
                    {group.title}
                  </Title>
                  {items.map(({ node }) => (
                    <TaskCard key={node.id} assignment={node} />
                  ))}
                </Stack>
              );
            })}
          </Stack>
        )}
      </QueryState>
    </Page>
  );
}
