import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import {
  Alert,
  Box,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { AssignmentStatus, CommsCandidatesQuery } from '../../gql/graphql';
import {
  describeError,
  ErrorState,
  LoadingState,
  NotFoundPage,
  Page,
  StatusNotice,
  useSingleFlight,
} from '../../shared';
import {
  formatDate,
  formatDateTime,
  isMissing,
  MemberName,
  StatusBadge,
  TASK_KIND_LABEL,
  TASK_STATUS_LABEL,
} from './common';
import {
  CancelTaskMutation,
  CandidatesQuery,
  CommsNotificationAddedSubscription,
  CommsTaskQuery,
  CompleteTaskMutation,
  OfferTaskMutation,
  OpenTaskMutation,
  TaskPeopleQuery,
  UpdateTaskMutation,
} from './operations';
import { CandidatePool } from './CandidatePool';
import { TaskForm, taskFormValues, taskInput } from './TaskForm';
import { WorkshopAttendees } from './WorkshopAttendees';

const ASSIGNMENT_LABEL: Record<AssignmentStatus, string> = {
  SUGGESTED: 'Suggested',
  INTERESTED: 'Interested',
  OFFERED: 'Offered',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  WAITLISTED: 'On the waitlist',
  COMPLETED: 'Completed',
  WITHDRAWN: 'Withdrawn',
};

/** How often the task is re-read for colleagues who did not make the offer (they get no notification). */
const FALLBACK_POLL_MS = 30_000;

export function TaskPage() {
  const { id = '' } = useParams();
  const task = useQuery(CommsTaskQuery, { variables: { id }, pollInterval: FALLBACK_POLL_MS });
  const people = useQuery(TaskPeopleQuery, { variables: { taskId: id }, pollInterval: FALLBACK_POLL_MS });
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<{ tone: 'red' | 'green'; text: string } | null>(null);
  const [openTask, opening] = useMutation(OpenTaskMutation);
  const [completeTask, completing] = useMutation(CompleteTaskMutation);
  const [updateTask] = useMutation(UpdateTaskMutation);
  const [cancelOpen, setCancelOpen] = useState(false);
  const [, once] = useSingleFlight();

  // The API tells whoever made an offer (or created the task) when it is accepted, declined
  // or withdrawn: that notification is the cue to re-read the seats without a reload.
  useSubscription(CommsNotificationAddedSubscription, {
    onData: ({ data }) => {
      const notice = data.data?.notificationAdded;
      if (notice && notice.data.taskId === id) {
        void task.refetch();
        void people.refetch();
      }
    },
  });

  if (task.error && !task.data) {
    if (isMissing(task.error)) return <NotFoundPage />;
    return (
      <Page title="Task">
        <ErrorState error={task.error} onRetry={() => void task.refetch()} />
      </Page>
    );
  }
  if (!task.data) {
    return (
      <Page title="Task">
        <LoadingState />
      </Page>
    );
  }
  const t = task.data.commsTask;

  const run = (action: () => Promise<unknown>, done: string) =>
    once(async () => {
      setMessage(null);
      try {
        await action();
        setMessage({ tone: 'green', text: done });
      } catch (e) {
        setMessage({ tone: 'red', text: describeError(e).message });
      }
    });

  const assignments = people.data?.taskAssignments.edges.map((e) => e.node) ?? [];
  const editable = t.status === 'DRAFT' || t.status === 'OPEN' || t.status === 'FILLED';

  return (
    <Page
      title={t.title}
      actions={
        <Group gap="xs">
          {t.status === 'DRAFT' && (
            <Button
              loading={opening.loading}
              onClick={() => void run(() => openTask({ variables: { id: t.id } }), 'The task is published.')}
            >
              Publish task
            </Button>
          )}
          {(t.status === 'OPEN' || t.status === 'FILLED') && (
            <Button
              variant="default"
              loading={completing.loading}
              onClick={() => void run(() => completeTask({ variables: { id: t.id } }), 'The task is marked as done.')}
            >
              Mark as done
            </Button>
          )}
          {editable && !editing && (
            <Button variant="default" onClick={() => setEditing(true)}>
              Edit
            </Button>
          )}
          {editable && (
            <Button variant="subtle" color="red" onClick={() => setCancelOpen(true)}>
              Cancel task
            </Button>
          )}
        </Group>
      }
    >
      <Anchor component={Link} to="/comms/tasks" size="sm">
        ← All tasks
      </Anchor>
      <StatusNotice notice={message} onDismiss={() => setMessage(null)} />
      {editing ? (
        <TaskForm
          initial={taskFormValues(t)}
          submitLabel="Save changes"
          minSeats={t.seatsTaken}
          minAttendees={t.attendeesRegistered}
          onCancel={() => setEditing(false)}
          onSubmit={async (values) => {
            await updateTask({ variables: { input: { id: t.id, ...taskInput(values) } } });
            setEditing(false);
            setMessage({ tone: 'green', text: 'Your changes are saved.' });
          }}
        />
      ) : (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Group gap="xs">
              <StatusBadge status={t.status} label={TASK_STATUS_LABEL[t.status]} />
              <Badge variant="outline" color="gray">
                {TASK_KIND_LABEL[t.kind]}
              </Badge>
              <Text size="sm">
                {t.effortHours} hours each · {t.remote ? 'Remote' : (t.location ?? 'In person')}
              </Text>
            </Group>
            <div aria-live="polite">
              <Text fw={600}>
                {t.seatsTaken} of {t.seats} {t.seats === 1 ? 'seat' : 'seats'} filled
              </Text>
              <Progress
                value={(t.seatsTaken / t.seats) * 100}
                aria-label="Seats filled"
                mt={4}
                transitionDuration={0}
              />
            </div>
            {t.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{t.description}</Text>}
            <Text size="sm">
              Starts {formatDateTime(t.startsAt)} · Due {formatDateTime(t.dueAt)}
            </Text>
            {t.onlineLink && (
              <Text size="sm">
                Online:{' '}
                <Anchor href={t.onlineLink} target="_blank" rel="noreferrer">
                  {t.onlineLink}
                </Anchor>
              </Text>
            )}
            {t.requiredSkills.length > 0 ? (
              <Group gap={6}>
                {t.requiredSkills.map((r) => (
                  <Badge key={r.skillId} variant="light">
                    {r.skill.name} · level {r.minLevel}+ · weight {r.weight}
                  </Badge>
                ))}
              </Group>
            ) : (
              <Text size="sm" c="dimmed">
                No required skills: matching uses availability, interests and experience.
              </Text>
            )}
          </Stack>
        </Paper>
      )}

      <Stack gap="xs">
        <Title order={2}>People on this task</Title>
        {people.error && !people.data ? (
          <ErrorState error={people.error} onRetry={() => void people.refetch()} />
        ) : assignments.length === 0 ? (
          <Text c="dimmed">Nobody yet. Offer the task to one of the candidates below.</Text>
        ) : (
          <Table.ScrollContainer minWidth={420}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Volunteer</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Since</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {assignments.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>{a.member?.user.displayName ?? <MemberName id={a.memberId} />}</Table.Td>
                    <Table.Td>
                      {ASSIGNMENT_LABEL[a.status]}
                      {a.declineReason ? ` — “${a.declineReason}”` : ''}
                    </Table.Td>
                    <Table.Td>{formatDate(a.completedAt ?? a.acceptedAt ?? a.declinedAt ?? a.offeredAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>

      {t.kind === 'WORKSHOP' && (
        <WorkshopAttendees
          taskId={t.id}
          capacity={t.attendeeCapacity ?? null}
          registered={t.attendeesRegistered}
          pollInterval={FALLBACK_POLL_MS}
        />
      )}

      <Candidates
        taskId={t.id}
        open={t.status === 'OPEN'}
        onTask={new Map(assignments.map((a) => [a.memberId, a.status]))}
        onOffered={() => void people.refetch()}
      />
      {t.status === 'OPEN' && <CandidatePool taskId={t.id} />}

      <CancelTaskModal taskId={t.id} opened={cancelOpen} onClose={() => setCancelOpen(false)} onDone={setMessage} />
    </Page>
  );
}

type Candidate = CommsCandidatesQuery['candidatesForTask'][number];

/** The candidate's name, as the candidates query brings it (a former member once erased). */
const candidateName = (c: Candidate) => c.member?.user.displayName ?? 'A former member';

function Candidates({
  taskId,
  open,
  onTask,
  onOffered,
}: {
  taskId: string;
  open: boolean;
  onTask: Map<string, AssignmentStatus>;
  onOffered: () => void;
}) {
  const { data, error, refetch, startPolling, stopPolling } = useQuery(CandidatesQuery, { variables: { taskId } });
  const [offering, setOffering] = useState<Candidate | null>(null);
  const empty = !!data && data.candidatesForTask.length === 0;
  // Matches are worked out by the worker after a task opens: look again until some arrive.
  useEffect(() => {
    if (open && empty) startPolling(2000);
    else stopPolling();
    return () => stopPolling();
  }, [open, empty, startPolling, stopPolling]);
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={2}>Best-matched volunteers</Title>
        <Button variant="subtle" size="compact-sm" onClick={() => void refetch()}>
          Refresh
        </Button>
      </Group>
      {!open && (
        <Text size="sm" c="dimmed">
          Offers can be made while the task is open{' '}
          {data && data.candidatesForTask.length > 0 ? '— publish it first if it is a draft.' : '.'}
        </Text>
      )}
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingState label="Finding matches…" />
      ) : empty ? (
        <Text c="dimmed">
          No matches yet. Matches are worked out shortly after a task is published, and appear here by themselves.
        </Text>
      ) : (
        <Box
          component="ol"
          style={{
            listStyle: 'none',
            padding: 0,
            margin: 0,
            display: 'flex',
            flexDirection: 'column',
            gap: 'var(--mantine-spacing-sm)',
          }}
        >
          {data.candidatesForTask.map((c, index) => {
            const status = onTask.get(c.memberId);
            return (
              <Paper component="li" key={c.memberId} withBorder p="sm">
                <Group justify="space-between" align="flex-start" wrap="wrap">
                  <Stack gap={4} style={{ flex: '1 1 240px' }}>
                    <Text fw={600}>
                      {index + 1}. {candidateName(c)}{' '}
                      <Text span c="dimmed" size="sm">
                        · {Math.round(c.score * 100)} % fit
                      </Text>
                    </Text>
                    <Text size="sm">{c.explanation}</Text>
                  </Stack>
                  {status && status !== 'SUGGESTED' && status !== 'INTERESTED' ? (
                    <Badge variant="light">{ASSIGNMENT_LABEL[status]}</Badge>
                  ) : (
                    <OfferButton candidate={c} disabled={!open} onClick={() => setOffering(c)} />
                  )}
                </Group>
              </Paper>
            );
          })}
        </Box>
      )}
      <OfferModal
        taskId={taskId}
        candidate={offering}
        onClose={() => setOffering(null)}
        onOffered={() => {
          setOffering(null);
          onOffered();
        }}
      />
    </Stack>
  );
}

function OfferButton({
  candidate,
  disabled,
  onClick,
}: {
  candidate: Candidate;
  disabled: boolean;
  onClick: () => void;
}) {
  const name = candidateName(candidate);
  return (
    <Button size="sm" disabled={disabled} onClick={onClick} aria-label={`Offer to ${name}`}>
      Offer
    </Button>
  );
}

function OfferModal({
  taskId,
  candidate,
  onClose,
  onOffered,
}: {
  taskId: string;
  candidate: Candidate | null;
  onClose: () => void;
  onOffered: () => void;
}) {
  const [offer] = useMutation(OfferTaskMutation, { refetchQueries: ['CommsTaskPeople'] });
  const [loading, once] = useSingleFlight();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const name = candidate ? candidateName(candidate) : 'this volunteer';
  const send = () =>
    once(async () => {
      if (!candidate) return;
      setError(null);
      try {
        await offer({ variables: { input: { taskId, memberId: candidate.memberId, message: note.trim() || null } } });
        setNote('');
        onOffered();
      } catch (e) {
        setError(describeError(e).message);
      }
    });
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={!!candidate}
      onClose={onClose}
      title={`Offer the task to ${name}`}
    >
      <Stack>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Text size="sm">They are told in the app and by e-mail, and can accept or decline.</Text>
        <Textarea
          label="A personal note (optional)"
          autosize
          minRows={3}
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Group>
          <Button loading={loading} onClick={() => void send()}>
            Send offer
          </Button>
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function CancelTaskModal({
  taskId,
  opened,
  onClose,
  onDone,
}: {
  taskId: string;
  opened: boolean;
  onClose: () => void;
  onDone: (m: { tone: 'red' | 'green'; text: string }) => void;
}) {
  const [cancel] = useMutation(CancelTaskMutation, { refetchQueries: ['CommsTaskPeople'] });
  const [loading, once] = useSingleFlight();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const confirm = () =>
    once(async () => {
      setError(null);
      try {
        await cancel({ variables: { input: { id: taskId, reason: reason.trim() || null } } });
        onClose();
        onDone({ tone: 'green', text: 'The task is cancelled; everyone on it has been told.' });
      } catch (e) {
        setError(describeError(e).message);
      }
    });
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={opened} onClose={onClose} title="Cancel this task?">
      <Stack>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Text size="sm">Everyone on the task is told. This cannot be undone.</Text>
        <Textarea
          label="Reason (optional, sent to everyone on the task)"
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Group>
          <Button color="red" loading={loading} onClick={() => void confirm()}>
            Cancel task
          </Button>
          <Button variant="default" onClick={onClose}>
            Keep the task
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
