import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useId, useRef, useState } from 'react';
import type {
  AdminAnnouncementDestinationFieldsFragment,
  AnnouncementDestinationKind,
  AnnouncementEvent,
} from '../../gql/graphql';
import { applyApiError, ConfirmButton, describeError, QueryState, StatusNotice, useSingleFlight } from '../../shared';
import {
  AnnouncementDestinationsQuery,
  CreateAnnouncementDestinationMutation,
  DeleteAnnouncementDestinationMutation,
  ResumeAnnouncementDestinationMutation,
  RotateAnnouncementSigningSecretMutation,
  SendTestAnnouncementMutation,
  UpdateAnnouncementDestinationMutation,
} from './announcement-operations';

type Destination = AdminAnnouncementDestinationFieldsFragment;
type Notice = { tone: 'red' | 'green'; text: string } | null;
type Say = (notice: Notice) => void;
/** A signing secret just made (a new webhook, or a new secret for one), to show this once. */
type NewSecret = { name: string; secret: string };

/** How long the secret a new one replaces keeps signing, so that the receiving system can switch calmly. */
const OVERLAP_HOURS = 24;

/** What each kind is and where its URL comes from, in the admin's words. */
const KINDS: { value: AnnouncementDestinationKind; label: string; help: string }[] = [
  {
    value: 'TEAMS',
    label: 'Microsoft Teams channel',
    help: 'In the channel, open Workflows and add “Post to a channel when a webhook request is received”; copy the URL it gives you.',
  },
  {
    value: 'SLACK',
    label: 'Slack channel',
    help: 'Add an incoming webhook for the channel in your Slack app settings; copy its URL (https://hooks.slack.com/…).',
  },
  {
    value: 'GENERIC',
    label: 'Another system (signed webhook)',
    help: 'Your intranet or any system that accepts JSON: use the https address its developers give you. Each message is signed.',
  },
];

const KIND_NAMES: Record<AnnouncementDestinationKind, string> = {
  TEAMS: 'Teams',
  SLACK: 'Slack',
  GENERIC: 'Webhook',
};

/** The events, in the order shown, with what each sends. */
const EVENTS: { value: AnnouncementEvent; label: string; help: string }[] = [
  {
    value: 'NEW_AMBASSADOR_CALL',
    label: 'New ambassador calls',
    help: 'When a call for ambassadors opens: its title and a link.',
  },
  {
    value: 'TASK_NEEDS_VOLUNTEERS',
    label: 'Tasks looking for volunteers',
    help: 'When a task opens for volunteers: its title and a link.',
  },
  {
    value: 'CAMPAIGN_DIGEST',
    label: 'Published campaign digests',
    help: 'When a campaign period’s digest is published: the campaign, the period and a link.',
  },
];

/** The API's sentence, ending with a full stop. */
const fullStop = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const when = (iso: string) => WHEN.format(new Date(iso));

/** "New ambassador calls and tasks looking for volunteers" */
function describeEvents(events: readonly AnnouncementEvent[]): string {
  const labels = EVENTS.filter((e) => events.includes(e.value)).map((e, i) => (i ? e.label.toLowerCase() : e.label));
  if (!labels.length) return 'Nothing yet: choose what it announces with “Edit events”.';
  if (labels.length === 1) return labels[0];
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

/** Organisation settings → Announcements: Teams, Slack and webhook destinations for the organisation's news. */
export function AnnouncementsSection() {
  const [awaiting, setAwaiting] = useState<{ id: string; since: string | null; until: number } | null>(null);
  const { data, loading, error, refetch } = useQuery(AnnouncementDestinationsQuery, {
    pollInterval: awaiting ? 1500 : 0,
  });
  const [notice, setNotice] = useState<Notice>(null);
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<NewSecret | null>(null);

  // After "Send a test", the list is refreshed until the delivery shows (or half a minute passes).
  const tested = awaiting && data?.announcementDestinations.find((x) => x.id === awaiting.id);
  if (awaiting && !tested && data) setAwaiting(null);
  if (awaiting && tested && tested.lastAttemptAt && tested.lastAttemptAt !== awaiting.since) {
    setAwaiting(null);
    setNotice(
      tested.lastStatus === 'SUCCEEDED'
        ? { tone: 'green', text: `The test message reached “${tested.name}”.` }
        : {
            tone: 'red',
            text: `The test message to “${tested.name}” failed: ${tested.lastError ?? 'no reason was given'}`,
          },
    );
  }
  useEffect(() => {
    if (!awaiting) return;
    const timer = setTimeout(() => {
      setAwaiting((a) => (a === awaiting ? null : a));
      setNotice({
        tone: 'red',
        text: 'No word from the test message after half a minute: it is still waiting to be sent. Its result will show on the destination once it is.',
      });
    }, awaiting.until - Date.now());
    return () => clearTimeout(timer);
  }, [awaiting]);

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="announcement-settings">
      <Stack>
        <Title order={2} size="h3" id="announcement-settings">
          Announcements
        </Title>
        <Text size="sm">
          Post news from Crowdcomms — new ambassador calls, tasks looking for volunteers and published campaign digests
          — to your own Teams and Slack channels or another system. Each change is recorded in the audit log.
        </Text>
        <StatusNotice notice={notice} onDismiss={() => setNotice(null)} />
        <QueryState data={data} loading={loading} error={error} refetch={refetch}>
          {(d) => (
            <Stack>
              <DestinationList
                destinations={d.announcementDestinations}
                say={setNotice}
                awaitingId={awaiting?.id ?? null}
                onTestSent={(sent) =>
                  setAwaiting({ id: sent.id, since: sent.lastAttemptAt, until: Date.now() + 30_000 })
                }
                onSecret={setCreated}
              />
              {created && (
                <SigningSecret
                  key={created.secret}
                  name={created.name}
                  secret={created.secret}
                  onDone={() => setCreated(null)}
                />
              )}
              {adding || !d.announcementDestinations.length ? (
                <AddDestinationForm
                  say={setNotice}
                  onCreated={(made) => {
                    setCreated(made.secret ? { name: made.name, secret: made.secret } : null);
                    setAdding(false);
                  }}
                  onCancel={d.announcementDestinations.length ? () => setAdding(false) : undefined}
                />
              ) : (
                <Button variant="light" style={{ alignSelf: 'flex-start' }} onClick={() => setAdding(true)}>
                  Add a destination
                </Button>
              )}
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}

function DestinationList({
  destinations,
  say,
  awaitingId,
  onTestSent,
  onSecret,
}: {
  destinations: Destination[];
  say: Say;
  awaitingId: string | null;
  /** The destination as the server had it when the test was queued: the delivery is the next attempt after. */
  onTestSent: (sent: Destination) => void;
  onSecret: (made: NewSecret) => void;
}) {
  if (!destinations.length) {
    return (
      <Text size="sm" c="dimmed">
        No destinations yet: nothing is announced outside Crowdcomms. Add one below.
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {destinations.map((d) => (
        <DestinationCard
          key={d.id}
          destination={d}
          say={say}
          testing={awaitingId === d.id}
          onTestSent={onTestSent}
          onSecret={onSecret}
        />
      ))}
    </Stack>
  );
}

function DeliveryStatus({ d, testing }: { d: Destination; testing: boolean }) {
  if (d.pausedAt) {
    return (
      <Alert color="orange" variant="light" title={`Paused on ${when(d.pausedAt)}`} p="xs">
        <Stack gap={4}>
          <Text size="sm">
            {d.consecutiveFailures > 1 ? `${d.consecutiveFailures} deliveries in a row failed.` : 'Deliveries failed.'}
            {d.lastError ? ` The last error: ${fullStop(d.lastError)}` : ''}
          </Text>
          <Text size="sm">
            Nothing is sent here until you resume it. Announcements made while it is paused are not sent later.
          </Text>
        </Stack>
      </Alert>
    );
  }
  if (testing) {
    return (
      <Text size="sm" c="dimmed">
        Sending a test message…
      </Text>
    );
  }
  if (d.lastStatus === 'SUCCEEDED' && d.lastAttemptAt) {
    return (
      <Text size="sm">
        <Badge color="green" variant="light" mr="xs">
          Sent
        </Badge>
        Last delivery arrived on {when(d.lastAttemptAt)}.
      </Text>
    );
  }
  if (d.lastStatus === 'FAILED') {
    return (
      <Alert color="red" variant="light" title="Last delivery failed" p="xs">
        <Text size="sm">
          {d.lastAttemptAt ? `${when(d.lastAttemptAt)}: ` : ''}
          {fullStop(d.lastError ?? 'No reason was given')} An announcement is tried again a few times; after 5 failed
          attempts in a row it pauses.
        </Text>
      </Alert>
    );
  }
  return (
    <Text size="sm" c="dimmed">
      Nothing sent yet.
    </Text>
  );
}

function DestinationCard({
  destination: d,
  say,
  testing,
  onTestSent,
  onSecret,
}: {
  destination: Destination;
  say: Say;
  testing: boolean;
  onTestSent: (sent: Destination) => void;
  onSecret: (made: NewSecret) => void;
}) {
  const headingId = useId();
  const [editing, setEditing] = useState<'events' | 'secret' | null>(null);
  // When the card was shown: a rotated-out secret's end is compared with it (the list is fetched afresh on each visit).
  const [shownAt] = useState(() => Date.now());
  const overlapUntil =
    d.previousSecretExpiresAt && Date.parse(d.previousSecretExpiresAt) > shownAt ? d.previousSecretExpiresAt : null;
  const [busy, once] = useSingleFlight();
  const [sendTest] = useMutation(SendTestAnnouncementMutation);
  const [resume] = useMutation(ResumeAnnouncementDestinationMutation);
  const [remove] = useMutation(DeleteAnnouncementDestinationMutation, {
    refetchQueries: ['AdminAnnouncementDestinations'],
  });

  const act = (action: () => Promise<string>) =>
    once(async () => {
      say(null);
      try {
        say({ tone: 'green', text: await action() });
      } catch (e) {
        say({ tone: 'red', text: describeError(e).message });
      }
    });

  return (
    <Paper withBorder p={{ base: 'xs', sm: 'sm' }} component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Badge variant="outline" color="gray" style={{ flexShrink: 0 }}>
            {KIND_NAMES[d.kind]}
          </Badge>
          <Title order={3} size="h5" id={headingId} style={{ overflowWrap: 'anywhere' }}>
            {d.name}
          </Title>
        </Group>
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          Posts to {d.urlHost}
        </Text>
        {editing === 'events' ? (
          <EditEvents destination={d} say={say} onDone={() => setEditing(null)} />
        ) : (
          <Text size="sm">
            <Text span fw={500}>
              Announces:{' '}
            </Text>
            {describeEvents(d.events)}
          </Text>
        )}
        <DeliveryStatus d={d} testing={testing} />
        {overlapUntil && (
          <Text size="sm" c="dimmed">
            The previous signing secret also signs until {when(overlapUntil)}.
          </Text>
        )}
        {editing === 'secret' && (
          <RotateSecret
            destination={d}
            overlapUntil={overlapUntil}
            say={say}
            onDone={(secret) => {
              setEditing(null);
              if (secret) onSecret({ name: d.name, secret });
            }}
          />
        )}
        {!editing && (
          <Group gap={6}>
            {d.pausedAt ? (
              <Button
                size="compact-sm"
                loading={busy}
                onClick={() =>
                  void act(async () => {
                    await resume({ variables: { id: d.id } });
                    return `“${d.name}” is resumed: new announcements are sent there again.`;
                  })
                }
              >
                Resume
              </Button>
            ) : (
              <Button
                size="compact-sm"
                variant="light"
                loading={busy || testing}
                onClick={() =>
                  void act(async () => {
                    const { data } = await sendTest({ variables: { id: d.id } });
                    onTestSent(data?.sendTestAnnouncement ?? d);
                    return `A test message is on its way to “${d.name}”.`;
                  })
                }
              >
                Send a test
              </Button>
            )}
            <Button size="compact-sm" variant="default" disabled={busy} onClick={() => setEditing('events')}>
              Edit events
            </Button>
            {d.kind === 'GENERIC' && (
              <Button size="compact-sm" variant="default" disabled={busy} onClick={() => setEditing('secret')}>
                New secret
              </Button>
            )}
            <ConfirmButton
              label={`Remove ${d.name}`}
              question="Remove it? Nothing more is sent there."
              confirm="Remove"
              keep="Keep it"
              busy={busy}
              onConfirm={() =>
                act(async () => {
                  await remove({ variables: { id: d.id } });
                  return `“${d.name}” is removed: nothing more is sent there.`;
                })
              }
            >
              Remove
            </ConfirmButton>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function EditEvents({ destination: d, say, onDone }: { destination: Destination; say: Say; onDone: () => void }) {
  const [events, setEvents] = useState<string[]>(d.events);
  const [saving, once] = useSingleFlight();
  const [update] = useMutation(UpdateAnnouncementDestinationMutation);
  const save = () =>
    once(async () => {
      say(null);
      try {
        await update({ variables: { input: { id: d.id, events: events as AnnouncementEvent[] } } });
        say({
          tone: 'green',
          text: events.length
            ? `“${d.name}” now announces: ${describeEvents(events as AnnouncementEvent[]).toLowerCase()}.`
            : `“${d.name}” announces nothing for now.`,
        });
        onDone();
      } catch (e) {
        say({ tone: 'red', text: describeError(e).message });
      }
    });
  return (
    <Stack gap="xs">
      <Checkbox.Group label="What it announces" value={events} onChange={setEvents}>
        <Stack gap={6} mt={4}>
          {EVENTS.map((e) => (
            <Checkbox key={e.value} value={e.value} label={e.label} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Group gap="xs">
        <Button size="compact-sm" loading={saving} onClick={() => void save()}>
          Save events
        </Button>
        <Button size="compact-sm" variant="default" disabled={saving} onClick={onDone}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * A new signing secret for a webhook: by default the old one keeps signing for a day, so that the receiving
 * system can switch without missing a message; a secret that leaked is stopped at once.
 */
function RotateSecret({
  destination: d,
  overlapUntil,
  say,
  onDone,
}: {
  destination: Destination;
  /** While the secret before the current one still signs, a second overlap would drop it: only "stop now". */
  overlapUntil: string | null;
  say: Say;
  onDone: (secret: string | null) => void;
}) {
  const [overlap, setOverlap] = useState(overlapUntil ? 'stop' : 'keep');
  const [saving, once] = useSingleFlight();
  const [rotate] = useMutation(RotateAnnouncementSigningSecretMutation);
  const make = () =>
    once(async () => {
      say(null);
      try {
        const keep = overlap === 'keep' ? OVERLAP_HOURS : 0;
        const { data } = await rotate({ variables: { id: d.id, keepPreviousHours: keep } });
        say({
          tone: 'green',
          text: keep
            ? `“${d.name}” has a new signing secret. The old one also signs for ${keep} hours: give the new one to the receiving system before then.`
            : `“${d.name}” has a new signing secret, and the old one has stopped: messages are refused until the receiving system has the new one.`,
        });
        onDone(data?.rotateAnnouncementSigningSecret.signingSecret ?? null);
      } catch (e) {
        say({ tone: 'red', text: describeError(e).message });
      }
    });
  return (
    <Stack gap="xs">
      <Radio.Group label="A new signing secret" value={overlap} onChange={setOverlap}>
        <Stack gap={6} mt={4}>
          <Radio
            value="keep"
            label={`Keep the old secret signing for ${OVERLAP_HOURS} hours`}
            disabled={!!overlapUntil}
            description={
              overlapUntil
                ? `Not until the secret before the current one stops signing, on ${when(overlapUntil)}.`
                : 'Messages carry both signatures meanwhile, so the receiving system can switch without missing one.'
            }
          />
          <Radio
            value="stop"
            label="Stop the old secret now"
            description="If it has leaked. The receiving system refuses messages until it has the new secret."
          />
        </Stack>
      </Radio.Group>
      <Group gap="xs">
        <Button size="compact-sm" loading={saving} onClick={() => void make()}>
          Make a new secret
        </Button>
        <Button size="compact-sm" variant="default" disabled={saving} onClick={() => onDone(null)}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}

function AddDestinationForm({
  say,
  onCreated,
  onCancel,
}: {
  say: Say;
  onCreated: (made: { name: string; secret: string | null }) => void;
  onCancel?: () => void;
}) {
  // The list shows the new destination before the form gives way (and a signing secret is shown).
  const [create] = useMutation(CreateAnnouncementDestinationMutation, {
    refetchQueries: ['AdminAnnouncementDestinations'],
    awaitRefetchQueries: true,
  });
  const [saving, once] = useSingleFlight();
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      kind: 'TEAMS' as AnnouncementDestinationKind,
      name: '',
      url: '',
      events: EVENTS.map((e) => e.value as string),
    },
    validate: {
      name: (v) => (v.trim() ? null : 'Give it a name, such as “Comms team channel”'),
      url: (v) => (v.trim() ? null : 'Paste the webhook URL, starting with https://'),
    },
  });
  // Opened with "Add a destination": the focus moves to the form.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusOnOpen = !!onCancel;
  useEffect(() => {
    if (focusOnOpen) headingRef.current?.focus();
  }, [focusOnOpen]);
  const kind = KINDS.find((k) => k.value === form.values.kind) ?? KINDS[0];

  const submit = form.onSubmit((values) =>
    once(async () => {
      say(null);
      try {
        const result = await create({
          variables: {
            input: {
              kind: values.kind,
              name: values.name.trim(),
              url: values.url.trim(),
              events: values.events as AnnouncementEvent[],
            },
          },
        });
        const made = result.data?.createAnnouncementDestination;
        say({
          tone: 'green',
          text: `“${values.name.trim()}” is added. Send a test to check that messages arrive.`,
        });
        onCreated({ name: made?.destination.name ?? values.name.trim(), secret: made?.signingSecret ?? null });
      } catch (e) {
        const { formMessage } = applyApiError(form, e);
        if (formMessage) say({ tone: 'red', text: formMessage });
      }
    }),
  );

  return (
    <form onSubmit={submit} noValidate aria-labelledby="announcement-add">
      <Stack gap="sm">
        <Title order={3} size="h4" id="announcement-add" ref={headingRef} tabIndex={-1}>
          Add a destination
        </Title>
        <Radio.Group label="Where to post" required {...form.getInputProps('kind')}>
          <Stack gap="xs" mt={4}>
            {KINDS.map((k) => (
              <Radio key={k.value} value={k.value} label={k.label} description={k.help} />
            ))}
          </Stack>
        </Radio.Group>
        <TextInput
          label="Name"
          description="How you recognise it here, such as “Comms team channel”."
          required
          maxLength={80}
          {...form.getInputProps('name')}
        />
        <TextInput
          label="Webhook URL"
          description={`Starts with https://. ${kind.value === 'GENERIC' ? 'The address of the receiving system.' : `From the ${KIND_NAMES[kind.value]} channel.`} Stored encrypted and never shown again.`}
          required
          autoComplete="off"
          spellCheck={false}
          {...form.getInputProps('url')}
        />
        <Checkbox.Group label="What it announces" {...form.getInputProps('events')}>
          <Stack gap="xs" mt={4}>
            {EVENTS.map((e) => (
              <Checkbox key={e.value} value={e.value} label={e.label} description={e.help} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group gap="xs">
          <Button type="submit" loading={saving}>
            Add destination
          </Button>
          {onCancel && (
            <Button variant="default" disabled={saving} onClick={onCancel}>
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/** A generic webhook's signing secret, shown this once, with how the receiver checks it. */
function SigningSecret({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  // The focus (and the view) moves here: the form that was just sent is gone.
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollIntoView({ block: 'start' });
  }, []);
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      style={{ scrollMarginTop: 72 }}
      color="yellow"
      variant="light"
      title={`Signing secret for “${name}”: copy it now`}
    >
      <Stack gap="xs">
        <Text size="sm">It will not be shown again. Give it to the people who run the receiving system.</Text>
        <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
          {secret}
        </Code>
        <Group gap="xs">
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button size="compact-sm" color={copied ? 'green' : 'blue'} onClick={copy}>
                {copied ? 'Copied' : 'Copy secret'}
              </Button>
            )}
          </CopyButton>
          <Button size="compact-sm" variant="default" onClick={onDone}>
            I have stored it
          </Button>
        </Group>
        <Text size="sm">Each message carries this header:</Text>
        <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
          X-Crowdcomms-Signature: t=&lt;time&gt;,v1=&lt;signature&gt;
        </Code>
        <Text size="sm">
          The receiving system computes the HMAC-SHA256 of <Code>&lt;time&gt;.&lt;request body&gt;</Code> with this
          secret and accepts the message only if its hex digest equals a <Code>v1</Code> signature and the time (Unix
          seconds) is recent. For a while after a new secret is made, messages carry a second <Code>v1</Code>, made with
          the old secret.
        </Text>
      </Stack>
    </Alert>
  );
}
