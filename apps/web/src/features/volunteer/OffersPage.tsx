import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { describeError, EmptyState, Page, QueryState } from '../../shared';
import type { VolunteerMyOffersQuery } from '../../gql/graphql';

type VolunteerAssignment = VolunteerMyOffersQuery['myAssignments']['edges'][number]['node'];
import { formatDate } from './labels';
import { AcceptOfferMutation, DeclineOfferMutation, MyOffersQuery } from './operations';
import { TaskSummary } from './TaskSummary';

/** A refused accept or decline, in words: a full task says so. */
function refusalMessage(error: unknown): string {
  const d = describeError(error);
  if (d.code !== 'CONFLICT') return d.message;
  if (d.reason === 'TASK_FULL')
    return 'Sorry — every place on this task has been taken, so it can no longer be accepted.';
  if (d.reason === 'TASK_NOT_OPEN') return 'This task is no longer open, so it can no longer be accepted.';
  return 'This offer is no longer open: it may have been withdrawn or already answered.';
}

function OfferCard({ offer }: { offer: VolunteerAssignment }) {
  const [accept, accepting] = useMutation(AcceptOfferMutation);
  const [decline, declining] = useMutation(DeclineOfferMutation);
  const [message, setMessage] = useState<string | null>(null);
  const [declineOpen, setDeclineOpen] = useState(false);
  const [reason, setReason] = useState('');
  // A double click must accept once: the ref closes the gap before React re-renders the disabled button.
  const inFlight = useRef(false);
  const task = offer.task;
  const title = task?.title ?? 'A task';
  const busy = accepting.loading || declining.loading;

  const run = async (action: () => Promise<unknown>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setMessage(null);
    try {
      await action();
    } catch (error) {
      setMessage(refusalMessage(error));
    } finally {
      inFlight.current = false;
    }
  };

  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`offer-${offer.id}`}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={`offer-${offer.id}`}>
          {title}
        </Title>
        {offer.offeredAt && <Text size="sm">Offered {formatDate(offer.offeredAt)}</Text>}
        {offer.offerMessage && (
          <Text>
            <Text span fw={600}>
              From the comms team:{' '}
            </Text>
            {offer.offerMessage}
          </Text>
        )}
        {offer.explanation && (
          <Text size="sm">
            <Text span fw={600}>
              Why you:{' '}
            </Text>
            {offer.explanation}
          </Text>
        )}
        {task && (
          <>
            <Text size="sm">{task.description}</Text>
            <TaskSummary task={task} />
          </>
        )}
        {message && (
          <Alert color="red" role="alert" title="That did not work">
            {message}
          </Alert>
        )}
        {offer.status === 'ACCEPTED' ? (
          <Alert color="blue" role="status" title="You accepted this task">
            Thank you! It is now on <Link to="/tasks">My tasks</Link>.
          </Alert>
        ) : offer.status === 'DECLINED' ? (
          <Alert color="gray" role="status" title="You declined this offer">
            The comms team has been told{offer.declineReason ? ', with your reason' : ''}.
          </Alert>
        ) : declineOpen ? (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              if (reason.length > 2000) return;
              void run(() =>
                decline({ variables: { input: { assignmentId: offer.id, reason: reason.trim() || undefined } } }),
              );
            }}
          >
            <Stack gap="sm">
              <Textarea
                label="Reason"
                description="Optional: tell the comms team why, so they can offer something better next time."
                autosize
                minRows={2}
                maxLength={2000}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                data-autofocus
                autoFocus
              />
              <Group>
                <Button type="submit" color="red" loading={declining.loading} disabled={busy}>
                  Decline offer
                </Button>
                <Button variant="default" onClick={() => setDeclineOpen(false)} disabled={busy}>
                  Cancel
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Group>
            <Button
              loading={accepting.loading}
              disabled={busy}
              onClick={() => void run(() => accept({ variables: { id: offer.id } }))}
            >
              Accept
            </Button>
            <Button variant="default" disabled={busy} onClick={() => setDeclineOpen(true)}>
              Decline
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

export function OffersPage() {
  const { data, loading, error, refetch } = useQuery(MyOffersQuery);
  return (
    <Page title="My offers">
      <QueryState
        data={data}
        loading={loading}
        error={error}
        refetch={refetch}
        isEmpty={(d) => d.myAssignments.edges.length === 0}
        empty={
          <EmptyState
            title="You have no offers yet"
            action={
              <Button component={Link} to="/" variant="light">
                See tasks matched to you
              </Button>
            }
          >
            Tasks matched to you appear on For you; when the comms team offers you one it appears here.
          </EmptyState>
        }
      >
        {(d) => (
          <Stack gap="md">
            {d.myAssignments.edges.map(({ node }) => (
              <OfferCard key={node.id} offer={node} />
            ))}
          </Stack>
        )}
      </QueryState>
    </Page>
  );
}
