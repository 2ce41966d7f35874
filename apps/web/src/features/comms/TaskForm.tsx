import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { CommsTaskKind, CreateCommsTaskInput } from '../../gql/graphql';
import { applyApiError, useSingleFlight } from '../../shared';
import { isoFromLocal, localFromIso, SKILL_LEVELS, SkillPicker, TASK_KIND_LABEL, type SkillOption } from './common';

export interface TaskFormValues {
  title: string;
  kind: CommsTaskKind;
  description: string;
  effortHours: number | string;
  seats: number | string;
  startsAt: string;
  dueAt: string;
  remote: boolean;
  location: string;
  takeUpDirectly: boolean;
  /** Workshops: attendee places ('' takes no attendees) and the link to join online. */
  attendeeCapacity: number | string;
  onlineLink: string;
  requiredSkills: { skill: SkillOption; minLevel: string; weight: number | string }[];
}

export const EMPTY_TASK: TaskFormValues = {
  title: '',
  kind: 'CONTENT_CREATION',
  description: '',
  effortHours: 2,
  seats: 1,
  startsAt: '',
  dueAt: '',
  remote: true,
  location: '',
  takeUpDirectly: false,
  attendeeCapacity: '',
  onlineLink: '',
  requiredSkills: [],
};

export function taskFormValues(task: {
  title: string;
  kind: CommsTaskKind;
  description: string;
  effortHours: number;
  seats: number;
  startsAt: string | null;
  dueAt: string | null;
  remote: boolean;
  location: string | null;
  takeUpDirectly: boolean;
  attendeeCapacity: number | null;
  onlineLink: string | null;
  requiredSkills: { minLevel: number; weight: number; skill: SkillOption }[];
}): TaskFormValues {
  return {
    title: task.title,
    kind: task.kind,
    description: task.description,
    effortHours: task.effortHours,
    seats: task.seats,
    startsAt: localFromIso(task.startsAt),
    dueAt: localFromIso(task.dueAt),
    remote: task.remote,
    location: task.location ?? '',
    takeUpDirectly: task.takeUpDirectly,
    attendeeCapacity: task.attendeeCapacity ?? '',
    onlineLink: task.onlineLink ?? '',
    requiredSkills: task.requiredSkills.map((r) => ({
      skill: { id: r.skill.id, name: r.skill.name },
      minLevel: String(r.minLevel),
      weight: r.weight,
    })),
  };
}

/** The API's input from the form (same shape for create and update). */
export function taskInput(values: TaskFormValues): CreateCommsTaskInput {
  return {
    title: values.title.trim(),
    kind: values.kind,
    description: values.description.trim(),
    effortHours: Number(values.effortHours),
    seats: Number(values.seats),
    startsAt: isoFromLocal(values.startsAt),
    dueAt: isoFromLocal(values.dueAt),
    remote: values.remote,
    location: values.remote ? null : values.location.trim() || null,
    takeUpDirectly: values.takeUpDirectly,
    ...(values.kind === 'WORKSHOP'
      ? {
          attendeeCapacity: values.attendeeCapacity === '' ? null : Number(values.attendeeCapacity),
          onlineLink: values.onlineLink.trim() || null,
        }
      : { attendeeCapacity: null }),
    requiredSkills: values.requiredSkills.map((r) => ({
      skillId: r.skill.id,
      minLevel: Number(r.minLevel),
      weight: Number(r.weight),
    })),
  };
}

/** Create or edit a comms task. The form keeps what was typed when the API refuses it. */
export function TaskForm({
  initial,
  submitLabel,
  minSeats = 1,
  minAttendees = 0,
  onSubmit,
  onCancel,
}: {
  initial: TaskFormValues;
  submitLabel: string;
  minSeats?: number;
  /** Workshops: attendees already holding a place (the capacity cannot go below). */
  minAttendees?: number;
  onSubmit: (values: TaskFormValues) => Promise<void>;
  onCancel?: () => void;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const [saving, once] = useSingleFlight();
  const form = useForm<TaskFormValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: {
      title: (v) => (!v.trim() ? 'Give the task a title' : v.length > 200 ? 'Keep the title to 200 characters' : null),
      description: (v) => (v.length > 10000 ? 'Keep the description to 10,000 characters' : null),
      effortHours: (v) => {
        const n = Number(v);
        return v === '' || !(n > 0) || n > 1000 ? 'Hours per volunteer must be above 0 and at most 1,000' : null;
      },
      seats: (v) => {
        const n = Number(v);
        if (v === '' || !Number.isInteger(n) || n < 1 || n > 500) return 'Seats must be a whole number from 1 to 500';
        return n < minSeats ? `${minSeats} seats are already taken` : null;
      },
      location: (v, values) =>
        v.length > 160 ? 'Keep the location to 160 characters' : !values.remote && !v.trim() ? 'Say where' : null,
      attendeeCapacity: (v, values) => {
        if (values.kind !== 'WORKSHOP' || v === '') {
          return minAttendees > 0 && values.kind === 'WORKSHOP' ? `${minAttendees} people already hold a place` : null;
        }
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 1000) return 'Attendee places must be a whole number from 1 to 1,000';
        return n < minAttendees ? `${minAttendees} people already hold a place: it cannot be fewer` : null;
      },
      onlineLink: (v, values) =>
        values.kind !== 'WORKSHOP' || !v.trim()
          ? null
          : v.length > 500
            ? 'Keep the link to 500 characters'
            : !/^https?:\/\/\S+$/i.test(v.trim())
              ? 'Give a link starting with https://'
              : null,
      dueAt: (v, values) =>
        v && values.startsAt && new Date(v) < new Date(values.startsAt) ? 'The due date must be after the start' : null,
      requiredSkills: {
        weight: (v) => {
          const n = Number(v);
          return v === '' || !(n > 0) || n > 10 ? 'Weight must be above 0 and at most 10' : null;
        },
      },
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

  const skills = form.getValues().requiredSkills;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {message && (
          <Alert color="red" role="alert" title="The task was not saved">
            {message}
          </Alert>
        )}
        <TextInput label="Title" required maxLength={200} {...form.getInputProps('title')} />
        <Select
          label="Kind"
          required
          allowDeselect={false}
          data={Object.entries(TASK_KIND_LABEL).map(([value, label]) => ({ value, label }))}
          {...form.getInputProps('kind')}
        />
        <Textarea label="Description" autosize minRows={3} maxLength={10000} {...form.getInputProps('description')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label="Hours per volunteer"
            required
            min={0.25}
            max={1000}
            step={0.5}
            decimalScale={2}
            {...form.getInputProps('effortHours')}
          />
          <NumberInput
            label="Seats"
            description={form.getValues().kind === 'WORKSHOP' ? 'How many facilitators' : 'How many volunteers'}
            required
            min={Math.max(1, minSeats)}
            max={500}
            allowDecimal={false}
            {...form.getInputProps('seats')}
          />
          <TextInput type="datetime-local" label="Starts" {...form.getInputProps('startsAt')} />
          <TextInput type="datetime-local" label="Due" {...form.getInputProps('dueAt')} />
        </SimpleGrid>
        <Checkbox label="Can be done remotely" {...form.getInputProps('remote', { type: 'checkbox' })} />
        {!form.getValues().remote && (
          <TextInput label="Location" required maxLength={160} {...form.getInputProps('location')} />
        )}
        {form.getValues().kind === 'WORKSHOP' && (
          <Paper withBorder p="sm">
            <Stack gap="sm">
              <Title order={2} size="h4">
                Attendees
              </Title>
              <Text size="sm" c="dimmed">
                Seats above are for the facilitators. Members register for attendee places; when they are all taken, a
                waitlist opens, and a cancellation gives the place to the first person waiting. Set the start above as
                the workshop’s date and time: attendees are reminded the day before.
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NumberInput
                  label="Attendee places"
                  description="Leave empty if members cannot register"
                  min={Math.max(1, minAttendees)}
                  max={1000}
                  allowDecimal={false}
                  {...form.getInputProps('attendeeCapacity')}
                />
                <TextInput
                  label="Online link"
                  description="For joining online, if it is held online"
                  placeholder="https://"
                  maxLength={500}
                  {...form.getInputProps('onlineLink')}
                />
              </SimpleGrid>
            </Stack>
          </Paper>
        )}
        <Checkbox
          label="Volunteers may take this up directly"
          description="A seat is theirs as soon as they say yes, without waiting for an offer from you."
          {...form.getInputProps('takeUpDirectly', { type: 'checkbox' })}
        />
        <Paper withBorder p="sm">
          <Stack gap="sm">
            <Title order={2} size="h4">
              Required skills
            </Title>
            <Text size="sm" c="dimmed">
              Volunteers are matched on these: the minimum level they need, and how much each skill counts.
            </Text>
            <SkillPicker
              label="Add skills"
              placeholder="Type a skill, e.g. blogging"
              maxValues={20}
              value={skills.map((r) => r.skill)}
              onChange={(chosen) =>
                form.setFieldValue(
                  'requiredSkills',
                  chosen.map(
                    (skill) => skills.find((r) => r.skill.id === skill.id) ?? { skill, minLevel: '2', weight: 1 },
                  ),
                )
              }
            />
            {skills.map((r, index) => (
              <Group key={r.skill.id} align="flex-end" gap="sm" wrap="wrap">
                <Text fw={600} miw={140} style={{ flex: '1 1 140px' }}>
                  {r.skill.name}
                </Text>
                <Select
                  label={`Minimum level for ${r.skill.name}`}
                  data={SKILL_LEVELS}
                  allowDeselect={false}
                  w={180}
                  {...form.getInputProps(`requiredSkills.${index}.minLevel`)}
                />
                <NumberInput
                  label={`Weight of ${r.skill.name}`}
                  min={0.1}
                  max={10}
                  step={0.5}
                  decimalScale={2}
                  w={150}
                  {...form.getInputProps(`requiredSkills.${index}.weight`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={`Remove ${r.skill.name}`}
                  onClick={() => form.removeListItem('requiredSkills', index)}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
          </Stack>
        </Paper>
        <Group>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
