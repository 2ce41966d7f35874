import { useQuery } from '@apollo/client/react';
import { Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { ErrorState } from '../../shared';
import { formatDateTime } from './common';
import { WorkshopAttendanceQuery } from './operations';

const nameOf = (r: { member?: { department?: string | null; user: { displayName: string } } | null }) =>
  r.member
    ? `${r.member.user.displayName}${r.member.department ? ` (${r.member.department})` : ''}`
    : 'A former member';

/** A workshop's attendees and waitlist, by name, refreshed with the task page. */
export function WorkshopAttendees({
  taskId,
  capacity,
  registered,
  pollInterval,
}: {
  taskId: string;
  capacity: number | null;
  registered: number;
  pollInterval: number;
}) {
  const { data, error, refetch } = useQuery(WorkshopAttendanceQuery, { variables: { taskId }, pollInterval });
  const attendance = data?.workshopAttendance;
  return (
    <Stack gap="xs">
      <Title order={2}>Attendees</Title>
      {capacity === null ? (
        <Text c="dimmed">Members cannot register yet: edit the task to give it attendee places.</Text>
      ) : (
        <div aria-live="polite">
          <Group gap="xs">
            <Text fw={600}>
              {registered} of {capacity} {capacity === 1 ? 'place' : 'places'} taken
            </Text>
            {attendance && attendance.waitlist.length > 0 && (
              <Text size="sm">· {attendance.waitlist.length} waiting</Text>
            )}
          </Group>
          <Progress
            value={(registered / capacity) * 100}
            aria-label="Attendee places taken"
            mt={4}
            transitionDuration={0}
          />
        </div>
      )}
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : attendance ? (
        <>
          {attendance.registered.length === 0 ? (
            <Text c="dimmed">Nobody has registered yet. Members see the workshop under Workshops.</Text>
          ) : (
            <List aria-label="Registered attendees" spacing={4}>
              {attendance.registered.map((r) => (
                <List.Item key={r.id}>
                  {nameOf(r)}{' '}
                  <Text span size="sm" c="dimmed">
                    · registered {formatDateTime(r.registeredAt)}
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
          {attendance.waitlist.length > 0 && (
            <>
              <Title order={3} size="h4">
                Waitlist
              </Title>
              <Text size="sm" c="dimmed">
                In order: when someone cancels, the first person waiting gets the place at once and is told.
              </Text>
              <List type="ordered" aria-label="Waitlist" spacing={4}>
                {attendance.waitlist.map((r) => (
                  <List.Item key={r.id}>
                    {nameOf(r)}{' '}
                    <Text span size="sm" c="dimmed">
                      · waiting since {formatDateTime(r.waitlistedAt)}
                    </Text>
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </>
      ) : null}
    </Stack>
  );
}
