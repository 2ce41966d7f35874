import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { describeError, EmptyState, Page, QueryState } from '../../shared';
import { listInWords, PROFILE_SECTIONS } from './labels';
import { ForYouQuery, NearMissesQuery, TakeUpTaskMutation } from './operations';
import { TaskSummary } from './TaskSummary';

function TakeUpButton({ taskId, title, direct }: { taskId: string; title: string; direct: boolean }) {
  const [takeUp, { loading, data }] = useMutation(TakeUpTaskMutation);
  const [message, setMessage] = useState<string | null>(null);
  const status = data?.takeUpMatchedTask.status;
  if (status) {
    return (
      <Text size="sm" fw={600} role="status">
        {status === 'ACCEPTED' ? (
          <>
            It is yours: the comms team has been told. You will find it in <Link to="/tasks">My tasks</Link>.
          </>
        ) : status === 'WAITLISTED' ? (
          'This task is full: you are on its waitlist and will be told if a place frees up.'
        ) : (
          'Thank you — the comms team knows you are interested and may offer it to you.'
        )}
      </Text>
    );
  }
  const label = direct ? 'Take this up' : 'I’m interested';
  return (
    <Stack gap={4} align="flex-start">
      <Button
        variant={direct ? 'filled' : 'light'}
        loading={loading}
        aria-label={direct ? `Take up ${title}` : `I’m interested in ${title}`}
        onClick={() => {
          setMessage(null);
          takeUp({ variables: { taskId } }).catch((error: unknown) => {
            const d = describeError(error);
            setMessage(d.code === 'CONFLICT' ? 'You are already on this task.' : d.message);
          });
        }}
      >
        {label}
      </Button>
      {direct && (
        <Text size="xs" c="dimmed">
          No need to wait for an offer: the place is yours as soon as you say yes.
        </Text>
      )}
      {message && (
        <Text size="sm" c="red.9" role="alert">
          {message}
        </Text>
      )}
    </Stack>
  );
}

/**
 * Open tasks I am not matched to, and what stands in the way of each, so that
 * "nothing matches" always comes with a reason and something to do about it.
 */
function NearMisses() {
  const { data } = useQuery(NearMissesQuery, { variables: { first: 5 } });
  const report = data?.myNearMisses;
  if (!report) return null;
  if (!report.inPool) {
    return (
      <Alert variant="light" title="Matching starts when you are an ambassador">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">
            Tasks are matched to active digital ambassadors. Answer a call, and once the comms team has talked to you
            your matches appear here.
          </Text>
          <Button component={Link} to="/calls" variant="light" size="xs">
            See open calls
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (report.tasks.length === 0) return null;
  return (
    <section aria-labelledby="near-misses">
      <Stack gap="sm">
        <Title order={2} size="h3" id="near-misses">
          Not matched to you yet, and why
        </Title>
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {report.tasks.map(({ task, obstacles }) => (
            <Card component="li" key={task.id} withBorder padding="sm">
              <Text fw={600}>{task.title}</Text>
              <List size="sm" spacing={2}>
                {obstacles.map((o) => (
                  <List.Item key={o.message}>{o.message}</List.Item>
                ))}
              </List>
            </Card>
          ))}
        </Stack>
        <Button component={Link} to="/profile" variant="subtle" size="xs" style={{ alignSelf: 'flex-start' }}>
          Update your skills and hours
        </Button>
      </Stack>
    </section>
  );
}

export function ForYouPage() {
  const { data, loading, error, refetch } = useQuery(ForYouQuery, { variables: { first: 10 } });
  return (
    <Page title="For you">
      <QueryState data={data} loading={loading} error={error} refetch={refetch}>
        {(d) => {
          const { completeness } = d.myProfile;
          const mySkillLevels = new Map(d.myProfile.skills.map((s) => [s.skill.id, s.level]));
          return (
            <Stack gap="lg">
              {completeness.score < 100 && (
                <Alert variant="light" title={`Your profile is ${completeness.score}% complete`}>
                  <Stack gap="xs" align="flex-start">
                    <Progress value={completeness.score} aria-label="Profile completeness" w="100%" maw={320} />
                    {completeness.missing.length > 0 && (
                      <Text size="sm">
                        Adding {listInWords(completeness.missing.slice(0, 3).map((m) => PROFILE_SECTIONS[m]))} helps us
                        match you with tasks.
                      </Text>
                    )}
                    <Button component={Link} to="/profile" variant="light" size="xs">
                      Complete your profile
                    </Button>
                  </Stack>
                </Alert>
              )}
              {d.myMatchedTasks.length === 0 ? (
                <EmptyState
                  title="No tasks matched to you yet"
                  action={
                    <Button component={Link} to="/profile">
                      {mySkillLevels.size === 0 ? 'Add your skills' : 'Review your profile'}
                    </Button>
                  }
                >
                  {mySkillLevels.size === 0
                    ? 'Add the skills you have to your profile: tasks that fit them appear here, best first.'
                    : 'When the comms team opens a task that fits your skills it appears here, best first.'}
                </EmptyState>
              ) : (
                <Stack
                  gap="md"
                  component="ol"
                  p={0}
                  m={0}
                  style={{ listStyle: 'none' }}
                  aria-label="Tasks matched to you, best first"
                >
                  {d.myMatchedTasks.map((match) => (
                    <Card component="li" key={match.task.id} withBorder padding="md">
                      <Stack gap="sm">
                        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                          <Title order={2} size="h3">
                            {match.task.title}
                          </Title>
                          <Text size="sm" fw={600}>
                            {Math.round(match.score * 100)}% match
                          </Text>
                        </Group>
                        <Text size="sm">
                          <Text span fw={600}>
                            Why you:{' '}
                          </Text>
                          {match.explanation}
                        </Text>
                        <Text size="sm" lineClamp={3}>
                          {match.task.description}
                        </Text>
                        <TaskSummary task={match.task} mySkillLevels={mySkillLevels} />
                        <TakeUpButton
                          taskId={match.task.id}
                          title={match.task.title}
                          direct={match.task.takeUpDirectly}
                        />
                      </Stack>
                    </Card>
                  ))}
                </Stack>
              )}
              <NearMisses />
            </Stack>
          );
        }}
      </QueryState>
    </Page>
  );
}
