import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, CopyButton, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { describeError, QueryState, useSingleFlight } from '../../shared';
import { CreateCalendarFeedMutation, MyCalendarFeedQuery, RevokeCalendarFeedMutation } from './operations';

const when = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * The member's calendar subscription: a secret link their calendar app polls for the tasks they are
 * on, workshops they have a place at and campaigns they take part in. The link is shown only when
 * made (only a hash is kept); making a new one or stopping it ends the old one at once.
 */
export function CalendarSection() {
  const { data, loading, error, refetch } = useQuery(MyCalendarFeedQuery);
  const [create] = useMutation(CreateCalendarFeedMutation, { refetchQueries: [MyCalendarFeedQuery] });
  const [revoke] = useMutation(RevokeCalendarFeedMutation, { refetchQueries: [MyCalendarFeedQuery] });
  const [busy, run] = useSingleFlight();
  const [url, setUrl] = useState<string | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const makeLink = () =>
    void run(async () => {
      setStatus(null);
      try {
        const result = await create();
        setUrl(result.data?.createCalendarFeed.url ?? null);
      } catch (e) {
        setStatus({ ok: false, text: describeError(e).message });
      }
    });
  const stopLink = () =>
    void run(async () => {
      setStatus(null);
      try {
        await revoke();
        setUrl(null);
        setStatus({
          ok: true,
          text: 'Your calendar link has stopped working. Calendars subscribed to it stop updating.',
        });
      } catch (e) {
        setStatus({ ok: false, text: describeError(e).message });
      }
    });

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="calendar-section">
      <Stack gap="sm">
        <Title order={2} size="h3" id="calendar-section">
          Calendar
        </Title>
        <Text size="sm">
          See the tasks you are on, workshops you have a place at and campaigns you take part in in your own calendar.
          It updates by itself when dates change or something is cancelled.
        </Text>
        <QueryState data={data} loading={loading} error={error} refetch={refetch}>
          {(d) => (
            <Stack gap="sm">
              {url ? (
                <>
                  <TextInput
                    label="Your calendar link"
                    description="Copy it now: for your security it is shown only once. Anyone with the link can see your commitments."
                    value={url}
                    readOnly
                    onFocus={(e) => e.currentTarget.select()}
                  />
                  <Group>
                    <CopyButton value={url}>
                      {({ copied, copy }) => <Button onClick={copy}>{copied ? 'Copied' : 'Copy link'}</Button>}
                    </CopyButton>
                  </Group>
                </>
              ) : d.myCalendarFeed ? (
                <Text size="sm">
                  You made a calendar link on {when(d.myCalendarFeed.createdAt)}. It is shown only when made: make a new
                  one to copy it again (the old one then stops).
                </Text>
              ) : (
                <Text size="sm">You have no calendar link yet.</Text>
              )}
              <Group>
                <Button variant={url ? 'default' : 'filled'} onClick={makeLink} loading={busy}>
                  {d.myCalendarFeed ? 'Make a new link' : 'Create calendar link'}
                </Button>
                {d.myCalendarFeed && (
                  <Button variant="outline" color="red" onClick={stopLink} disabled={busy}>
                    Stop the link
                  </Button>
                )}
              </Group>
              <Text size="sm" fw={600}>
                Add it to your calendar
              </Text>
              <List size="sm" spacing={4}>
                <List.Item>Outlook: Add calendar → Subscribe from web, paste the link and give it a name.</List.Item>
                <List.Item>Google Calendar: Other calendars → From URL, paste the link.</List.Item>
                <List.Item>Apple Calendar: File → New Calendar Subscription, paste the link.</List.Item>
              </List>
            </Stack>
          )}
        </QueryState>
        {status && (
          <Text size="sm" c={status.ok ? undefined : 'red.9'} role={status.ok ? 'status' : 'alert'}>
            {status.text}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
