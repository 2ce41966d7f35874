import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { CommsMatchPlanQuery } from '../../gql/graphql';
import {
  describeError,
  EmptyState,
  ErrorState,
  LoadingState,
  NotFoundContent,
  Page,
  StatusNotice,
  useSingleFlight,
} from '../../shared';
import { formatDateTime, isMissing } from './common';
import { MatchPlanQuery, OfferPlanMutation, PlanTasksQuery, ProposeAssignmentsMutation } from './operations';

type Plan = CommsMatchPlanQuery['matchPlan'];
type Line = Plan['lines'][number];

/** The volunteer's name, as the plan brings it (a former member once erased). */
const lineName = (l: Line) => l.member?.user.displayName ?? 'A former member';

const lineKey = (l: { taskId: string; memberId: string }) => `${l.taskId}:${l.memberId}`;

/** "at most N % from the best possible plan" — how far the total may be from the upper bound. */
export function gapPercent(total: number | null, upperBound: number | null): number | null {
  if (total == null || upperBound == null) return null;
  if (upperBound <= 0) return 0;
  return Math.max(0, Math.ceil(((upperBound - total) / upperBound) * 1000) / 10);
}

const OUTCOME_LABEL: Record<string, string> = { OFFERED: 'Offered', SKIPPED: 'Not offered', FAILED: 'Could not offer' };

export function PlanPage() {
  const [params, setParams] = useSearchParams();
  const planId = params.get('plan');
  const [propose] = useMutation(ProposeAssignmentsMutation);
  const [proposing, once] = useSingleFlight();
  const [error, setError] = useState<string | null>(null);

  const run = () =>
    once(async () => {
      setError(null);
      try {
        const { data } = await propose();
        if (data) setParams({ plan: data.proposeAssignments.id });
      } catch (e) {
        setError(describeError(e).message);
      }
    });

  return (
    <Page
      title="Plan"
      actions={
        <Button loading={proposing} onClick={() => void run()}>
          {planId ? 'Run the plan again' : 'Run the plan'}
        </Button>
      }
    >
      <Text>
        The plan looks at every open task and every volunteer at once, and proposes who goes where so that the whole
        organisation is served best. Nothing is sent until you offer lines.
      </Text>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {planId ? (
        <PlanView id={planId} />
      ) : (
        <EmptyState title="No plan yet">Run the organisation-wide plan to see who could go where.</EmptyState>
      )}
    </Page>
  );
}

function PlanView({ id }: { id: string }) {
  const { data, error, refetch, startPolling, stopPolling } = useQuery(MatchPlanQuery, { variables: { id } });
  const tasks = useQuery(PlanTasksQuery);
  const [offer] = useMutation(OfferPlanMutation);
  const [offering, once] = useSingleFlight();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ tone: 'red' | 'green'; text: string } | null>(null);

  const status = data?.matchPlan.status;
  // A plan is worked out by the worker: re-read it until it is ready.
  useEffect(() => {
    if (status === 'PENDING') startPolling(1500);
    else stopPolling();
    return () => stopPolling();
  }, [status, startPolling, stopPolling]);

  if (error && !data) {
    if (isMissing(error)) return <NotFoundContent />;
    return <ErrorState error={error} onRetry={() => void refetch()} />;
  }
  if (!data || status === 'PENDING') return <LoadingState label="Working out the plan…" />;
  const plan = data.matchPlan;
  if (plan.status === 'FAILED') {
    return (
      <Alert color="red" title="The plan could not be worked out" role="alert">
        Please run it again in a moment.
      </Alert>
    );
  }
  const titles = new Map(tasks.data?.commsTasks.edges.map((e) => [e.node.id, e.node.title]) ?? []);
  const gap = gapPercent(plan.total, plan.upperBound);
  const byTask = new Map<string, Line[]>();
  for (const line of plan.lines) byTask.set(line.taskId, [...(byTask.get(line.taskId) ?? []), line]);
  const offered = plan.status === 'OFFERED';

  const send = (lines: Line[] | null) => once(() => sendNow(lines));
  async function sendNow(lines: Line[] | null) {
    setMessage(null);
    try {
      const { data: result } = await offer({
        variables: {
          input: {
            planId: plan.id,
            message: note.trim() || null,
            acceptedLines: lines?.map((l) => ({ taskId: l.taskId, memberId: l.memberId })) ?? null,
          },
        },
      });
      const sent = result?.offerPlan.lines.filter((l) => l.outcome === 'OFFERED').length ?? 0;
      const failed = result?.offerPlan.lines.filter((l) => l.outcome === 'FAILED').length ?? 0;
      setMessage({
        tone: failed ? 'red' : 'green',
        text: `${sent} ${sent === 1 ? 'offer' : 'offers'} sent${failed ? `; ${failed} could not be sent (see below)` : ''}.`,
      });
      setSelected(new Set());
    } catch (e) {
      setMessage({ tone: 'red', text: describeError(e).message });
    }
  }

  return (
    <Stack>
      <Paper withBorder p="md">
        <Stack gap={4}>
          <Title order={2} size="h3">
            {plan.lines.length} {plan.lines.length === 1 ? 'placement' : 'placements'} proposed
          </Title>
          <Text>
            Total fit {plan.total?.toFixed(2) ?? '—'}
            {plan.upperBound != null && <> of a possible {plan.upperBound.toFixed(2)}</>}
            {gap != null && (
              <>
                {' '}
                — <strong>at most {gap} % from the best possible plan</strong>
              </>
            )}
            .
          </Text>
          <Text size="sm" c="dimmed">
            {plan.method === 'exact-flow' ? 'Worked out exactly.' : 'Worked out by a fast approximation.'} Computed{' '}
            {formatDateTime(plan.computedAt)}.{offered && ` Offered ${formatDateTime(plan.offeredAt)}.`}
          </Text>
        </Stack>
      </Paper>
      <StatusNotice notice={message} onDismiss={() => setMessage(null)} />
      {plan.lines.length === 0 ? (
        <EmptyState title="Nobody to place">
          There are no open tasks with free seats, or no volunteers who fit them. Publish tasks from Tasks, then run the
          plan again.
        </EmptyState>
      ) : (
        <>
          {[...byTask.entries()].map(([taskId, lines]) => (
            <Stack key={taskId} gap="xs">
              <Title order={2} size="h4">
                <Anchor component={Link} to={`/comms/tasks/${taskId}`} inherit>
                  {titles.get(taskId) ?? 'A task'}
                </Anchor>
              </Title>
              <Table.ScrollContainer minWidth={560}>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={60}>Offer</Table.Th>
                      <Table.Th>Volunteer</Table.Th>
                      <Table.Th>Fit</Table.Th>
                      <Table.Th>Why</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {lines.map((l) => (
                      <Table.Tr key={lineKey(l)}>
                        <Table.Td>
                          {l.outcome ? (
                            <Badge variant="light" color={l.outcome === 'FAILED' ? 'red' : 'gray'}>
                              {OUTCOME_LABEL[l.outcome] ?? l.outcome}
                            </Badge>
                          ) : (
                            <PlanLineCheckbox
                              line={l}
                              taskTitle={titles.get(taskId) ?? 'the task'}
                              checked={selected.has(lineKey(l))}
                              disabled={offered}
                              onChange={(on) => {
                                const next = new Set(selected);
                                if (on) next.add(lineKey(l));
                                else next.delete(lineKey(l));
                                setSelected(next);
                              }}
                            />
                          )}
                        </Table.Td>
                        <Table.Td>{lineName(l)}</Table.Td>
                        <Table.Td>{Math.round(l.score * 100)} %</Table.Td>
                        <Table.Td>
                          {l.explanation}
                          {l.error && (
                            <Text size="sm" c="red.9">
                              {l.error}
                            </Text>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Stack>
          ))}
          {!offered && (
            <Stack gap="sm">
              <Textarea
                label="A note sent with every offer (optional)"
                maxLength={2000}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
              />
              <Group>
                <Button
                  disabled={selected.size === 0}
                  loading={offering}
                  onClick={() => void send(plan.lines.filter((l) => selected.has(lineKey(l))))}
                >
                  Offer selected ({selected.size})
                </Button>
                <Button variant="light" loading={offering} onClick={() => void send(null)}>
                  Offer all
                </Button>
              </Group>
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}

function PlanLineCheckbox({
  line,
  taskTitle,
  checked,
  disabled,
  onChange,
}: {
  line: Line;
  taskTitle: string;
  checked: boolean;
  disabled: boolean;
  onChange: (on: boolean) => void;
}) {
  const name = lineName(line);
  return (
    <Checkbox
      aria-label={`Offer “${taskTitle}” to ${name}`}
      checked={checked}
      disabled={disabled}
      onChange={(e) => onChange(e.currentTarget.checked)}
    />
  );
}
