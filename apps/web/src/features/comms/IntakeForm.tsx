import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { CommsSignUpDetailQuery, OnlineChannel } from '../../gql/graphql';
import { applyApiError, StatusNotice, useSingleFlight } from '../../shared';
import { levelLabel, ONLINE_CHANNELS, SKILL_LEVELS } from '../volunteer/labels';
import { RecordIntakeMutation } from './operations';

type Detail = CommsSignUpDetailQuery['signUp'];

interface IntakeValues {
  channels: string[];
  channelsOther: string;
  /** Confidence by skill id: '' (not talked about) or '1'…'5'. */
  confidence: Record<string, string>;
  wantsToDo: string;
  hoursPerMonth: number | string;
}

const LEVEL_OPTIONS = SKILL_LEVELS.map((l) => ({ value: String(l.value), label: `${l.value} · ${l.label}` }));

/**
 * The intake conversation, as structure: where they are online, their confidence in each
 * skill the call seeks, what they want to do and their hours a month. The volunteer decides
 * whether it reaches their profile; comms cannot write it there.
 */
export function IntakeForm({ signUp }: { signUp: Detail }) {
  const intake = signUp.intake;
  const skills = [
    ...(signUp.call?.skillsSought ?? []),
    ...(intake?.confidence ?? [])
      .map((c) => c.skill)
      .filter((s): s is { id: string; name: string } => !!s)
      .filter((s) => !signUp.call?.skillsSought.some((x) => x.id === s.id)),
  ];
  const [record] = useMutation(RecordIntakeMutation);
  const [saving, once] = useSingleFlight();
  const [message, setMessage] = useState<{ tone: 'green' | 'red'; text: string } | null>(null);
  const form = useForm<IntakeValues>({
    mode: 'controlled',
    initialValues: {
      channels: intake?.channels ?? [],
      channelsOther: intake?.channelsOther ?? '',
      confidence: Object.fromEntries(
        skills.map((s) => [s.id, String(intake?.confidence.find((c) => c.skill?.id === s.id)?.level ?? '')]),
      ),
      wantsToDo: intake?.wantsToDo ?? '',
      hoursPerMonth: intake?.hoursPerMonth ?? '',
    },
    // The API's limits (RecordIntakeInput).
    validate: {
      channelsOther: (v, values) =>
        values.channels.includes('OTHER') && !v.trim()
          ? 'Say which other channels'
          : v.length > 200
            ? 'Keep it to 200 characters'
            : null,
      wantsToDo: (v) => (v.length > 4000 ? 'Keep it to 4,000 characters' : null),
      hoursPerMonth: (v) =>
        v !== '' && (!Number.isInteger(Number(v)) || Number(v) < 0 || Number(v) > 200)
          ? 'Hours a month must be a whole number from 0 to 200'
          : null,
    },
  });
  const submit = form.onSubmit((values) =>
    once(async () => {
      setMessage(null);
      try {
        await record({
          variables: {
            input: {
              signUpId: signUp.id,
              channels: values.channels as OnlineChannel[],
              channelsOther: values.channels.includes('OTHER') ? values.channelsOther.trim() : null,
              confidence: Object.entries(values.confidence)
                .filter(([, level]) => level !== '')
                .map(([skillId, level]) => ({ skillId, level: Number(level) })),
              wantsToDo: values.wantsToDo.trim() || null,
              hoursPerMonth: values.hoursPerMonth === '' ? null : Number(values.hoursPerMonth),
            },
          },
          refetchQueries: ['CommsPipeline'],
        });
        setMessage({
          tone: 'green',
          text: 'Intake saved. The volunteer can now choose to copy it to their profile.',
        });
      } catch (e) {
        setMessage({ tone: 'red', text: applyApiError(form, e).message });
      }
    }),
  );
  return (
    <form onSubmit={submit} noValidate aria-label="Intake conversation">
      <Stack gap="sm">
        <Checkbox.Group label="Already online on" {...form.getInputProps('channels')}>
          <Group gap="sm" mt={4}>
            {(Object.keys(ONLINE_CHANNELS) as OnlineChannel[]).map((c) => (
              <Checkbox key={c} value={c} label={ONLINE_CHANNELS[c]} />
            ))}
          </Group>
        </Checkbox.Group>
        {form.values.channels.includes('OTHER') && (
          <TextInput label="Other channels" maxLength={200} required {...form.getInputProps('channelsOther')} />
        )}
        {skills.length > 0 && (
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              Confidence in the skills the call seeks (1 to 5)
            </Text>
            {skills.map((s) => (
              <Select
                key={s.id}
                label={s.name}
                placeholder="Not talked about"
                data={LEVEL_OPTIONS}
                clearable
                allowDeselect
                value={form.values.confidence[s.id] || null}
                onChange={(v: string | null) =>
                  form.setFieldValue('confidence', { ...form.values.confidence, [s.id]: v ?? '' })
                }
              />
            ))}
          </Stack>
        )}
        <Textarea
          label="What they want to do"
          autosize
          minRows={2}
          maxLength={4000}
          {...form.getInputProps('wantsToDo')}
        />
        <NumberInput
          label="Hours a month"
          description="What they said they can give, 0 to 200"
          min={0}
          max={200}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('hoursPerMonth')}
        />
        <StatusNotice notice={message} />
        <Button type="submit" loading={saving} style={{ alignSelf: 'flex-start' }}>
          Save intake
        </Button>
        {intake && (
          <Text size="xs" c="dimmed">
            {intake.copiedToProfileAt
              ? 'The volunteer has copied this to their profile.'
              : 'The volunteer has not copied this to their profile (yet): only they can.'}{' '}
            {intake.confidence.length > 0 &&
              `Recorded: ${intake.confidence.map((c) => `${c.skill?.name ?? 'a skill'} ${levelLabel(c.level).toLowerCase()}`).join(', ')}.`}
          </Text>
        )}
      </Stack>
    </form>
  );
}
