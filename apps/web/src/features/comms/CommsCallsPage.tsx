import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { AmbassadorCallStatus } from '../../gql/graphql';
import {
  applyApiError,
  describeError,
  EmptyState,
  ErrorState,
  LoadingState,
  NotFoundPage,
  Page,
  QueryState,
  StatusNotice,
  useSingleFlight,
} from '../../shared';
import {
  CALL_STATUS_LABEL,
  formatDate,
  isMissing,
  isoFromLocal,
  localFromIso,
  SkillPicker,
  StatusBadge,
  type SkillOption,
} from './common';
import {
  CloseCallMutation,
  CommsCallQuery,
  CommsCallsQuery,
  CreateCallMutation,
  OpenCallMutation,
  UpdateCallMutation,
} from './operations';

export function CommsCallsPage() {
  const [status, setStatus] = useState<string>('ALL');
  const { data, loading, error, refetch } = useQuery(CommsCallsQuery, {
    variables: { status: status === 'ALL' ? null : (status as AmbassadorCallStatus) },
  });
  return (
    <Page
      title="Calls"
      actions={
        <Button component={Link} to="/comms/calls/new">
          New call
        </Button>
      }
    >
      <SegmentedControl
        aria-label="Show calls"
        value={status}
        onChange={setStatus}
        data={[
          { value: 'ALL', label: 'All' },
          { value: 'DRAFT', label: 'Drafts' },
          { value: 'OPEN', label: 'Open' },
          { value: 'CLOSED', label: 'Closed' },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      <QueryState
        data={data}
        loading={loading}
        error={error}
        refetch={refetch}
        isEmpty={(d) => d.ambassadorCalls.edges.length === 0}
        empty={
          status === 'ALL' ? (
            <EmptyState
              title="No calls yet"
              action={
                <Button component={Link} to="/comms/calls/new">
                  Draft a call
                </Button>
              }
            >
              Post a call for digital ambassadors to start your programme.
            </EmptyState>
          ) : (
            <EmptyState title={`No ${CALL_STATUS_LABEL[status as AmbassadorCallStatus].toLowerCase()} calls`}>
              Choose “All” to see every call.
            </EmptyState>
          )
        }
      >
        {(d) => (
          <Box
            component="ul"
            style={{
              listStyle: 'none',
              padding: 0,
              margin: 0,
              display: 'flex',
              flexDirection: 'column',
              gap: 'var(--mantine-spacing-sm)',
            }}
          >
            {d.ambassadorCalls.edges.map(({ node: c }) => (
              <Paper component="li" key={c.id} withBorder p="sm">
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Anchor component={Link} to={`/comms/calls/${c.id}`} fw={600}>
                    {c.title}
                  </Anchor>
                  <StatusBadge status={c.status} label={CALL_STATUS_LABEL[c.status]} />
                </Group>
                <Text size="sm" c="dimmed">
                  {c.status === 'DRAFT'
                    ? `Drafted ${formatDate(c.createdAt)}`
                    : `Published ${formatDate(c.publishedAt)}`}
                  {c.closesAt ? ` · closes ${formatDate(c.closesAt)}` : ''}
                </Text>
                {c.skillsSought.length > 0 && (
                  <Group gap={4} mt={4}>
                    {c.skillsSought.map((s) => (
                      <Badge key={s.id} variant="outline" color="gray">
                        {s.name}
                      </Badge>
                    ))}
                  </Group>
                )}
              </Paper>
            ))}
          </Box>
        )}
      </QueryState>
    </Page>
  );
}

interface CallValues {
  title: string;
  pitch: string;
  skills: SkillOption[];
  opensAt: string;
  closesAt: string;
}

function CallForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: CallValues;
  submitLabel: string;
  onSubmit: (values: CallValues) => Promise<void>;
  onCancel: () => void;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const [saving, once] = useSingleFlight();
  const form = useForm<CallValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: {
      title: (v) => (!v.trim() ? 'Give the call a title' : v.length > 200 ? 'Keep the title to 200 characters' : null),
      pitch: (v) =>
        !v.trim()
          ? 'Say why colleagues should answer'
          : v.length > 10000
            ? 'Keep the pitch to 10,000 characters'
            : null,
      skills: (v) => (v.length > 30 ? 'Choose at most 30 skills' : null),
      closesAt: (v, values) =>
        v && values.opensAt && new Date(v) <= new Date(values.opensAt)
          ? 'The closing date must be after the opening'
          : null,
    },
  });
  const submit = form.onSubmit((values) =>
    once(async () => {
      setMessage(null);
      try {
        await onSubmit(values);
      } catch (error) {
        setMessage(applyApiError(form, error).message);
      }
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {message && (
          <Alert color="red" role="alert" title="The call was not saved">
            {message}
          </Alert>
        )}
        <TextInput label="Title" required maxLength={200} {...form.getInputProps('title')} />
        <Textarea
          label="Pitch"
          description="Why colleagues should answer, in your words"
          required
          autosize
          minRows={4}
          maxLength={10000}
          {...form.getInputProps('pitch')}
        />
        <SkillPicker
          label="Skills sought"
          placeholder="Type a skill, e.g. video"
          maxValues={30}
          value={form.getValues().skills}
          onChange={(skills) => form.setFieldValue('skills', skills)}
          error={form.errors.skills}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="datetime-local" label="Sign-ups open" {...form.getInputProps('opensAt')} />
          <TextInput type="datetime-local" label="Sign-ups close" {...form.getInputProps('closesAt')} />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function callInput(values: CallValues) {
  return {
    title: values.title.trim(),
    pitch: values.pitch.trim(),
    skillIds: values.skills.map((s) => s.id),
    opensAt: isoFromLocal(values.opensAt),
    closesAt: isoFromLocal(values.closesAt),
  };
}

export function NewCallPage() {
  const navigate = useNavigate();
  const [create] = useMutation(CreateCallMutation, { refetchQueries: ['CommsCalls'] });
  return (
    <Page title="New call">
      <Text>A call starts as a draft. Publish it when it is ready: members whose skills match are told.</Text>
      <CallForm
        initial={{ title: '', pitch: '', skills: [], opensAt: '', closesAt: '' }}
        submitLabel="Save draft"
        onCancel={() => void navigate('/comms/calls')}
        onSubmit={async (values) => {
          const { data } = await create({ variables: { input: callInput(values) } });
          if (data) await navigate(`/comms/calls/${data.createAmbassadorCall.id}`);
        }}
      />
    </Page>
  );
}

export function CallPage() {
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(CommsCallQuery, { variables: { id } });
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<{ tone: 'red' | 'green'; text: string } | null>(null);
  const [update] = useMutation(UpdateCallMutation);
  const [publish, publishing] = useMutation(OpenCallMutation, { refetchQueries: ['CommsCalls'] });
  const [close, closing] = useMutation(CloseCallMutation, { refetchQueries: ['CommsCalls'] });
  const [, once] = useSingleFlight();
  const [emailMembers, setEmailMembers] = useState(false);

  if (error && !data) {
    if (isMissing(error)) return <NotFoundPage />;
    return (
      <Page title="Call">
        <ErrorState error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  if (!data) {
    return (
      <Page title="Call">
        <LoadingState />
      </Page>
    );
  }
  const c = data.ambassadorCall;
  const run = (action: () => Promise<unknown>, done: string) =>
    once(async () => {
      setMessage(null);
      try {
        await action();
        setMessage({ tone: 'green', text: done });
      } catch (e) {
        setMessage({ tone: 'red', text: describeError(e).message });
      }
    });
  return (
    <Page
      title={c.title}
      actions={
        <Group gap="xs">
          {c.status === 'DRAFT' && (
            <>
              <Checkbox
                label="Also e-mail the members it targets"
                checked={emailMembers}
                onChange={(e) => setEmailMembers(e.currentTarget.checked)}
              />
              <Button
                loading={publishing.loading}
                onClick={() =>
                  void run(
                    () => publish({ variables: { id: c.id, emailMembers } }),
                    emailMembers
                      ? 'The call is published; its e-mail is on its way to the members it targets.'
                      : 'The call is published.',
                  )
                }
              >
                Publish call
              </Button>
            </>
          )}
          {c.status === 'OPEN' && (
            <Button
              variant="light"
              color="red"
              loading={closing.loading}
              onClick={() => void run(() => close({ variables: { id: c.id } }), 'The call is closed to new sign-ups.')}
            >
              Close call
            </Button>
          )}
          {c.status !== 'CLOSED' && !editing && (
            <Button variant="default" onClick={() => setEditing(true)}>
              Edit
            </Button>
          )}
        </Group>
      }
    >
      <Anchor component={Link} to="/comms/calls" size="sm">
        ← All calls
      </Anchor>
      <StatusNotice notice={message} onDismiss={() => setMessage(null)} />
      {editing ? (
        <CallForm
          initial={{
            title: c.title,
            pitch: c.pitch,
            skills: c.skillsSought.map((s) => ({ id: s.id, name: s.name })),
            opensAt: localFromIso(c.opensAt),
            closesAt: localFromIso(c.closesAt),
          }}
          submitLabel="Save changes"
          onCancel={() => setEditing(false)}
          onSubmit={async (values) => {
            await update({ variables: { input: { id: c.id, ...callInput(values) } } });
            setEditing(false);
            setMessage({ tone: 'green', text: 'Your changes are saved.' });
          }}
        />
      ) : (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Group gap="xs">
              <StatusBadge status={c.status} label={CALL_STATUS_LABEL[c.status]} />
              <Text size="sm" c="dimmed">
                Opens {formatDate(c.opensAt ?? c.publishedAt)} · Closes {formatDate(c.closesAt)}
              </Text>
            </Group>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{c.pitch}</Text>
            {c.skillsSought.length > 0 ? (
              <Group gap={4}>
                <Text size="sm" fw={600}>
                  Skills sought:
                </Text>
                {c.skillsSought.map((s) => (
                  <Badge key={s.id} variant="light">
                    {s.name}
                  </Badge>
                ))}
              </Group>
            ) : (
              <Text size="sm" c="dimmed">
                No particular skills sought: anyone may answer.
              </Text>
            )}
            {c.status !== 'DRAFT' && (
              <Group gap="xs" wrap="wrap">
                <Text size="sm">
                  Link to share in the intranet or an e-mail: <Code style={{ overflowWrap: 'anywhere' }}>{c.link}</Code>
                </Text>
                <CopyButton value={c.link}>
                  {({ copied, copy }) => (
                    <Button size="compact-sm" variant="default" onClick={copy}>
                      {copied ? 'Link copied' : 'Copy link'}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            )}
            {c.emailedAt && (
              <Text size="sm">
                E-mailed to {c.emailedCount} {c.emailedCount === 1 ? 'member' : 'members'} on {formatDate(c.emailedAt)}{' '}
                (those it targets whose settings allow e-mail about calls).
              </Text>
            )}
            {c.status !== 'DRAFT' && (
              <Anchor component={Link} to="/comms/pipeline">
                See who answered in the sign-up pipeline
              </Anchor>
            )}
          </Stack>
        </Paper>
      )}
    </Page>
  );
}
