import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Code, FileInput, Group, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { CampaignImportBaselineMutation } from '../../gql/graphql';
import { describeError, EmptyState, Page, QueryState, useSingleFlight } from '../../shared';
import { channelLabel, dayLabel, formLabel, memberLabel } from './labels';
import { Outcome, type OutcomeMessage } from './Outcome';
import { CampaignDigestsQuery, ImportBaselineSharesMutation } from './operations';

type ImportResult = CampaignImportBaselineMutation['importBaselineShares'];

const HEADER = 'member,channel,form,url,title,sharedOn';
const COLUMN_NAMES: Record<string, string> = {
  member: 'Member',
  memberId: 'Member',
  channel: 'Channel',
  form: 'Form',
  url: 'Web address',
  title: 'Title',
  sharedOn: 'Day',
  csv: 'File',
};

/**
 * Comms: what participants shared outside before the campaign started, imported from a CSV, so the baseline
 * counts external sharing as the campaign does. Each line is imported or refused on its own, with why.
 */
export function BaselinePage() {
  const { id = '' } = useParams();
  // The digest screen's query already brings the campaign and its shares.
  const { data, loading, error, refetch } = useQuery(CampaignDigestsQuery, { variables: { campaignId: id } });
  const [importShares] = useMutation(ImportBaselineSharesMutation, { refetchQueries: ['CampaignDigestScreen'] });
  const [busy, once] = useSingleFlight();
  const [text, setText] = useState('');
  const [message, setMessage] = useState<OutcomeMessage>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const load = async (file: File | null) => {
    if (file) setText(await file.text());
  };
  const submit = () =>
    void once(async () => {
      setMessage(null);
      setResult(null);
      if (!text.trim()) {
        setMessage({ ok: false, text: 'Choose a file or paste the lines first.' });
        return;
      }
      try {
        const r = await importShares({ variables: { campaignId: id, csv: text } });
        const outcome = r.data?.importBaselineShares ?? null;
        setResult(outcome);
        if (outcome) {
          setMessage({
            ok: outcome.refused === 0,
            text:
              outcome.refused === 0
                ? `${outcome.imported} ${outcome.imported === 1 ? 'share' : 'shares'} imported.`
                : `${outcome.imported} imported, ${outcome.refused} refused — see the lines below, correct them and import again.`,
          });
        }
      } catch (e) {
        setMessage({ ok: false, text: describeError(e).message });
      }
    });
  const campaign = data?.campaign;
  const baseline = (data?.campaignShares ?? []).filter((s) => s.baseline);
  return (
    <Page title="Baseline shares">
      <Text>
        What participants shared outside before {campaign ? `“${campaign.name}” started` : 'the campaign started'}, so
        the comparison counts outside sharing before and during the campaign.{' '}
        <Anchor component={Link} to={`/campaigns/${id}`}>
          Back to the campaign
        </Anchor>
      </Text>
      <Paper withBorder p="md" component="section" aria-labelledby="import-heading">
        <Stack gap="sm">
          <Title order={2} size="h4" id="import-heading">
            Import from a CSV file
          </Title>
          <Text size="sm">
            The first line is <Code>{HEADER}</Code>. Member is the person’s e-mail address; the day (YYYY-MM-DD) must be
            before {campaign ? dayLabel(campaign.startsOn) : 'the first day'}. Importing the same line again changes
            nothing.
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
          <Group>
            <Button onClick={submit} loading={busy}>
              Import baseline shares
            </Button>
          </Group>
          <Outcome message={message} />
          {result && result.refused > 0 && (
            <Table.ScrollContainer minWidth={320}>
              <Table aria-label="Lines that were not imported">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Line</Table.Th>
                    <Table.Th scope="col">Column</Table.Th>
                    <Table.Th scope="col">Why</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.rows
                    .filter((r) => !r.shareId)
                    .map((r) => (
                      <Table.Tr key={r.line}>
                        <Table.Th scope="row">{r.line}</Table.Th>
                        <Table.Td>{r.field ? (COLUMN_NAMES[r.field] ?? r.field) : '—'}</Table.Td>
                        <Table.Td>{r.error}</Table.Td>
                      </Table.Tr>
                    ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Paper>
      <section aria-labelledby="baseline-heading">
        <Title order={2} size="h4" id="baseline-heading" mb="sm">
          Recorded before the start
        </Title>
        <QueryState
          data={data}
          loading={loading}
          error={error}
          refetch={refetch}
          isEmpty={() => baseline.length === 0}
          empty={
            <EmptyState title="No baseline shares yet">
              Import what participants shared outside in the weeks before the campaign.
            </EmptyState>
          }
        >
          {() => (
            <Table.ScrollContainer minWidth={520}>
              <Table aria-label="Baseline shares" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Day</Table.Th>
                    <Table.Th scope="col">Who</Table.Th>
                    <Table.Th scope="col">What</Table.Th>
                    <Table.Th scope="col">Where</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {baseline.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td>{dayLabel(s.sharedOn)}</Table.Td>
                      <Table.Td>{memberLabel(s.member)}</Table.Td>
                      <Table.Td>
                        <Anchor href={s.url} target="_blank" rel="noopener noreferrer">
                          {s.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        {channelLabel(s.channel)}, {formLabel(s.form)}
                      </Table.Td>
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
