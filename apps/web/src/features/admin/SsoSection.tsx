import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Code,
  Group,
  Paper,
  PasswordInput,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { AdminSsoSettingsQuery } from '../../gql/graphql';
import { applyApiError, describeError, QueryState, useSingleFlight } from '../../shared';
import { ConfigureSsoMutation, RemoveSsoMutation, SsoSettingsQuery } from './sso-operations';

type Notice = { tone: 'red' | 'green'; text: string } | null;

/** Organisation settings → Single sign-on: the organisation's OpenID Connect provider, and whether it is required. */
export function SsoSection() {
  const { data, loading, error, refetch } = useQuery(SsoSettingsQuery);
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h3" id="sso-settings">
          Single sign-on
        </Title>
        <Text size="sm">
          Let people sign in with their work account from your organisation’s identity provider (OpenID Connect:
          Microsoft Entra ID, Okta, Google Workspace and others). Each change is recorded in the audit log.
        </Text>
        <QueryState data={data} loading={loading} error={error} refetch={refetch}>
          {(d) => <SsoForm data={d} />}
        </QueryState>
      </Stack>
    </Paper>
  );
}

function SsoForm({ data }: { data: AdminSsoSettingsQuery }) {
  const settings = data.ssoSettings;
  const [configure] = useMutation(ConfigureSsoMutation, { refetchQueries: ['AdminSsoSettings'] });
  const [remove] = useMutation(RemoveSsoMutation, { refetchQueries: ['AdminSsoSettings'] });
  const [saving, once] = useSingleFlight();
  const [notice, setNotice] = useState<Notice>(null);
  const admins = data.members.edges.map(({ node }) => ({
    value: node.id,
    label: `${node.user.displayName} (${node.user.email})`,
  }));
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: {
      issuer: settings?.issuer ?? '',
      clientId: settings?.clientId ?? '',
      clientSecret: '',
      allowedDomains: settings?.allowedDomains.join(', ') ?? '',
      departmentClaim: settings?.departmentClaim ?? '',
      gradeClaim: settings?.gradeClaim ?? '',
      requireSso: settings?.requireSso ?? false,
      breakGlassMemberId: settings?.breakGlassMemberId ?? null,
    },
    validate: {
      issuer: (v) => (/^https:\/\/\S+$/.test(v.trim()) ? null : 'Enter the issuer URL, starting with https://'),
      clientId: (v) => (v.trim() ? null : 'Enter the client id'),
      clientSecret: (v) => (v.trim() || settings?.clientSecretSet ? null : 'Enter the client secret'),
      allowedDomains: (v) => (domainsOf(v).length ? null : 'Enter at least one e-mail domain'),
      breakGlassMemberId: (v, values) =>
        values.requireSso && !v ? 'Choose an admin who may still sign in with a password' : null,
    },
  });

  const submit = form.onSubmit((values) =>
    once(async () => {
      setNotice(null);
      try {
        await configure({
          variables: {
            input: {
              issuer: values.issuer.trim(),
              clientId: values.clientId.trim(),
              clientSecret: values.clientSecret.trim() || null,
              allowedDomains: domainsOf(values.allowedDomains),
              departmentClaim: values.departmentClaim.trim() || null,
              gradeClaim: values.gradeClaim.trim() || null,
              requireSso: values.requireSso,
              breakGlassMemberId: values.breakGlassMemberId,
            },
          },
        });
        form.setFieldValue('clientSecret', '');
        setNotice({ tone: 'green', text: 'Saved. People can sign in with your organisation now.' });
      } catch (e) {
        const { formMessage } = applyApiError(form, e);
        if (formMessage) setNotice({ tone: 'red', text: formMessage });
      }
    }),
  );

  const turnOff = () =>
    once(async () => {
      setNotice(null);
      try {
        await remove();
        form.reset();
        setNotice({ tone: 'green', text: 'Single sign-on is off. Everyone signs in with a password.' });
      } catch (e) {
        setNotice({ tone: 'red', text: describeError(e).message });
      }
    });

  return (
    <form onSubmit={submit} noValidate aria-labelledby="sso-settings">
      <Stack gap="sm">
        <Text size="sm">
          Register Crowdcomms at your provider as a web application with this redirect URI:{' '}
          <Code>{settings?.redirectUri ?? `${window.location.origin}/auth/sso/callback`}</Code>
        </Text>
        {settings && (
          <Text size="sm">
            Your people sign in at <Code>{settings.signInUrl}</Code>
          </Text>
        )}
        <TextInput
          label="Issuer URL"
          description="For example https://login.microsoftonline.com/<tenant id>/v2.0"
          required
          key={form.key('issuer')}
          {...form.getInputProps('issuer')}
        />
        <TextInput label="Client id" required key={form.key('clientId')} {...form.getInputProps('clientId')} />
        <PasswordInput
          label="Client secret"
          description={
            settings?.clientSecretSet
              ? 'A secret is stored (never shown). Leave empty to keep it.'
              : 'Stored encrypted and never shown again.'
          }
          required={!settings?.clientSecretSet}
          autoComplete="off"
          key={form.key('clientSecret')}
          {...form.getInputProps('clientSecret')}
        />
        <TextInput
          label="Allowed e-mail domains"
          description="Separate with commas, such as harbourside.gov.uk, harbourside.org.uk"
          required
          key={form.key('allowedDomains')}
          {...form.getInputProps('allowedDomains')}
        />
        <Group grow align="flex-start">
          <TextInput
            label="Department claim (optional)"
            description="Used when the organisation already has that department"
            key={form.key('departmentClaim')}
            {...form.getInputProps('departmentClaim')}
          />
          <TextInput
            label="Grade claim (optional)"
            description="Used when the organisation already uses that grade"
            key={form.key('gradeClaim')}
            {...form.getInputProps('gradeClaim')}
          />
        </Group>
        <Checkbox
          label="Require single sign-on (passwords are refused, except for the break-glass admin)"
          key={form.key('requireSso')}
          {...form.getInputProps('requireSso', { type: 'checkbox' })}
        />
        <Select
          label="Break-glass admin"
          description="May still sign in with a password if your provider is unavailable"
          data={admins}
          clearable
          key={form.key('breakGlassMemberId')}
          {...form.getInputProps('breakGlassMemberId')}
        />
        {notice && (
          <Alert color={notice.tone} role={notice.tone === 'red' ? 'alert' : 'status'}>
            {notice.text}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={saving}>
            Save single sign-on
          </Button>
          {settings && (
            <Button variant="outline" color="red" onClick={() => void turnOff()} disabled={saving}>
              Turn off single sign-on
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

function domainsOf(value: string): string[] {
  return value
    .split(/[\s,]+/)
    .map((d) => d.trim())
    .filter(Boolean);
}
