import { useMutation, useQuery } from '@apollo/client/react';
import { Card, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { describeError, QueryState, useSingleFlight } from '../../shared';
import { ProfileReminderSettingsQuery, UpdateProfileReminderSettingsMutation } from './operations';

/** The member's e-mail settings kept here: for now, the monthly reminder to complete their profile. */
export function NotificationSettings() {
  const { data, loading, error, refetch } = useQuery(ProfileReminderSettingsQuery);
  const [update] = useMutation(UpdateProfileReminderSettingsMutation, {
    // Settings have no id to normalise by: the saved value replaces the page's copy.
    update: (cache, { data: saved }) => {
      if (saved)
        cache.writeQuery({
          query: ProfileReminderSettingsQuery,
          data: { myProfileReminderSettings: saved.updateMyProfileReminderSettings },
        });
    },
  });
  const [busy, run] = useSingleFlight();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  // The switch moves at once while the choice is saved; the stored setting catches up when the API answers.
  const [pending, setPending] = useState<boolean | null>(null);
  const change = (on: boolean) =>
    void run(async () => {
      setStatus(null);
      setPending(on);
      try {
        await update({ variables: { input: { completionReminders: on } } });
        setStatus({
          ok: true,
          text: on ? 'Saved: we may remind you to complete your profile.' : 'Saved: no more profile reminders.',
        });
      } catch (e) {
        setStatus({ ok: false, text: describeError(e).message });
      } finally {
        setPending(null);
      }
    });
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="notification-settings">
      <Stack gap="sm">
        <Title order={2} size="h3" id="notification-settings">
          Notification settings
        </Title>
        <QueryState data={data} loading={loading} error={error} refetch={refetch}>
          {(d) => (
            <Switch
              label="Remind me to complete my profile"
              description="At most one e-mail a month, and only while your profile is less than half complete."
              checked={pending ?? d.myProfileReminderSettings.completionReminders}
              disabled={busy}
              onChange={(e) => change(e.currentTarget.checked)}
            />
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
