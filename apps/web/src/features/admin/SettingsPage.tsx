import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Paper, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState, type FormEvent } from 'react';
import type { ProfileVisibility } from '../../gql/graphql';
import { applyApiError, describeError, Page, QueryState, StatusNotice, useSingleFlight } from '../../shared';
import { AnnouncementsSection } from './AnnouncementsSection';
import { OrganisationSettingsQuery, RenameOrganisationMutation, SetDefaultVisibilityMutation } from './operations';
import { RetentionSection } from './RetentionSection';
import { ScimSection } from './ScimSection';
import { SsoSection } from './SsoSection';

type Notice = { tone: 'red' | 'green'; text: string } | null;

export function SettingsPage() {
  const { data, loading, error, refetch } = useQuery(OrganisationSettingsQuery);
  return (
    <Page title="Organisation settings">
      <QueryState data={data} loading={loading} error={error} refetch={refetch}>
        {(d) => (
          <Stack maw={640}>
            <NameForm name={d.organisationSettings.name} />
            <VisibilityForm visibility={d.organisationSettings.defaultProfileVisibility} />
            <RetentionSection />
            <SsoSection />
            <ScimSection />
            <AnnouncementsSection />
          </Stack>
        )}
      </QueryState>
    </Page>
  );
}

function NameForm({ name }: { name: string }) {
  const [rename] = useMutation(RenameOrganisationMutation, {
    refetchQueries: ['Me', 'AdminOrganisationSettings'],
  });
  const [notice, setNotice] = useState<Notice>(null);
  const [saving, once] = useSingleFlight();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name },
    validate: {
      name: (v) => (v.trim().length < 2 || v.trim().length > 120 ? 'The name must be 2 to 120 characters' : null),
    },
  });
  const submit = form.onSubmit((values) =>
    once(async () => {
      setNotice(null);
      try {
        await rename({ variables: { name: values.name.trim() } });
        setNotice({ tone: 'green', text: 'The name is saved.' });
      } catch (e) {
        setNotice({ tone: 'red', text: applyApiError(form, e).message });
      }
    }),
  );
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h3">
            Name
          </Title>
          <StatusNotice notice={notice} />
          <TextInput
            label="Organisation name"
            description="Shown to everyone in your organisation and in e-mails we send."
            required
            maxLength={120}
            key={form.key('name')}
            {...form.getInputProps('name')}
          />
          <Button type="submit" loading={saving} style={{ alignSelf: 'flex-start' }}>
            Save name
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

function VisibilityForm({ visibility }: { visibility: ProfileVisibility }) {
  const [value, setValue] = useState<string>(visibility);
  const [loading, once] = useSingleFlight();
  const [save] = useMutation(SetDefaultVisibilityMutation, {
    refetchQueries: ['AdminOrganisationSettings'],
  });
  const [notice, setNotice] = useState<Notice>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    return once(async () => {
      setNotice(null);
      try {
        await save({ variables: { visibility: value as ProfileVisibility } });
        setNotice({ tone: 'green', text: 'New profiles will start with this visibility.' });
      } catch (e) {
        setNotice({ tone: 'red', text: describeError(e).message });
      }
    });
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          <Title order={2} size="h3">
            Who can see a new profile
          </Title>
          <Text size="sm">
            This is where a new member’s profile starts. Each member can change their own; only they can open it to
            everyone in the organisation.
          </Text>
          <StatusNotice notice={notice} />
          <Radio.Group label="Default profile visibility" value={value} onChange={setValue}>
            <Stack gap="xs" mt="xs">
              <Radio value="HR_ONLY" label="HR only — the member and the HR team can see it" />
              <Radio value="PRIVATE" label="Private — only the member can see it" />
            </Stack>
          </Radio.Group>
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            Save visibility
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
