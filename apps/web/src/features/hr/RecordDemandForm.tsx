import { useMutation } from '@apollo/client/react';
import { Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { applyApiError, useSingleFlight } from '../../shared';
import { SKILL_LEVELS } from '../volunteer/labels';
import { SkillPicker, type PickedSkill } from '../volunteer/SkillPicker';
import { RecordSkillDemandMutation } from './operations';

const LEVEL_OPTIONS = SKILL_LEVELS.map((l) => ({ value: String(l.value), label: `${l.label} or above` }));

interface Values {
  skillId: string;
  minLevel: string;
  people: number | string;
  hours: number | string;
  period: string;
  note: string;
}

const whole = (value: number | string, min: number, max: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/**
 * Demand that no comms task carries yet (a training plan, a campaign next spring),
 * recorded by hand with the same limits as the API's RecordSkillDemandInput.
 */
export function RecordDemandForm({ defaultPeriod }: { defaultPeriod: string }) {
  const [skill, setSkill] = useState<PickedSkill | null>(null);
  // A new picker after each record, so it starts empty again.
  const [pickerKey, setPickerKey] = useState(0);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [record] = useMutation(RecordSkillDemandMutation, { refetchQueries: ['HrSkillsGap'] });
  const [saving, once] = useSingleFlight();
  const form = useForm<Values>({
    initialValues: { skillId: '', minLevel: '3', people: 1, hours: '', period: defaultPeriod, note: '' },
    validate: {
      skillId: (v) => (v ? null : 'Choose the skill that is needed'),
      people: (v) => (whole(v, 1, 10_000) ? null : 'People needed must be a whole number from 1 to 10 000'),
      hours: (v) => (v === '' || whole(v, 0, 100_000) ? null : 'Hours must be a whole number from 0 to 100 000'),
      period: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : 'Enter the date the work is needed'),
      note: (v) => (v.trim().length <= 300 ? null : 'A note can be at most 300 characters'),
    },
  });
  const submit = form.onSubmit(
    (values) =>
      void once(async () => {
        setMessage(null);
        try {
          await record({
            variables: {
              input: {
                skillId: values.skillId,
                minLevel: Number(values.minLevel),
                people: Number(values.people),
                ...(values.hours === '' ? {} : { hours: Number(values.hours) }),
                period: values.period,
                ...(values.note.trim() ? { note: values.note.trim() } : {}),
              },
            },
          });
          setMessage({ ok: true, text: `Demand for ${skill?.name ?? 'the skill'} is recorded.` });
          form.reset();
          setSkill(null);
          setPickerKey((k) => k + 1);
        } catch (error) {
          const { formMessage } = applyApiError(form, error);
          if (formMessage) setMessage({ ok: false, text: formMessage });
        }
      }),
  );
  return (
    <form onSubmit={submit} noValidate aria-label="Record demand by hand">
      <Stack gap="sm">
        <Text size="sm">
          For work no comms task describes yet — a training plan, next spring’s campaign. Tasks add their own demand.
        </Text>
        <Group align="flex-start" gap="md" wrap="wrap">
          <div style={{ flex: '1 1 240px', maxWidth: 360 }}>
            <SkillPicker
              key={pickerKey}
              label="Skill needed"
              exclude={new Set()}
              value={skill}
              onChange={(picked) => {
                setSkill(picked);
                form.setFieldValue('skillId', picked?.id ?? '');
              }}
            />
            {form.errors.skillId && (
              <Text size="sm" c="red.9" mt={4}>
                {form.errors.skillId}
              </Text>
            )}
          </div>
          <Select
            label="Level"
            data={LEVEL_OPTIONS}
            allowDeselect={false}
            {...form.getInputProps('minLevel')}
            w={200}
          />
          <NumberInput
            label="People needed"
            min={1}
            max={10_000}
            allowDecimal={false}
            {...form.getInputProps('people')}
            w={150}
          />
          <NumberInput
            label="Hours of work"
            min={0}
            max={100_000}
            allowDecimal={false}
            {...form.getInputProps('hours')}
            w={150}
          />
          <TextInput type="date" label="Needed on" {...form.getInputProps('period')} w={150} />
        </Group>
        <TextInput label="Note (optional)" maxLength={300} {...form.getInputProps('note')} maw={560} />
        <Group gap="sm">
          <Button type="submit" loading={saving}>
            Record demand
          </Button>
          {message && (
            <Text size="sm" c={message.ok ? undefined : 'red.9'} role={message.ok ? 'status' : 'alert'}>
              {message.text}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
