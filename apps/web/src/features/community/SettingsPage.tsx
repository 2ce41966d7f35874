import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Radio, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { DigestFrequency } from '../../gql/graphql';
import { describeError, Page, QueryState, useSingleFlight } from '../../shared';
import { DigestPreview } from './DigestPreview';
import { CommunitySettingsQuery, CommunityUpdateSettingsMutation } from './operations';

const FREQUENCIES: { value: DigestFrequency; label: string; description: string }[] = [
  { value: 'DAILY', label: 'Daily', description: 'Each morning, the new posts from your feed.' },
  { value: 'WEEKLY', label: 'Weekly', description: 'Once a week, the week’s posts from your feed.' },
  { value: 'NONE', label: 'Off', description: 'No digest e-mails. You are still notified when someone mentions you.' },
];

/** Your community choices: the digest e-mail and following everyone. Each change is saved at once. */
export function SettingsPage() {
  const { data, loading, error, refetch } = useQuery(CommunitySettingsQuery);
  const [update] = useMutation(CommunityUpdateSettingsMutation, {
    refetchQueries: ['CommunityFeed'],
    // Settings have no id to normalise by: the saved values replace the page's copy.
    update: (cache, { data: saved }) => {
      if (saved)
        cache.writeQuery({
          query: CommunitySettingsQuery,
          data: { myCommunitySettings: saved.updateMyCommunitySettings },
        });
    },
  });
  const [busy, run] = useSingleFlight();
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const save = (input: { digestFrequency?: DigestFrequency; followEveryone?: boolean }, done: string) =>
    void run(async () => {
      setMessage(null);
      setSaved(null);
      try {
        await update({ variables: { input } });
        setSaved(done);
      } catch (e) {
        setMessage(describeError(e).message);
      }
    });
  return (
    <Page title="Community settings">
      <QueryState data={data} loading={loading} error={error} refetch={refetch}>
        {(d) => (
          <Stack gap="xl" maw={640}>
            <Stack gap="xs" component="section" aria-labelledby="digest-heading">
              <Title order={2} id="digest-heading">
                Digest e-mail
              </Title>
              <Radio.Group
                label="How often we e-mail you a summary of your feed"
                value={d.myCommunitySettings.digestFrequency}
                onChange={(value) => save({ digestFrequency: value }, `Digest set to ${labelOf(value)}.`)}
              >
                <Stack gap="sm" mt="xs">
                  {FREQUENCIES.map((f) => (
                    <Radio key={f.value} value={f.value} label={f.label} description={f.description} disabled={busy} />
                  ))}
                </Stack>
              </Radio.Group>
              <DigestPreview />
            </Stack>
            <Stack gap="xs" component="section" aria-labelledby="follow-heading">
              <Title order={2} id="follow-heading">
                Who you follow
              </Title>
              <Switch
                label="Follow everyone"
                description="See posts from every person and topic in your feed, except those you unfollow. Turn it off to follow only the people, topics and groups you choose."
                checked={d.myCommunitySettings.followEveryone}
                disabled={busy}
                onChange={(e) =>
                  save(
                    { followEveryone: e.currentTarget.checked },
                    e.currentTarget.checked ? 'You now follow everyone.' : 'You now follow only whom you choose.',
                  )
                }
              />
            </Stack>
            <Text size="sm" role="status" aria-live="polite">
              {saved ?? ''}
            </Text>
            {message && (
              <Alert color="red" role="alert">
                {message}
              </Alert>
            )}
          </Stack>
        )}
      </QueryState>
    </Page>
  );
}

function labelOf(value: string): string {
  return FREQUENCIES.find((f) => f.value === value)?.label.toLowerCase() ?? value;
}
