import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Divider, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { AdminRetentionSettingsQuery } from '../../gql/graphql';
import { applyApiError, QueryState, StatusNotice, useSingleFlight } from '../../shared';
import { RetentionSettingsQuery, SetRetentionPeriodMutation } from './retention-operations';
import { describeDays, RETENTION_KIND, retentionNumber } from './retention-wording';

type Period = AdminRetentionSettingsQuery['retentionSettings']['periods'][number];
type Notice = { tone: 'red' | 'green'; text: string } | null;

const WHEN = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** Organisation settings → Data retention: each kind's period, editable, and what the last daily run removed. */
export function RetentionSection() {
  const { data, loading, error, refetch } = useQuery(RetentionSettingsQuery);
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h3">
          Data retention
        </Title>
        <Text size="sm">
          How long Crowdcomms keeps each kind of record about people in your organisation. Every day at 03:30 UTC,
          records older than their period are deleted for good. Each change is recorded in the audit log.
        </Text>
        <QueryState data={data} loading={loading} error={error} refetch={refetch}>
          {(d) => (
            <Stack gap="md">
              <LastRun settings={d.retentionSettings} />
              {d.retentionSettings.periods.map((period) => (
                <PeriodForm key={period.kind} period={period} />
              ))}
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}

function LastRun({ settings }: { settings: AdminRetentionSettingsQuery['retentionSettings'] }) {
  if (!settings.lastRunAt) {
    return (
      <Text size="sm" fw={500}>
        The daily clean-up has not run for your organisation yet.
      </Text>
    );
  }
  const total = settings.periods.reduce((sum, p) => sum + p.lastRemoved, 0);
  return (
    <Text size="sm" fw={500}>
      Last run <time dateTime={settings.lastRunAt}>{WHEN.format(new Date(settings.lastRunAt))}</time>:{' '}
      {total === 0
        ? 'nothing was past its period.'
        : `${retentionNumber.format(total)} ${total === 1 ? 'record' : 'records'} deleted.`}
    </Text>
  );
}

function PeriodForm({ period }: { period: Period }) {
  const { label, description } = RETENTION_KIND[period.kind];
  const [save] = useMutation(SetRetentionPeriodMutation, { refetchQueries: ['AdminRetentionSettings'] });
  const [saving, once] = useSingleFlight();
  const [notice, setNotice] = useState<Notice>(null);
  const limits = `${retentionNumber.format(period.minDays)} to ${retentionNumber.format(period.maxDays)} days`;
  const form = useForm<{ days: number | string }>({
    mode: 'uncontrolled',
    initialValues: { days: period.days },
    validate: {
      days: (v) =>
        typeof v !== 'number' || !Number.isInteger(v) || v < period.minDays || v > period.maxDays
          ? `Choose a whole number of days from ${limits}`
          : null,
    },
  });
  const submit = form.onSubmit((values) =>
    once(async () => {
      setNotice(null);
      try {
        const result = await save({ variables: { input: { kind: period.kind, days: Number(values.days) } } });
        const days = result.data?.setRetentionPeriod.days ?? Number(values.days);
        setNotice({
          tone: 'green',
          text: `Saved: ${label.toLowerCase()} are now kept for ${describeDays(days)}. The next daily run applies it.`,
        });
      } catch (e) {
        const { formMessage } = applyApiError(form, e);
        if (formMessage) setNotice({ tone: 'red', text: formMessage });
      }
    }),
  );
  const headingId = `retention-${period.kind}`;
  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId}>
      <Stack gap={6}>
        <Divider />
        <Title order={3} size="h5" id={headingId}>
          {label}
        </Title>
        <Text size="sm" c="dimmed">
          {description}
        </Text>
        <Group align="flex-start" gap="sm">
          <NumberInput
            label={`Days to keep ${label.toLowerCase()}`}
            description={`${limits}; default ${retentionNumber.format(period.defaultDays)}`}
            min={period.minDays}
            max={period.maxDays}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            thousandSeparator=","
            w={{ base: '100%', xs: 300 }}
            key={form.key('days')}
            {...form.getInputProps('days')}
          />
          <Button type="submit" variant="default" loading={saving} mt={{ base: 0, xs: 46 }}>
            Save {label.toLowerCase()}
          </Button>
        </Group>
        <Text size="sm">
          Kept for {describeDays(period.days)}
          {period.days === period.defaultDays ? ', the default' : ''}. Last run deleted{' '}
          {retentionNumber.format(period.lastRemoved)}.
        </Text>
        <StatusNotice notice={notice} />
      </Stack>
    </form>
  );
}
