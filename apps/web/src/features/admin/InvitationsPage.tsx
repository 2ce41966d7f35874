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
import { applyApiError, describeError, Page, QueryState, StatusNotice, useSingleFlight } from '../../shared';
import { MAX_ROWS_PER_REQUEST, parseInvitations, ROLE_LABEL, ROLES, type InvitationRow } from './bulk-invitations';
import {
  InviteMemberMutation,
  InviteMembersMutation,
  PendingInvitationsQuery,
  RevokeInvitationMutation,
} from './operations';

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
        <StatusNotice notice={message} />
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

type RowResult = InvitationRow & { result?: { ok: boolean; code?: string; text: string } };

function placementOf(row: InvitationRow): string {
  return [row.department, row.grade, row.location].filter(Boolean).join(' · ');
}

function resultText(r: { code: string; message: string; retryAfter?: number | null }): string {
  if (r.code === 'INVITED') return 'Invitation sent';
  if (r.code === 'RATE_LIMITED') {
    const minutes = Math.max(1, Math.ceil((r.retryAfter ?? 60) / 60));
    return `Not sent: this hour’s invitations are used up. Send it again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
  }
  return r.message;
}

function InviteMany() {
  const [text, setText] = useState('');
  const [rows, setRows] = useState<RowResult[] | null>(null);
  const [ignored, setIgnored] = useState<string[]>([]);
  const [sending, once] = useSingleFlight();
  const [fileError, setFileError] = useState<string | null>(null);
  const [inviteMany] = useMutation(InviteMembersMutation);
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

  /** Sends `targets` in lists of up to 200 (one request each) and fills in each row's result. */
  async function sendRows(all: RowResult[], targets: RowResult[], newDepartments: string[]) {
    const results = new Map(all.map((r) => [r.line, r] as const));
    for (let i = 0; i < targets.length; i += MAX_ROWS_PER_REQUEST) {
      const chunk = targets.slice(i, i + MAX_ROWS_PER_REQUEST);
      try {
        const { data } = await inviteMany({
          variables: {
            input: chunk.map((r) => ({
              email: r.email,
              roles: r.roles,
              department: r.department ?? null,
              grade: r.grade ?? null,
              location: r.location ?? null,
            })),
            newDepartments: newDepartments.length ? newDepartments : null,
          },
        });
        data?.inviteMembers.forEach((answer, k) => {
          const row = chunk[k];
          results.set(row.line, {
            ...row,
            result: { ok: answer.code === 'INVITED', code: answer.code, text: resultText(answer) },
          });
        });
      } catch (e) {
        const text = describeError(e).message;
        for (const row of chunk) results.set(row.line, { ...row, result: { ok: false, text } });
      }
      setRows(all.map((r) => results.get(r.line)!));
    }
    void client.refetchQueries({ include: ['AdminPendingInvitations'] });
  }

  const send = () =>
    once(async () => {
      const parsed = parseInvitations(text);
      setIgnored(parsed.ignoredColumns);
      const all: RowResult[] = parsed.rows.map((row) =>
        row.problem ? { ...row, result: { ok: false, text: row.problem } } : row,
      );
      setRows(all);
      await sendRows(
        all,
        all.filter((r) => !r.problem),
        [],
      );
    });

  const unknownDepartments = [
    ...new Set(
      (rows ?? []).filter((r) => r.result?.code === 'UNKNOWN_DEPARTMENT' && r.department).map((r) => r.department!),
    ),
  ];
  const addDepartments = () =>
    once(async () => {
      if (!rows) return;
      await sendRows(
        rows,
        rows.filter((r) => r.result?.code === 'UNKNOWN_DEPARTMENT'),
        unknownDepartments,
      );
    });

  const sent = rows?.filter((r) => r.result?.ok).length ?? 0;
  const failed = rows?.filter((r) => r.result && !r.result.ok).length ?? 0;
  const done = !!rows && !sending && rows.length > 0;

  return (
    <Stack>
      <Textarea
        label="E-mail addresses or CSV"
        description="One person a line: an address, or “address, roles” (e.g. “sam@example.org, COMMS;MEMBER”). A CSV file with a header row may also give department, grade and location, in any order (columns: email, roles, department, grade, location). Without roles, people join as members."
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
        {ignored.length > 0 && (
          <Text size="sm">
            Columns left out (not ones we use): {ignored.join(', ')}. Use email, roles, department, grade and location.
          </Text>
        )}
        {done && (
          <Alert color={failed ? 'yellow' : 'green'} variant="light">
            {sent} {sent === 1 ? 'invitation' : 'invitations'} sent
            {failed ? `, ${failed} not sent — see why below. Fix those lines and send them again.` : '.'}
          </Alert>
        )}
      </div>
      {done && unknownDepartments.length > 0 && (
        <Alert color="blue" variant="light" title="Departments new to your organisation">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {unknownDepartments.map((d) => `“${d}”`).join(', ')} {unknownDepartments.length === 1 ? 'is' : 'are'} not
              used in your organisation yet. If {unknownDepartments.length === 1 ? 'it is spelt' : 'they are spelt'} as
              you want, add {unknownDepartments.length === 1 ? 'it' : 'them'}; otherwise correct the lines and send them
              again.
            </Text>
            <Button size="sm" loading={sending} onClick={() => void addDepartments()}>
              Add {unknownDepartments.length === 1 ? 'this department' : 'these departments'} and send those lines
            </Button>
          </Stack>
        </Alert>
      )}
      {rows && rows.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table>
            <Table.Caption>Result for each line</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Line</Table.Th>
                <Table.Th>E-mail address</Table.Th>
                <Table.Th>Roles</Table.Th>
                <Table.Th>Department · grade · location</Table.Th>
                <Table.Th>Result</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.line}>
                  <Table.Td>{r.line}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.email}</Table.Td>
                  <Table.Td>{r.roles.map((x) => ROLE_LABEL[x]).join(', ')}</Table.Td>
                  <Table.Td>{placementOf(r) || '—'}</Table.Td>
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
                    <Table.Th>Department · grade · location</Table.Th>
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
                      <Table.Td>
                        {[inv.department, inv.grade, inv.location].filter(Boolean).join(' · ') || '—'}
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
