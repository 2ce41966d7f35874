import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { describeError, EmptyState, Page, QueryState } from '../../shared';
import type { VolunteerNotificationFragment } from '../../gql/graphql';
import { formatDateTime } from './labels';
import { NotificationSettings } from './NotificationSettings';
import {
  MarkNotificationsReadMutation,
  MyNotificationsQuery,
  NotificationSettingsQuery,
  UnreadCountQuery,
  UpdateNotificationSettingsMutation,
} from './operations';

/** Where a volunteer's notification leads (others, e.g. for the comms team, have no link here). */
const LINKS: Record<string, { to: string; label: string }> = {
  ASSIGNMENT_OFFERED: { to: '/offers', label: 'See the offer' },
  ASSIGNMENT_COMPLETED: { to: '/tasks', label: 'See my tasks' },
  WAITLIST_SEAT: { to: '/tasks', label: 'See my tasks' },
  TASK_CANCELLED: { to: '/tasks', label: 'See my tasks' },
  AMBASSADOR_CALL_OPENED: { to: '/calls', label: 'See the calls' },
  MATCHES_CHANGED: { to: '/', label: 'See tasks for you' },
};

function linkOf(n: VolunteerNotificationFragment): { to: string; label: string } | null {
  const callId = (n.data as Record<string, unknown> | null)?.callId;
  if (n.kind === 'AMBASSADOR_CALL_OPENED' && typeof callId === 'string') {
    return { to: `/calls/${callId}`, label: 'See the call' };
  }
  return LINKS[n.kind] ?? null;
}

/** Which e-mails the member receives (in-app notifications always arrive). */
function EmailSettings() {
  const { data } = useQuery(NotificationSettingsQuery);
  const [update, { loading }] = useMutation(UpdateNotificationSettingsMutation, {
    refetchQueries: ['VolunteerNotificationSettings'],
    awaitRefetchQueries: true,
  });
  const [message, setMessage] = useState<string | null>(null);
  if (!data) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="email-settings">
      <Stack gap="xs">
        <Title order={2} size="h3" id="email-settings">
          E-mail
        </Title>
        <Switch
          label="E-mail me when the comms team publishes a call looking for skills I have"
          checked={data.myNotificationSettings.emailAmbassadorCalls}
          disabled={loading}
          onChange={(e) => {
            setMessage(null);
            update({ variables: { input: { emailAmbassadorCalls: e.currentTarget.checked } } }).catch((err) =>
              setMessage(describeError(err).message),
            );
          }}
        />
        {message && (
          <Alert color="red" role="alert">
            {message}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

export function NotificationsPage() {
  const { data, loading, error, refetch, fetchMore } = useQuery(MyNotificationsQuery);
  const [message, setMessage] = useState<string | null>(null);
  const [markRead, marking] = useMutation(MarkNotificationsReadMutation, {
    refetchQueries: [UnreadCountQuery],
  });
  const mark = async (ids?: string[]) => {
    setMessage(null);
    try {
      await markRead({
        variables: { ids },
        update: (cache) => {
          const now = new Date().toISOString();
          for (const edge of data?.myNotifications.edges ?? []) {
            if (ids && !ids.includes(edge.node.id)) continue;
            cache.modify({
              id: cache.identify(edge.node),
              fields: { readAt: (existing: string | null) => existing ?? now },
            });
          }
        },
      });
    } catch (e) {
      setMessage(describeError(e).message);
    }
  };
  const anyUnread = data?.myNotifications.edges.some((e) => !e.node.readAt) ?? false;

  return (
    <Page
      title="Notifications"
      actions={
        anyUnread ? (
          <Button variant="light" onClick={() => void mark()} loading={marking.loading}>
            Mark all as read
          </Button>
        ) : undefined
      }
    >
      {message && (
        <Alert color="red" role="alert">
          {message}
        </Alert>
      )}
      <QueryState
        data={data}
        loading={loading}
        error={error}
        refetch={refetch}
        isEmpty={(d) => d.myNotifications.edges.length === 0}
        empty={
          <EmptyState title="No notifications">
            You are all caught up. Offers, replies to your sign-ups and news about your tasks appear here.
          </EmptyState>
        }
      >
        {(d) => (
          <Stack gap="sm">
            <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Your notifications">
              {d.myNotifications.edges.map(({ node }) => {
                const link = linkOf(node);
                const unread = !node.readAt;
                return (
                  <Card
                    key={node.id}
                    component="li"
                    withBorder
                    padding="sm"
                    style={unread ? { borderLeft: '4px solid var(--mantine-color-blue-8)' } : undefined}
                  >
                    <Stack gap={4}>
                      <Group justify="space-between" gap="xs" align="flex-start">
                        <Text fw={unread ? 700 : 500}>
                          {node.title}
                          {node.count > 1 && ` (${node.count})`}
                        </Text>
                        {unread && (
                          <Badge size="sm" variant="light">
                            Unread
                          </Badge>
                        )}
                      </Group>
                      <Text size="sm">{node.body}</Text>
                      <Group gap="sm" justify="space-between">
                        <Text size="xs" c="dimmed">
                          {formatDateTime(node.createdAt)}
                        </Text>
                        <Group gap="xs">
                          {link && (
                            <Button component={Link} to={link.to} variant="subtle" size="compact-sm">
                              {link.label}
                            </Button>
                          )}
                          {unread && (
                            <Button
                              variant="subtle"
                              size="compact-sm"
                              aria-label={`Mark “${node.title}” as read`}
                              onClick={() => void mark([node.id])}
                              disabled={marking.loading}
                            >
                              Mark as read
                            </Button>
                          )}
                        </Group>
                      </Group>
                    </Stack>
                  </Card>
                );
              })}
            </Stack>
            {d.myNotifications.pageInfo.hasNextPage && (
              <Group>
                <Button
                  variant="default"
                  onClick={() => void fetchMore({ variables: { after: d.myNotifications.pageInfo.endCursor } })}
                >
                  Show older notifications
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </QueryState>
      <NotificationSettings />
      <EmailSettings />
    </Page>
  );
}
