import { useMutation, useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  FileInput,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { ShareChannel } from '../../gql/graphql';
import { applyApiError, describeError, EmptyState, Page, QueryState, useSingleFlight } from '../../shared';
import { parseFollowerCsv, type CsvRow } from './follower-csv';
import { CHANNELS, channelLabel, dayLabel, today } from './labels';
import { FollowerSnapshotsQuery, RecordFollowerSnapshotsMutation } from './operations';
import { Outcome } from './Outcome';
import { isDay, wholeNumber } from './validation';

const CHANNEL_OPTIONS = Object.entries(CHANNELS).map(([value, label]) => ({ value, label }));

/** Comms: follower figures of the organisation's channels — one at a time or from a CSV, line by line. */
export function FollowersPage() {
  const { data, loading, error, refetch } = useQuery(FollowerSnapshotsQuery);
  return (
    <Page title="Follower figures">
      <Text>
        Record how many followers each of the organisation’s channels has now and then; campaign dashboards show the
        growth during each period against the time before.
      </Text>
      <Group align="stretch" gap="lg" wrap="wrap">
        <Paper withBorder p="md" component="section" aria-labelledby="one-figure" style={{ flex: '1 1 300px' }}>
          <Title order={2} size="h4" id="one-figure" mb="sm">
            Record a figure
          </Title>
          <FigureForm />
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="import" style={{ flex: '1 1 300px' }}>
          <Title order={2} size="h4" id="import" mb="sm">
            Import from CSV
          </Title>
          <CsvImport />
        </Paper>
      </Group>
      <section aria-labelledby="recorded">
        <Title order={2} size="h4" id="recorded" mb="sm">
          Recorded figures
        </Title>
        <QueryState
          data={data}
          loading={loading}
          error={error}
          refetch={refetch}
          isEmpty={(d) => d.followerSnapshots.length === 0}
          empty={<EmptyState title="No figures yet">Record one above, or import a CSV.</EmptyState>}
        >
          {(d) => (
            <Table.ScrollContainer minWidth={320}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Channel</Table.Th>
                    <Table.Th scope="col">Day</Table.Th>
                    <Table.Th scope="col">Followers</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.followerSnapshots.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td>{channelLabel(s.channel)}</Table.Td>
                      <Table.Td>{dayLabel(s.takenOn)}</Table.Td>
                      <Table.Td>{s.followers}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </QueryState>
      </section>
    </Page>
  );
}

function FigureForm() {
  const [record] = useMutation(RecordFollowerSnapshotsMutation, { refetchQueries: ['CampaignFollowerSnapshots'] });
  const [saving, once] = useSingleFlight();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm<{ channel: string; takenOn: string; followers: number | string }>({
    initialValues: { channel: '', takenOn: today(), followers: '' },
    validate: {
      channel: (v) => (v ? null : 'Choose the channel'),
      takenOn: (v) => (isDay(v) ? null : 'Enter the day of the figure'),
      followers: (v) => (wholeNumber(v, 0) ? null : 'Enter a whole number, 0 or more'),
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
                snapshots: [
                  {
                    channel: values.channel as ShareChannel,
                    takenOn: values.takenOn,
                    followers: Number(values.followers),
                  },
                ],
              },
            },
          });
          setMessage({ ok: true, text: `${channelLabel(values.channel)}: ${values.followers} followers recorded.` });
          form.setFieldValue('followers', '');
        } catch (error) {
          const { formMessage } = applyApiError(form, error);
          if (formMessage) setMessage({ ok: false, text: formMessage });
        }
      }),
  );
  return (
    <form onSubmit={submit} noValidate aria-label="Record a follower figure">
      <Stack gap="sm">
        <Select label="Channel" required data={CHANNEL_OPTIONS} {...form.getInputProps('channel')} />
        <TextInput type="date" label="Day" required {...form.getInputProps('takenOn')} />
        <NumberInput label="Followers" required min={0} allowDecimal={false} {...form.getInputProps('followers')} />
        <Group gap="sm">
          <Button type="submit" loading={saving}>
            Record
          </Button>
          <Outcome message={message} />
        </Group>
      </Stack>
    </form>
  );
}

function CsvImport() {
  const [text, setText] = useState('');
  const [rows, setRows] = useState<(CsvRow & { recorded?: boolean })[] | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [record] = useMutation(RecordFollowerSnapshotsMutation, { refetchQueries: ['CampaignFollowerSnapshots'] });
  const [saving, once] = useSingleFlight();
  const load = async (file: File | null) => {
    if (file) setText(await file.text());
  };
  const importRows = () =>
    void once(async () => {
      setMessage(null);
      const parsed = parseFollowerCsv(text);
      if (!parsed.header) {
        setRows(null);
        setMessage({ ok: false, text: 'The first line must be: channel,takenOn,followers' });
        return;
      }
      const good = parsed.rows.filter((r) => r.snapshot);
      if (good.length > 1000) {
        setMessage({ ok: false, text: 'Import at most 1000 lines at a time.' });
        return;
      }
      try {
        if (good.length) await record({ variables: { input: { snapshots: good.map((r) => r.snapshot!) } } });
        setRows(parsed.rows.map((r) => ({ ...r, recorded: !!r.snapshot })));
        const bad = parsed.rows.length - good.length;
        setMessage({
          ok: bad === 0,
          text: `${good.length} ${good.length === 1 ? 'line' : 'lines'} recorded${bad ? `, ${bad} not — see why below and import those again once corrected` : ''}.`,
        });
      } catch (error) {
        setRows(null);
        setMessage({ ok: false, text: `Nothing was recorded: ${describeError(error).message}` });
      }
    });
  return (
    <Stack gap="sm">
      <Text size="sm">
        A header line <code>channel,takenOn,followers</code>, then one figure a line, e.g.{' '}
        <code>LINKEDIN,2026-11-30,1250</code>.
      </Text>
      <FileInput
        label="CSV file"
        accept=".csv,text/csv"
        placeholder="Choose a file"
        onChange={(f) => void load(f)}
        clearable
      />
      <Textarea
        label="Or paste the lines"
        autosize
        minRows={4}
        maxRows={12}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        styles={{ input: { fontFamily: 'monospace' } }}
      />
      <Group gap="sm">
        <Button onClick={importRows} loading={saving} disabled={!text.trim()}>
          Import
        </Button>
      </Group>
      <Outcome message={message} />
      {rows && rows.length > 0 && (
        <Table.ScrollContainer minWidth={300}>
          <Table>
            <Table.Caption>What happened to each line</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Line</Table.Th>
                <Table.Th scope="col">Text</Table.Th>
                <Table.Th scope="col">Result</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.line}>
                  <Table.Td>{r.line}</Table.Td>
                  <Table.Td style={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>{r.text}</Table.Td>
                  <Table.Td>
                    {r.recorded ? (
                      <Badge color="green" variant="light">
                        Recorded
                      </Badge>
                    ) : (
                      <Text size="sm" c="red.9">
                        {r.problem}
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
