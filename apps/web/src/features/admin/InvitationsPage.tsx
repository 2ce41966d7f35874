import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  FileButton,
  Group,
  Paper,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { Role } from '../../gql/graphql';
import { applyApiError, describeError, Page, QueryState, useSingleFlight } from '../../shared';
import { parseInvitations, ROLE_LABEL, ROLES, type InvitationRow } from './bulk-invitations';
import { InviteMemberMutation, PendingInvitationsQuery, RevokeInvitationMutation } from './operations';

function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

export function InvitationsPage() {
  return (
    <Page title="Invitations">
      <Text>Invite colleagues by e-mail. Each gets a link to join; it appears below until they accept.</Text>
      <Tabs defaultValue="one">
        <Tabs.List>
          <Tabs.Tab value="one">Invite one person</Tabs.Tab>
          <Tabs.Tab value="many">Invite many</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="one" pt="md">
          <InviteOne />
        </Tabs.Panel>
        <Tabs.Panel value="many" pt="md">
          <InviteMany />
        </Tabs.Panel>
      </Tabs>
      <Pending />
    </Page>
  );
}

function InviteOne() {
  const [invite] = useMutation(InviteMemberMutation, { refetchQueries: ['AdminPendingInvitations'] });
  const [message, setMessage] = useState<{ tone: 'red' | 'green'; text: string } | null>(null);
  const [sending, once] = useSingleFlight();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', roles: ['MEMBER'] as string[] },
    validate: {
      email: (v) =>
        !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()) || v.length > 254 ? 'Enter a valid e-mail address' : null,
      roles: (v) => (v.length ? null : 'Choose at least one role'),
    },
  });
  const submit = form.onSubmit((values) =>
    once(async () => {
      setMessage(null);
      try {
        await invite({ variables: { input: { email: values.email.trim(), roles: values.roles as Role[] } } });
        setMessage({ tone: 'green', text: `Invitation sent to ${values.email.trim()}.` });
        form.reset();
      } catch (e) {
        setMessage({ tone: 'red', text: applyApiError(form, e).message });
      }
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={520}>
        <div role="status" aria-live="polite">
          {message && (
            <Alert color={message.tone} variant="light">
              {message.text}
            </Alert>
          )}
        </div>
        <TextInput
          label="E-mail address"
          type="email"
          required
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <Checkbox.Group label="Roles" key={form.key('roles')} {...form.getInputProps('roles')}>
          <Group gap="md" mt="xs">
            {ROLES.map((r) => (
              <Checkbox key={r} value={r} label={ROLE_LABEL[r]} />
            ))}
          </Group>
        </Checkbox.Group>
        <Button type="submit" loading={sending} style={{ alignSelf: 'flex-start' }}>
          Send invitation
        </Button>
      </Stack>
    </form>
  );
}

type RowResult = InvitationRow & { result?: { ok: boolean; text: string } };

function InviteMany() {
  const [text, setText] = useState('');
  const [rows, setRows] = useState<RowResult[] | null>(null);
  const [sending, once] = useSingleFlight();
  const [fileError, setFileError] = useState<string | null>(null);
  const [invite] = useMutation(InviteMemberMutation);
  const client = useApolloClient();

  async function readFile(file: File | null) {
    setFileError(null);
    if (!file) return;
    if (file.size > 1_000_000) {
      setFileError('That file is too large: use at most 1 MB of addresses.');
      return;
    }
    setText(await file.text());
  }

  const send = () => once(sendAll);
  async function sendAll() {
    const parsed: RowResult[] = parseInvitations(text);
    if (parsed.length === 0) {
      setRows([]);
      return;
    }
    setRows(parsed);
    const results: RowResult[] = [...parsed];
    // One at a time, so each line gets its own answer and the rate limit is met in order.
    for (let i = 0; i < results.length; i++) {
      const row = results[i];
      if (row.problem) {
        results[i] = { ...row, result: { ok: false, text: row.problem } };
      } else {
        try {
          await invite({ variables: { input: { email: row.email, roles: row.roles } } });
          results[i] = { ...row, result: { ok: true, text: 'Invitation sent' } };
        } catch (e) {
          results[i] = { ...row, result: { ok: false, text: describeError(e, ['email']).message } };
        }
      }
      setRows([...results]);
    }
    void client.refetchQueries({ include: ['AdminPendingInvitations'] });
  }

  const sent = rows?.filter((r) => r.result?.ok).length ?? 0;
  const failed = rows?.filter((r) => r.result && !r.result.ok).length ?? 0;
  const done = !!rows && !sending && rows.length > 0;

  return (
    <Stack>
      <Textarea
        label="E-mail addresses"
        description="One person a line: an address, or “address, roles” (e.g. “sam@example.org, COMMS;MEMBER”). Without roles, people join as members."
        autosize
        minRows={5}
        maxRows={14}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <Group>
        <FileButton onChange={(f) => void readFile(f)} accept=".csv,text/csv,text/plain">
          {(props) => (
            <Button variant="default" {...props}>
              Choose a CSV file…
            </Button>
          )}
        </FileButton>
        <Button loading={sending} disabled={!text.trim()} onClick={() => void send()}>
          Send invitations
        </Button>
      </Group>
      {fileError && (
        <Alert color="red" role="alert">
          {fileError}
        </Alert>
      )}
      <div role="status" aria-live="polite">
        {rows && rows.length === 0 && <Text>There are no addresses to invite: paste at least one.</Text>}
        {done && (
          <Alert color={failed ? 'yellow' : 'green'} variant="light">
            {sent} {sent === 1 ? 'invitation' : 'invitations'} sent
            {failed ? `, ${failed} not sent — see why below. Fix those lines and send them again.` : '.'}
          </Alert>
        )}
      </div>
      {rows && rows.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table>
            <Table.Caption>Result for each line</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Line</Table.Th>
                <Table.Th>E-mail address</Table.Th>
                <Table.Th>Roles</Table.Th>
                <Table.Th>Result</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.line}>
                  <Table.Td>{r.line}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.email}</Table.Td>
                  <Table.Td>{r.roles.map((x) => ROLE_LABEL[x]).join(', ')}</Table.Td>
                  <Table.Td>
                    {r.result ? (
                      <Text size="sm" c={r.result.ok ? undefined : 'red.9'} fw={600}>
                        {r.result.ok ? '✓ ' : '✗ '}
                        {r.result.text}
                      </Text>
                    ) : (
                      <Text size="sm" c="dimmed">
                        Waiting…
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function Pending() {
  const { data, loading, error, refetch } = useQuery(PendingInvitationsQuery);
  const [revoke] = useMutation(RevokeInvitationMutation, { refetchQueries: ['AdminPendingInvitations'] });
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h3">
          Waiting to be accepted
        </Title>
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
          isEmpty={(d) => d.pendingInvitations.length === 0}
          empty={<Text c="dimmed">No invitations are waiting. Invite someone above.</Text>}
        >
          {(d) => (
            <Table.ScrollContainer minWidth={480}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>E-mail address</Table.Th>
                    <Table.Th>Roles</Table.Th>
                    <Table.Th>Expires</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.pendingInvitations.map((inv) => (
                    <Table.Tr key={inv.id}>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{inv.email}</Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {inv.roles.map((r) => (
                            <Badge key={r} variant="light">
                              {ROLE_LABEL[r]}
                            </Badge>
                          ))}
                        </Group>
                      </Table.Td>
                      <Table.Td>{formatDate(inv.expiresAt)}</Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          loading={busy === inv.id}
                          disabled={!!busy}
                          aria-label={`Revoke the invitation to ${inv.email}`}
                          onClick={async () => {
                            setBusy(inv.id);
                            setMessage(null);
                            try {
                              await revoke({ variables: { id: inv.id } });
                            } catch (e) {
                              setMessage(describeError(e).message);
                            } finally {
                              setBusy(null);
                            }
                          }}
                        >
                          Revoke
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}
