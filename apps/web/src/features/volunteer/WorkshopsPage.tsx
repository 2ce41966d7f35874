import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { VolunteerWorkshopsQuery } from '../../gql/graphql';
import { describeError, EmptyState, Page, QueryState, useSingleFlight } from '../../shared';
import { CancelWorkshopRegistrationMutation, RegisterForWorkshopMutation, WorkshopsQuery } from './operations';

type Workshop = VolunteerWorkshopsQuery['commsTasks']['edges'][number]['node'];

/** "Thursday 14 January, 14:00" — the date people plan by. */
function when(iso: string | null | undefined): string {
  if (!iso) return 'Date to be confirmed';
  return new Date(iso).toLocaleString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });
}

function placesInWords(w: Workshop): string {
  if (w.attendeePlacesLeft == null) return 'Registration is not open yet';
  if (w.attendeePlacesLeft === 0) return 'Full — the waitlist is open';
  return `${w.attendeePlacesLeft} of ${w.attendeeCapacity} ${w.attendeeCapacity === 1 ? 'place' : 'places'} left`;
}

const CONFLICT_WORDS: Record<string, string> = {
  ALREADY_REGISTERED: 'You are already registered (or waiting) for this workshop.',
  WORKSHOP_PAST: 'This workshop has already started.',
  WORKSHOP_CLOSED: 'This workshop is no longer taking registrations.',
  NO_ATTENDEE_PLACES: 'This workshop is not taking registrations.',
  NOT_A_WORKSHOP: 'This is not a workshop.',
};

/** Register, join the waitlist or cancel: one action at a time, the result said in words. */
function RegistrationActions({ workshop }: { workshop: Workshop }) {
  const refetchQueries = ['VolunteerWorkshops'];
  const [register] = useMutation(RegisterForWorkshopMutation, { refetchQueries, awaitRefetchQueries: true });
  const [cancel] = useMutation(CancelWorkshopRegistrationMutation, { refetchQueries, awaitRefetchQueries: true });
  const [busy, once] = useSingleFlight();
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const mine = workshop.myWorkshopRegistration;
  const act = (work: () => Promise<string>) =>
    once(async () => {
      setMessage(null);
      try {
        setMessage({ tone: 'ok', text: await work() });
      } catch (error) {
        const d = describeError(error);
        setMessage({ tone: 'error', text: (d.reason && CONFLICT_WORDS[d.reason]) || d.message });
      }
    });
  const registerNow = () =>
    act(async () => {
      const { data } = await register({ variables: { taskId: workshop.id } });
      const r = data!.registerForWorkshop;
      return r.status === 'REGISTERED'
        ? 'Your place is booked. We will remind you the day before.'
        : `Every place is taken, so you are on the waitlist (number ${r.waitlistPosition ?? 1}). If a place frees up it is yours at once, and we will tell you.`;
    });
  const cancelNow = () =>
    act(async () => {
      await cancel({ variables: { taskId: workshop.id } });
      return mine?.status === 'WAITLISTED'
        ? 'You have left the waitlist.'
        : 'Your place is cancelled and goes to the next person waiting.';
    });

  return (
    <Stack gap={4} align="flex-start">
      {mine ? (
        <Button
          variant="default"
          loading={busy}
          onClick={() => void cancelNow()}
          aria-label={`${mine.status === 'WAITLISTED' ? 'Leave the waitlist for' : 'Cancel my place at'} ${workshop.title}`}
        >
          {mine.status === 'WAITLISTED' ? 'Leave the waitlist' : 'Cancel my place'}
        </Button>
      ) : workshop.attendeePlacesLeft == null ? null : (
        <Button
          loading={busy}
          variant={workshop.attendeePlacesLeft > 0 ? 'filled' : 'light'}
          onClick={() => void registerNow()}
          aria-label={`${workshop.attendeePlacesLeft > 0 ? 'Register for' : 'Join the waitlist for'} ${workshop.title}`}
        >
          {workshop.attendeePlacesLeft > 0 ? 'Register' : 'Join the waitlist'}
        </Button>
      )}
      <div role="status" aria-live="polite">
        {message && (
          <Text
            size="sm"
            fw={message.tone === 'ok' ? 600 : undefined}
            c={message.tone === 'error' ? 'red.9' : undefined}
          >
            {message.text}
          </Text>
        )}
      </div>
    </Stack>
  );
}

function WorkshopCard({ workshop, why }: { workshop: Workshop; why?: string }) {
  const mine = workshop.myWorkshopRegistration;
  return (
    <Card component="li" withBorder padding="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Title order={2} size="h3">
            {workshop.title}
          </Title>
          {mine && (
            <Badge variant="light" color={mine.status === 'REGISTERED' ? 'green' : 'yellow'}>
              {mine.status === 'REGISTERED' ? 'You have a place' : `Waitlist: number ${mine.waitlistPosition ?? '…'}`}
            </Badge>
          )}
        </Group>
        <Stack gap={2}>
          <Text size="sm">
            <Text span fw={600}>
              When:{' '}
            </Text>
            {when(workshop.startsAt)}
          </Text>
          <Text size="sm">
            <Text span fw={600}>
              Where:{' '}
            </Text>
            {workshop.location ?? (workshop.onlineLink ? 'Online' : workshop.remote ? 'Online' : 'To be confirmed')}
            {workshop.location && workshop.onlineLink ? ', or online' : ''}
          </Text>
          {workshop.onlineLink && (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              <Text span fw={600}>
                Link:{' '}
              </Text>
              <Anchor href={workshop.onlineLink} target="_blank" rel="noreferrer">
                {workshop.onlineLink}
              </Anchor>
            </Text>
          )}
          <Text size="sm" fw={600}>
            {placesInWords(workshop)}
          </Text>
        </Stack>
        {why && (
          <Text size="sm">
            <Text span fw={600}>
              Suggested for you:{' '}
            </Text>
            {why}
          </Text>
        )}
        {workshop.description && (
          <Text size="sm" lineClamp={4}>
            {workshop.description}
          </Text>
        )}
        <RegistrationActions workshop={workshop} />
      </Stack>
    </Card>
  );
}

/** Workshops colleagues run for each other: when and where, places left, and a place of my own. */
export function WorkshopsPage() {
  const { data, loading, error, refetch } = useQuery(WorkshopsQuery);
  // The moment the page opened: workshops that have started by then are not offered.
  const [openedAt] = useState(() => Date.now());
  return (
    <Page title="Workshops">
      <QueryState
        data={data}
        loading={loading}
        error={error}
        refetch={refetch}
        isEmpty={(d) => d.commsTasks.edges.length === 0}
        empty={
          <EmptyState title="No workshops coming up">
            When the comms team plans a workshop it appears here, and you can book a place.
          </EmptyState>
        }
      >
        {(d) => {
          const why = new Map(d.myWorkshopSuggestions.map((s) => [s.task.id, s.explanation]));
          const upcoming = d.commsTasks.edges
            .map((e) => e.node)
            .filter((w) => !w.startsAt || new Date(w.startsAt).getTime() > openedAt)
            // Suggested for me first, then the soonest.
            .sort(
              (a, b) =>
                Number(why.has(b.id)) - Number(why.has(a.id)) ||
                (a.startsAt ?? '9999').localeCompare(b.startsAt ?? '9999'),
            );
          return upcoming.length === 0 ? (
            <EmptyState title="No workshops coming up">
              When the comms team plans a workshop it appears here, and you can book a place.
            </EmptyState>
          ) : (
            <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Upcoming workshops">
              {upcoming.map((w) => (
                <WorkshopCard key={w.id} workshop={w} why={why.get(w.id)} />
              ))}
            </Stack>
          );
        }}
      </QueryState>
    </Page>
  );
}
