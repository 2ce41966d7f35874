import { useQuery } from '@apollo/client/react';
import { List, Paper, Stack, Text, Title } from '@mantine/core';
import type { MatchExclusionReason } from '../../gql/graphql';
import { TaskCandidatePoolQuery } from './operations';

const KEPT_OUT_BECAUSE: Record<MatchExclusionReason, string> = {
  DEACTIVATED: 'their account is deactivated',
  PAUSED: 'they have paused volunteering',
  NOT_AMBASSADOR: 'the task is for ambassadors only',
  DECLINED: 'they declined it or are already on it',
  NO_FREE_SEATS: 'every seat is taken',
  NOT_ENOUGH_HOURS: 'they have too few free hours',
  DATE_CLASH: 'they are busy on its dates',
  NO_RELEVANT_SKILL: 'they have none of its skills',
};

/**
 * Why an open task has the candidates it has, in counts (never names), and the
 * changes — to the task or to volunteers' profiles — that would widen the pool.
 */
export function CandidatePool({ taskId }: { taskId: string }) {
  const { data } = useQuery(TaskCandidatePoolQuery, { variables: { taskId } });
  const pool = data?.taskCandidatePool;
  if (!pool) return null;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="candidate-pool">
      <Stack gap="xs">
        <Title order={3} size="h4" id="candidate-pool">
          The volunteer pool
        </Title>
        <Text size="sm">
          {pool.candidates} of {pool.volunteers} active {pool.volunteers === 1 ? 'ambassador' : 'ambassadors'} can be
          matched to this task.
        </Text>
        {pool.excluded.length > 0 && (
          <List size="sm" spacing={2} aria-label="Kept out">
            {pool.excluded.map((e) => (
              <List.Item key={e.reason}>
                {e.count} kept out because {KEPT_OUT_BECAUSE[e.reason]}
              </List.Item>
            ))}
          </List>
        )}
        {pool.widen.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              What would widen it
            </Text>
            <List size="sm" spacing={2} aria-label="What would widen it">
              {pool.widen.map((w) => (
                <List.Item key={w}>{w}</List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Paper>
  );
}
