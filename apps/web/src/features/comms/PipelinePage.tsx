import { useMutation, useQuery } from '@apollo/client/react';
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import {
  Alert,
  Badge,
  Box,
  Button,
  Drawer,
  Group,
  Menu,
  Paper,
  ScrollArea,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useReducedMotion } from '@mantine/hooks';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import type { CommsPipelineQuery, SignUpStatus } from '../../gql/graphql';
import { channelsInWords } from '../volunteer/labels';
import { IntakeForm } from './IntakeForm';
import {
  applyApiError,
  describeError,
  EmptyState,
  ErrorState,
  LoadingState,
  Page,
  QueryState,
  useSingleFlight,
} from '../../shared';
import {
  formatDate,
  formatDateTime,
  MemberName,
  MOVE_LABEL,
  SIGN_UP_MOVES,
  SIGN_UP_STAGES,
  STAGE_LABEL,
} from './common';
import {
  AddIntakeNoteMutation,
  CommsCallsQuery,
  IntakeNotesQuery,
  MoveSignUpMutation,
  PipelineQuery,
  SignUpDetailQuery,
} from './operations';

type SignUpNode = CommsPipelineQuery['signUps']['edges'][number]['node'];

function nameOf(signUp: SignUpNode): string {
  return signUp.member?.user.displayName ?? 'A former member';
}

/**
 * Arrow keys carry a picked-up card from one stage column to the next (instead of
 * dnd-kit's default 25 px steps), so a keyboard move is one key press per stage.
 */
const columnCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const { active, collisionRect, droppableRects, over } = context;
  if (!active || !collisionRect) return undefined;
  const key: string = event.code;
  const forward = key === 'ArrowRight' || key === 'ArrowDown';
  const backward = key === 'ArrowLeft' || key === 'ArrowUp';
  if (!forward && !backward) return undefined;
  event.preventDefault();
  const from = (over?.id as SignUpStatus | undefined) ?? (active.data.current?.status as SignUpStatus);
  const index = SIGN_UP_STAGES.indexOf(from);
  const next = SIGN_UP_STAGES[Math.min(SIGN_UP_STAGES.length - 1, Math.max(0, index + (forward ? 1 : -1)))];
  const rect = droppableRects.get(next);
  if (!rect) return undefined;
  return {
    x: rect.left + rect.width / 2 - collisionRect.width / 2,
    y: rect.top + Math.min(rect.height / 2, 80) - collisionRect.height / 2,
  };
};

/** Pointer drags use what is under the pointer; keyboard drags the nearest column. */
const collision: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  return within.length ? within : closestCenter(args);
};

export function PipelinePage() {
  const [callId, setCallId] = useState<string | null>(null);
  const calls = useQuery(CommsCallsQuery, { variables: {} });
  const { data, loading, error, refetch } = useQuery(PipelineQuery, { variables: { callId } });
  const [move] = useMutation(MoveSignUpMutation);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'red' | 'green'; text: string } | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const reduceMotion = useReducedMotion();

  const signUps = useMemo(() => data?.signUps.edges.map((e) => e.node) ?? [], [data]);
  const byId = useMemo(() => new Map(signUps.map((s) => [s.id, s])), [signUps]);
  const open = openId ? byId.get(openId) : undefined;

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnCoordinates }),
  );

  const moving = useRef(false);
  async function moveTo(signUp: SignUpNode, status: SignUpStatus) {
    if (moving.current) return;
    if (!SIGN_UP_MOVES[signUp.status].includes(status)) {
      setMessage({
        tone: 'red',
        text: `${nameOf(signUp)} cannot move from ${STAGE_LABEL[signUp.status]} to ${STAGE_LABEL[status]}.`,
      });
      return;
    }
    moving.current = true;
    setBusy(signUp.id);
    setMessage(null);
    try {
      await move({ variables: { input: { signUpId: signUp.id, status } } });
      setMessage({ tone: 'green', text: `${nameOf(signUp)} is now ${STAGE_LABEL[status].toLowerCase()}.` });
    } catch (e) {
      setMessage({ tone: 'red', text: describeError(e).message });
    } finally {
      moving.current = false;
      setBusy(null);
    }
  }

  function onDragEnd(event: DragEndEvent) {
    const signUp = byId.get(String(event.active.id));
    const to = event.over?.id as SignUpStatus | undefined;
    if (!signUp || !to || to === signUp.status) return;
    void moveTo(signUp, to);
  }

  const label = (id: string | number) => {
    const s = byId.get(String(id));
    return s ? nameOf(s) : 'the sign-up';
  };
  const stage = (id: string | number | undefined) => (id ? STAGE_LABEL[id as SignUpStatus] : undefined);
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${label(active.id)}. Use the arrow keys to choose a stage, Space to drop, Escape to cancel.`,
    onDragOver: ({ active, over }) =>
      over ? `${label(active.id)} is over ${stage(over.id)}.` : `${label(active.id)} is not over a stage.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `${label(active.id)} dropped on ${stage(over.id)}.`
        : `${label(active.id)} was dropped outside the stages.`,
    onDragCancel: ({ active }) => `Moving ${label(active.id)} was cancelled.`,
  };

  const callOptions = calls.data?.ambassadorCalls.edges.map((e) => ({ value: e.node.id, label: e.node.title })) ?? [];

  return (
    <Page title="Sign-up pipeline">
      <Text>
        Everyone who answered a call, by stage. Move a person with their buttons, or drag their card to another stage
        (with the keyboard: focus “Drag”, press Space, use the arrow keys, press Space again).
      </Text>
      <Select
        label="Call"
        placeholder="Every call"
        clearable
        data={callOptions}
        value={callId}
        onChange={setCallId}
        maw={420}
      />
      <div aria-live="polite" role="status">
        {message && (
          <Alert
            color={message.tone}
            variant="light"
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setMessage(null)}
          >
            {message.text}
          </Alert>
        )}
      </div>
      <QueryState
        data={data}
        loading={loading}
        error={error}
        refetch={refetch}
        isEmpty={(d) => d.signUps.edges.length === 0}
        empty={
          <EmptyState title="No sign-ups yet">
            People who answer your calls appear here, by stage. Publish a call from Calls to start.
          </EmptyState>
        }
      >
        {() => (
          <DndContext
            sensors={sensors}
            collisionDetection={collision}
            onDragEnd={onDragEnd}
            accessibility={{
              announcements,
              screenReaderInstructions: {
                draggable:
                  'To move this person, press Space. Use the arrow keys to choose a stage, Space to drop, Escape to cancel.',
              },
            }}
          >
            <ScrollArea type="auto" offsetScrollbars>
              <Group align="flex-start" wrap="nowrap" gap="sm" pb="sm">
                {SIGN_UP_STAGES.map((status) => (
                  <StageColumn key={status} status={status} signUps={signUps.filter((s) => s.status === status)}>
                    {(s) => (
                      <SignUpCard
                        key={s.id}
                        signUp={s}
                        busy={busy === s.id}
                        disabled={!!busy}
                        reduceMotion={!!reduceMotion}
                        onMove={(to) => void moveTo(s, to)}
                        onOpen={() => setOpenId(s.id)}
                      />
                    )}
                  </StageColumn>
                ))}
              </Group>
            </ScrollArea>
          </DndContext>
        )}
      </QueryState>
      <Drawer
        closeButtonProps={{ 'aria-label': 'Close' }}
        opened={!!open}
        onClose={() => setOpenId(null)}
        position="right"
        size="md"
        title={open ? `Intake: ${nameOf(open)}` : 'Intake'}
      >
        {open && <IntakePanel signUp={open} busy={busy === open.id} onMove={(to) => void moveTo(open, to)} />}
      </Drawer>
    </Page>
  );
}

function StageColumn({
  status,
  signUps,
  children,
}: {
  status: SignUpStatus;
  signUps: SignUpNode[];
  children: (s: SignUpNode) => ReactNode;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: status });
  const headingId = `stage-${status}`;
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      ref={setNodeRef}
      withBorder
      p="sm"
      w={260}
      miw={240}
      bg={isOver ? 'blue.0' : 'gray.0'}
      style={{ flexShrink: 0, minHeight: 160 }}
    >
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id={headingId}>
          {STAGE_LABEL[status]}
        </Title>
        <Badge variant="light" color="gray" aria-label={`${signUps.length} in ${STAGE_LABEL[status]}`}>
          {signUps.length}
        </Badge>
      </Group>
      <Stack gap="sm">
        {signUps.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nobody here.
          </Text>
        ) : (
          signUps.map(children)
        )}
      </Stack>
    </Paper>
  );
}

function SignUpCard({
  signUp,
  busy,
  disabled,
  reduceMotion,
  onMove,
  onOpen,
}: {
  signUp: SignUpNode;
  busy: boolean;
  disabled: boolean;
  reduceMotion: boolean;
  onMove: (to: SignUpStatus) => void;
  onOpen: () => void;
}) {
  const name = nameOf(signUp);
  const moves = SIGN_UP_MOVES[signUp.status];
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: signUp.id,
    data: { status: signUp.status },
    disabled: moves.length === 0 || disabled,
  });
  const style = transform
    ? {
        transform: `translate3d(${transform.x}px, ${transform.y}px, 0)`,
        zIndex: 10,
        position: 'relative' as const,
        transition: reduceMotion ? undefined : 'box-shadow 150ms',
      }
    : undefined;
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      p="sm"
      shadow={isDragging ? 'md' : undefined}
      style={style}
      aria-label={name}
      role="group"
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {name}
          </Text>
          {moves.length > 0 && (
            <Button
              size="compact-xs"
              variant="subtle"
              {...attributes}
              {...listeners}
              aria-label={`Drag ${name}`}
              style={{ cursor: 'grab', touchAction: 'none' }}
            >
              Drag
            </Button>
          )}
        </Group>
        {signUp.call && (
          <Text size="sm" c="dimmed">
            {signUp.call.title}
          </Text>
        )}
        {signUp.intake && (
          <Text size="sm">
            {[
              signUp.intake.channels.length
                ? channelsInWords(signUp.intake.channels, signUp.intake.channelsOther)
                : null,
              signUp.intake.hoursPerMonth != null ? `${signUp.intake.hoursPerMonth} h a month` : null,
            ]
              .filter(Boolean)
              .join(' · ') || 'Intake recorded'}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          Since {formatDate(signUp.statusChangedAt)}
        </Text>
        <Group gap={6}>
          <Button size="compact-sm" variant="light" onClick={onOpen} aria-label={`Intake for ${name}`}>
            Intake
          </Button>
          {moves.length > 0 && (
            <Menu position="bottom-start" withinPortal>
              <Menu.Target>
                <Button
                  size="compact-sm"
                  variant="default"
                  loading={busy}
                  disabled={disabled}
                  aria-label={`Move ${name}`}
                >
                  Move
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {moves.map((to) => (
                  <Menu.Item key={to} onClick={() => onMove(to)}>
                    {MOVE_LABEL[to]}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

function IntakePanel({
  signUp,
  busy,
  onMove,
}: {
  signUp: SignUpNode;
  busy: boolean;
  onMove: (to: SignUpStatus) => void;
}) {
  const notes = useQuery(IntakeNotesQuery, { variables: { signUpId: signUp.id } });
  const detail = useQuery(SignUpDetailQuery, { variables: { id: signUp.id } });
  const about = detail.data?.signUp;
  const [loading, once] = useSingleFlight();
  const [addNote] = useMutation(AddIntakeNoteMutation, {
    refetchQueries: ['CommsIntakeNotes'],
    awaitRefetchQueries: true,
  });
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { body: '' },
    validate: {
      body: (v) =>
        !v.trim() ? 'Write the note first' : v.length > 10000 ? 'Keep the note to 10,000 characters' : null,
    },
  });
  const submit = form.onSubmit((values) =>
    once(async () => {
      setMessage(null);
      try {
        await addNote({ variables: { input: { signUpId: signUp.id, body: values.body.trim() } } });
        form.reset();
      } catch (e) {
        setMessage(applyApiError(form, e).message);
      }
    }),
  );
  const summary = about?.profileSummary;
  return (
    <Stack>
      <Group gap="xs">
        <Text fw={600}>Stage:</Text>
        <Badge variant="light">{STAGE_LABEL[signUp.status]}</Badge>
      </Group>
      {signUp.call && (
        <Text size="sm">
          Answered “{signUp.call.title}” on {formatDate(signUp.createdAt)}
        </Text>
      )}
      {!about &&
        (detail.error ? <ErrorState error={detail.error} onRetry={() => void detail.refetch()} /> : <LoadingState />)}
      {about && (
        <Box>
          <Title order={3} size="h5">
            Why they want to help
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{about.motivation}</Text>
        </Box>
      )}
      {about && (about.availability || about.availableHoursPerMonth != null) && (
        <Box>
          <Title order={3} size="h5">
            Availability
          </Title>
          <Text>
            {[
              about.availability,
              about.availableHoursPerMonth != null ? `${about.availableHoursPerMonth} hours a month` : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Box>
      )}
      {summary && (
        <Box>
          <Title order={3} size="h5">
            Profile
          </Title>
          {summary.headline && <Text>{summary.headline}</Text>}
          {summary.skills.length > 0 ? (
            <Group gap={4} mt={4}>
              {summary.skills.slice(0, 8).map((s) => (
                <Badge key={s.skill.id} variant="outline" color="gray">
                  {s.skill.name} · {s.levelName.toLowerCase()}
                </Badge>
              ))}
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              No skills on their profile yet.
            </Text>
          )}
        </Box>
      )}
      {SIGN_UP_MOVES[signUp.status].length > 0 && (
        <Group gap="xs">
          {SIGN_UP_MOVES[signUp.status].map((to) => (
            <Button
              key={to}
              size="sm"
              variant={to === 'DECLINED' || to === 'WITHDRAWN' ? 'default' : 'filled'}
              loading={busy}
              onClick={() => onMove(to)}
            >
              {MOVE_LABEL[to]}
            </Button>
          ))}
        </Group>
      )}
      {about && SIGN_UP_MOVES[signUp.status].length > 0 && (
        <Box>
          <Title order={3} size="h5" mb="xs">
            Intake conversation
          </Title>
          <IntakeForm key={about.id} signUp={about} />
        </Box>
      )}
      <Title order={3} size="h5">
        Notes
      </Title>
      <QueryState
        data={notes.data}
        loading={notes.loading}
        error={notes.error}
        refetch={notes.refetch}
        isEmpty={(d) => d.intakeNotes.length === 0}
        empty={<Text c="dimmed">No notes yet. Write down what you learnt when you talked.</Text>}
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
              gap: 'var(--mantine-spacing-xs)',
            }}
          >
            {d.intakeNotes.map((n) => (
              <Paper component="li" key={n.id} withBorder p="xs">
                <Text style={{ whiteSpace: 'pre-wrap' }}>{n.body}</Text>
                <Text size="xs" c="dimmed">
                  <MemberName id={n.authorMemberId} /> · {formatDateTime(n.createdAt)}
                </Text>
              </Paper>
            ))}
          </Box>
        )}
      </QueryState>
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          {message && (
            <Alert color="red" role="alert">
              {message}
            </Alert>
          )}
          <Textarea
            label="New intake note"
            autosize
            minRows={3}
            maxLength={10000}
            key={form.key('body')}
            {...form.getInputProps('body')}
          />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            Add note
          </Button>
        </Stack>
      </form>
      <Text size="xs" c="dimmed">
        Notes are seen by the comms team and admins only.
      </Text>
    </Stack>
  );
}
