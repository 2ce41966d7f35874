import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  CopyButton,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import type { AdminScimGroupFieldsFragment, AdminScimSettingsQuery, Role } from '../../gql/graphql';
import { applyApiError, ConfirmButton, describeError, QueryState, StatusNotice, useSingleFlight } from '../../shared';
import {
  MapScimGroupMutation,
  RevokeScimTokenMutation,
  RotateScimTokenMutation,
  ScimSettingsQuery,
} from './scim-operations';

type Notice = { tone: 'red' | 'green'; text: string } | null;

/** The token just made: shown this once, until the admin hides it or leaves the page. */
type CreatedToken = { token: string; createdAt: string };

const NONE = 'NONE';

const ROLE_OPTIONS = [
  { value: NONE, label: 'No role (members only)' },
  { value: 'COMMS', label: 'Comms' },
  { value: 'HR', label: 'HR' },
];

const WHEN = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

const when = (iso: string) => WHEN.format(new Date(iso));

/**
 * Organisation settings → Directory provisioning (SCIM): the base URL and token an organisation's directory
 * (Microsoft Entra ID, Okta…) uses to add, update and remove its people, and what its groups map to here.
 */
export function ScimSection() {
  const { data, loading, error, refetch } = useQuery(ScimSettingsQuery);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="scim-settings">
      <Stack>
        <Title order={2} size="h3" id="scim-settings">
          Directory provisioning (SCIM)
        </Title>
        <Text size="sm">
          Let your directory (Microsoft Entra ID, Okta and others that speak SCIM 2.0) add, update and remove your
          people, and give roles and community groups through its groups. Each change is recorded in the audit log.
        </Text>
        <QueryState data={data} loading={loading} error={error} refetch={refetch}>
          {(d) => <ScimPanel data={d} refetch={refetch} />}
        </QueryState>
      </Stack>
    </Paper>
  );
}

function ScimPanel({ data, refetch }: { data: AdminScimSettingsQuery; refetch: () => Promise<unknown> }) {
  const settings = data.scimSettings;
  const [rotate] = useMutation(RotateScimTokenMutation, { refetchQueries: ['AdminScimSettings'] });
  const [revoke] = useMutation(RevokeScimTokenMutation, { refetchQueries: ['AdminScimSettings'] });
  const [busy, once] = useSingleFlight();
  const [notice, setNotice] = useState<Notice>(null);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const hasToken = settings.tokenCreatedAt != null;
  const communityGroups = data.communityGroups.edges
    .map(({ node }) => node)
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const [checking, checkOnce] = useSingleFlight();

  const makeToken = () =>
    once(async () => {
      setNotice(null);
      setCreated(null);
      try {
        const result = await rotate();
        const made = result.data?.rotateScimToken;
        if (!made) throw new Error('No token came back');
        setCreated({ token: made.token, createdAt: made.createdAt });
        setNotice({
          tone: 'green',
          text: hasToken
            ? 'A new token is made and the old one has stopped. Copy the new one now.'
            : 'The token is made. Copy it now.',
        });
      } catch (e) {
        setNotice({ tone: 'red', text: describeError(e).message });
      }
    });

  const revokeToken = () =>
    once(async () => {
      setNotice(null);
      try {
        await revoke();
        setCreated(null);
        setNotice({ tone: 'green', text: 'The token is revoked. Your directory can no longer provision anyone.' });
      } catch (e) {
        setNotice({ tone: 'red', text: describeError(e).message });
      }
    });

  return (
    <Stack gap="md">
      <CopyField
        label="SCIM base URL"
        description="Paste it into your directory as the Tenant URL (Entra ID) or SCIM connector base URL (Okta)."
        value={settings.baseUrl}
        copyLabel="Copy URL"
        copiedLabel="URL copied"
      />

      <Stack gap="xs">
        <Title order={3} size="h4">
          Token
        </Title>
        {hasToken ? (
          <Text size="sm">
            A token is in use, made {when(settings.tokenCreatedAt as string)}.{' '}
            {settings.tokenLastUsedAt
              ? `Your directory last used it ${when(settings.tokenLastUsedAt)}.`
              : 'Your directory has not used it yet.'}{' '}
            It is never shown again after it is made.
          </Text>
        ) : (
          <Text size="sm">
            There is no token, so your directory cannot provision anyone. Create one and paste it into your directory as
            the Secret token (Entra ID) or API token (Okta).
          </Text>
        )}

        <StatusNotice notice={notice} />

        {created && <NewToken token={created.token} onHide={() => setCreated(null)} />}

        <Group gap="sm">
          {hasToken ? (
            <>
              <ConfirmButton
                variant="default"
                color="orange"
                size="sm"
                question="Rotate the token? The current one stops at once: your directory cannot sync until you paste the new one."
                confirm="Rotate token"
                keep="Keep the current token"
                busy={busy}
                onConfirm={makeToken}
              >
                Rotate token
              </ConfirmButton>
              <ConfirmButton
                variant="outline"
                size="sm"
                question="Revoke the token? Your directory stops provisioning at once."
                confirm="Revoke token"
                keep="Keep it"
                busy={busy}
                onConfirm={revokeToken}
              >
                Revoke token
              </ConfirmButton>
            </>
          ) : (
            <Button onClick={() => void makeToken()} loading={busy}>
              Create token
            </Button>
          )}
        </Group>
      </Stack>

      <Stack gap="xs">
        <Title order={3} size="h4">
          Directory groups
        </Title>
        {settings.groups.length === 0 ? (
          <>
            <Text size="sm">
              Your directory has not pushed any groups yet. They appear here once it has a token and you assign groups
              to Crowdcomms there (Entra ID: Users and groups of the enterprise app; Okta: Push Groups), after its next
              sync.
            </Text>
            <Button
              variant="default"
              size="sm"
              loading={checking}
              onClick={() => void checkOnce(refetch)}
              style={{ alignSelf: 'flex-start' }}
            >
              Check again
            </Button>
          </>
        ) : (
          <>
            <Text size="sm">
              Choose what each group gives its members here. Members gain or lose it at once, as the directory adds or
              removes them.
            </Text>
            <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
              {settings.groups.map((g) => (
                <li key={g.id}>
                  <GroupMapping group={g} communityGroups={communityGroups} />
                </li>
              ))}
            </Stack>
          </>
        )}
      </Stack>
    </Stack>
  );
}

/** A read-only value, shown whole (long ones wrap), with a copy button under it. */
function CopyField({
  label,
  description,
  value,
  copyLabel,
  copiedLabel,
  children,
}: {
  label: string;
  description?: string;
  value: string;
  copyLabel: string;
  copiedLabel: string;
  /** More buttons beside the copy button. */
  children?: ReactNode;
}) {
  return (
    <Stack gap="xs">
      <Textarea
        label={label}
        description={description}
        value={value}
        readOnly
        autosize
        minRows={1}
        spellCheck={false}
        onFocus={(e) => e.currentTarget.select()}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', wordBreak: 'break-all' } }}
      />
      <Group gap="sm">
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Button
              size="sm"
              variant={copied ? 'light' : 'default'}
              color={copied ? 'green' : undefined}
              onClick={copy}
            >
              {copied ? copiedLabel : copyLabel}
            </Button>
          )}
        </CopyButton>
        {children}
      </Group>
    </Stack>
  );
}

function NewToken({ token, onHide }: { token: string; onHide: () => void }) {
  return (
    <Alert color="yellow" variant="light" title="Copy the token now: it will not be shown again">
      <Stack gap="sm">
        <CopyField
          label="New SCIM token"
          description="Paste it into your directory as the Secret token (Entra ID) or API token (Okta)."
          value={token}
          copyLabel="Copy token"
          copiedLabel="Token copied"
        >
          <Button variant="subtle" size="sm" onClick={onHide}>
            I have copied it, hide the token
          </Button>
        </CopyField>
        <Text size="sm">
          Only a fingerprint of it is kept here. If it is lost, rotate the token: the new one replaces it and this one
          stops at once.
        </Text>
      </Stack>
    </Alert>
  );
}

function GroupMapping({
  group,
  communityGroups,
}: {
  group: AdminScimGroupFieldsFragment;
  communityGroups: { id: string; name: string }[];
}) {
  const [map] = useMutation(MapScimGroupMutation, { refetchQueries: ['AdminScimSettings'] });
  const [saving, once] = useSingleFlight();
  const [notice, setNotice] = useState<Notice>(null);
  const headingId = `scim-group-${group.id}`;
  const known = communityGroups.some((c) => c.id === group.communityGroupId);
  const communityOptions = [
    { value: NONE, label: 'No community group' },
    ...(group.communityGroupId && !known
      ? [{ value: group.communityGroupId, label: 'A community group not listed here' }]
      : []),
    ...communityGroups.map((c) => ({ value: c.id, label: c.name })),
  ];
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: {
      role: group.role ?? NONE,
      communityGroupId: group.communityGroupId ?? NONE,
    },
  });

  const submit = form.onSubmit((values) =>
    once(async () => {
      setNotice(null);
      try {
        await map({
          variables: {
            input: {
              groupId: group.id,
              role: values.role === NONE ? null : (values.role as Role),
              communityGroupId: values.communityGroupId === NONE ? null : values.communityGroupId,
            },
          },
        });
        form.resetDirty();
        const role = values.role === NONE ? null : values.role;
        const joined =
          values.communityGroupId === NONE
            ? null
            : (communityGroups.find((c) => c.id === values.communityGroupId)?.name ?? 'its community group');
        setNotice({ tone: 'green', text: `Saved. ${describeMapping(group.displayName, role, joined)}` });
      } catch (e) {
        const { formMessage } = applyApiError(form, e);
        if (formMessage) setNotice({ tone: 'red', text: formMessage });
      }
    }),
  );

  return (
    <Paper withBorder p="sm" radius="sm">
      <form onSubmit={submit} noValidate aria-labelledby={headingId}>
        <Stack gap="xs">
          <div>
            <Text fw={600} id={headingId} style={{ overflowWrap: 'anywhere' }}>
              {group.displayName}
            </Text>
            <Text size="xs" c="dimmed">
              Pushed {when(group.createdAt)}
            </Text>
          </div>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Select
              label="Role"
              data={ROLE_OPTIONS}
              allowDeselect={false}
              key={form.key('role')}
              {...form.getInputProps('role')}
            />
            <Select
              label="Community group"
              data={communityOptions}
              allowDeselect={false}
              searchable={communityOptions.length > 8}
              nothingFoundMessage="No community group by that name"
              key={form.key('communityGroupId')}
              {...form.getInputProps('communityGroupId')}
            />
          </SimpleGrid>
          <StatusNotice notice={notice} />
          <Button type="submit" size="sm" loading={saving} style={{ alignSelf: 'flex-start' }}>
            Save mapping
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

/** What a group gives its members, in words. */
function describeMapping(name: string, role: string | null, communityGroup: string | null): string {
  const holds = role ? `hold the ${ROLE_OPTIONS.find((r) => r.value === role)?.label ?? role} role` : null;
  const joins = communityGroup ? `are in ${communityGroup}` : null;
  if (holds && joins) return `Members of ${name} ${holds} and ${joins}.`;
  if (holds || joins) return `Members of ${name} ${holds ?? joins}.`;
  return `Members of ${name} get no role or community group from it.`;
}
