import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { BarChart } from '@mantine/charts';
import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useReducedMotion } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { CampaignMetricsFieldsFragment } from '../../gql/graphql';
import { describeError, Page, QueryState, useCsvDownload, useSingleFlight } from '../../shared';
import { ChartFigure } from '../../shared/charts';
import { channelLabel, formLabel, memberLabel, percent, rangeLabel, today } from './labels';
import {
  CampaignDashboardQuery,
  CampaignNonSharersQuery,
  ExportCampaignReportQuery,
  RemindNonSharersMutation,
} from './operations';

type Metrics = CampaignMetricsFieldsFragment;
type Comparison = { index: number; current: Metrics; baseline: Metrics };

const SERIES = [
  { name: 'Campaign', color: 'blue.8' },
  { name: 'Baseline', color: 'gray.6' },
];

/** Rounded to two places, as people read a ratio. */
const ratio = (n: number) => (Math.round(n * 100) / 100).toString();

/** The figures of one comparison, in the order the key-figures table shows them. */
export const KEY_FIGURES: { label: string; value: (m: Metrics) => string }[] = [
  { label: 'Participants', value: (m) => String(m.participants) },
  { label: 'Shares', value: (m) => String(m.shares) },
  { label: 'Participants meeting the target', value: (m) => String(m.participantsMeetingTarget) },
  { label: 'Participation rate', value: (m) => percent(m.participationRate) },
  { label: 'Interactions', value: (m) => String(m.interactions) },
  { label: 'Interactions per share', value: (m) => ratio(m.interactionsPerShare) },
  { label: 'Community posts', value: (m) => String(m.posts) },
  { label: 'Replies', value: (m) => String(m.replies) },
  { label: 'Reactions', value: (m) => String(m.reactions) },
];

/** Campaign and baseline counts by key, every key of either. */
function byKey(current: { key: string; count: number }[], baseline: { key: string; count: number }[]) {
  const keys = [...new Set([...current.map((c) => c.key), ...baseline.map((c) => c.key)])];
  const count = (list: typeof current, key: string) => list.find((c) => c.key === key)?.count ?? 0;
  return keys.map((key) => ({ key, Campaign: count(current, key), Baseline: count(baseline, key) }));
}

export function CampaignDashboardPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CampaignDashboardQuery, { variables: { campaignId: id } });
  const client = useApolloClient();
  const csv = useCsvDownload(
    async () => {
      const result = await client.query({
        query: ExportCampaignReportQuery,
        variables: { campaignId: id },
        fetchPolicy: 'no-cache',
      });
      if (!result.data) throw new Error('The export came back empty');
      return result.data.exportCampaignReport;
    },
    `campaign-report-${id.slice(0, 8)}.csv`,
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const reduceMotion = useReducedMotion();
  const name = data?.campaignReport.campaign.name;
  return (
    <Page
      title={name ? `Dashboard: ${name}` : 'Campaign dashboard'}
      actions={
        <Button variant="default" onClick={csv.download} loading={csv.downloading} disabled={!data}>
          Download CSV
        </Button>
      }
    >
      {csv.error && (
        <Alert color="red" role="alert" title="The download did not work">
          {csv.error}
        </Alert>
      )}
      <QueryState data={data} loading={loading} error={error} refetch={refetch}>
        {(d) => {
          const report = d.campaignReport;
          const now = today();
          const running = report.periods.find((p) => p.current.from <= now && now < p.current.to);
          const started = report.periods.filter((p) => p.current.from <= now);
          const fallback = running ?? started[started.length - 1] ?? report.periods[0];
          const selected: Comparison =
            chosen === '0'
              ? report.overall
              : (report.periods.find((p) => String(p.index) === chosen) ?? fallback ?? report.overall);
          const label = (p: Comparison) => (p.index === 0 ? 'Whole campaign' : `Period ${p.index}`);
          // Periods yet to come have nothing to compare; they would read as a fall against the baseline.
          const perPeriod = (started.length ? started : report.periods.slice(0, 1)).map((p) => ({
            period: label(p),
            dates: rangeLabel(p.current.from, p.current.to),
            p,
          }));
          const forms = byKey(selected.current.sharesByForm, selected.baseline.sharesByForm);
          const channels = byKey(selected.current.sharesByChannel, selected.baseline.sharesByChannel);
          const cur = selected.current;
          const base = selected.baseline;
          const barProps = { isAnimationActive: !reduceMotion };
          const common = { withLegend: true, series: SERIES, barProps, barChartProps: { accessibilityLayer: false } };
          return (
            <Stack gap="lg">
              <Group gap="sm" wrap="wrap" align="flex-end">
                <Select
                  label="Show"
                  allowDeselect={false}
                  w={{ base: '100%', xs: 340 }}
                  value={String(selected.index)}
                  onChange={setChosen}
                  data={[
                    ...report.periods.map((p) => ({
                      value: String(p.index),
                      label: `${label(p)}: ${rangeLabel(p.current.from, p.current.to)}`,
                    })),
                    { value: '0', label: 'Whole campaign' },
                  ]}
                />
                <Anchor component={Link} to={`/campaigns/${report.campaign.id}`} size="sm" pb={8}>
                  Campaign page
                </Anchor>
              </Group>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
                <Paper withBorder p="md" component="section" aria-labelledby="key-figures" miw={0}>
                  <Stack gap="sm">
                    <Title order={2} size="h4" id="key-figures">
                      {label(selected)} against the baseline
                    </Title>
                    <Text size="sm">
                      {rangeLabel(cur.from, cur.to)}, compared with the same length of time just before the campaign (
                      {rangeLabel(base.from, base.to)}).
                    </Text>
                    <Table.ScrollContainer minWidth={280}>
                      <Table striped aria-labelledby="key-figures">
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th scope="col">Figure</Table.Th>
                            <Table.Th scope="col">{label(selected)}</Table.Th>
                            <Table.Th scope="col">Baseline</Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {KEY_FIGURES.map((f) => (
                            <Table.Tr key={f.label}>
                              <Table.Th scope="row" fw={500}>
                                {f.label}
                              </Table.Th>
                              <Table.Td>{f.value(cur)}</Table.Td>
                              <Table.Td>{f.value(base)}</Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </Table.ScrollContainer>
                  </Stack>
                </Paper>
                <NonSharers campaignId={report.campaign.id} running={!!running} />
              </SimpleGrid>
              <ChartFigure
                id="chart-shares"
                title="Shares and participation per period"
                summary={`${perPeriod.length} of ${report.periods.length} ${report.periods.length === 1 ? 'period' : 'periods'} so far; the whole campaign has ${report.overall.current.shares} shares against ${report.overall.baseline.shares} in the baseline. The table below gives each period's figures.`}
                children={
                  <BarChart
                    h={240}
                    data={perPeriod.map(({ period, p }) => ({
                      period,
                      Campaign: p.current.shares,
                      Baseline: p.baseline.shares,
                    }))}
                    dataKey="period"
                    {...common}
                  />
                }
                alternative={
                  <Table.ScrollContainer minWidth={640}>
                    <Table striped>
                      <Table.Caption>Each period against its baseline</Table.Caption>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">Period</Table.Th>
                          <Table.Th scope="col">Shares</Table.Th>
                          <Table.Th scope="col">Baseline shares</Table.Th>
                          <Table.Th scope="col">Participation</Table.Th>
                          <Table.Th scope="col">Baseline participation</Table.Th>
                          <Table.Th scope="col">Interactions per share</Table.Th>
                          <Table.Th scope="col">Baseline interactions per share</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {perPeriod.map(({ period, dates, p }) => (
                          <Table.Tr key={period}>
                            <Table.Th scope="row" fw={500}>
                              {period} ({dates})
                            </Table.Th>
                            <Table.Td>{p.current.shares}</Table.Td>
                            <Table.Td>{p.baseline.shares}</Table.Td>
                            <Table.Td>{percent(p.current.participationRate)}</Table.Td>
                            <Table.Td>{percent(p.baseline.participationRate)}</Table.Td>
                            <Table.Td>{ratio(p.current.interactionsPerShare)}</Table.Td>
                            <Table.Td>{ratio(p.baseline.interactionsPerShare)}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                }
              />
              <ChartFigure
                id="chart-participation"
                title="Participation rate per period"
                summary={`The share of participants meeting the target: ${percent(cur.participationRate)} in ${label(selected).toLowerCase()} against ${percent(base.participationRate)} in the baseline. Each period's rate is in the table above.`}
                children={
                  <BarChart
                    h={220}
                    data={perPeriod.map(({ period, p }) => ({
                      period,
                      Campaign: Math.round(p.current.participationRate * 100),
                      Baseline: Math.round(p.baseline.participationRate * 100),
                    }))}
                    dataKey="period"
                    unit="%"
                    {...common}
                  />
                }
              />
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
                <ChartFigure
                  id="chart-forms"
                  title="Shares by form"
                  summary={`${label(selected)}, against the baseline.`}
                  children={
                    <BarChart
                      h={220}
                      data={forms.map((f) => ({ ...f, key: formLabel(f.key) }))}
                      dataKey="key"
                      {...common}
                    />
                  }
                  alternative={<CountTable caption="Shares by form" rows={forms} label={formLabel} />}
                />
                <ChartFigure
                  id="chart-channels"
                  title="Shares by channel"
                  summary={`${label(selected)}, against the baseline.`}
                  children={
                    <BarChart
                      h={220}
                      data={channels.map((c) => ({ ...c, key: channelLabel(c.key) }))}
                      dataKey="key"
                      {...common}
                    />
                  }
                  alternative={<CountTable caption="Shares by channel" rows={channels} label={channelLabel} />}
                />
              </SimpleGrid>
              <ChartFigure
                id="chart-interactions"
                title="Interactions per share"
                summary={`${label(selected)}: ${ratio(cur.interactionsPerShare)} likes, comments, reshares, reactions and replies per share against ${ratio(base.interactionsPerShare)} in the baseline. Each period's figure is in the table of shares and participation.`}
                children={
                  <BarChart
                    h={220}
                    data={perPeriod.map(({ period, p }) => ({
                      period,
                      Campaign: p.current.interactionsPerShare,
                      Baseline: p.baseline.interactionsPerShare,
                    }))}
                    dataKey="period"
                    {...common}
                  />
                }
              />
              <FollowerGrowth current={cur} baseline={base} label={label(selected)} common={common} />
              <BuddyInterviews campaignId={report.campaign.id} rounds={report.buddyRounds} />
            </Stack>
          );
        }}
      </QueryState>
    </Page>
  );
}

function CountTable({
  caption,
  rows,
  label,
}: {
  caption: string;
  rows: { key: string; Campaign: number; Baseline: number }[];
  label: (key: string) => string;
}) {
  if (rows.length === 0) return <Text size="sm">Nothing shared in either range.</Text>;
  return (
    <Table.ScrollContainer minWidth={260}>
      <Table striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{caption.replace('Shares by ', '').replace(/^./, (c) => c.toUpperCase())}</Table.Th>
            <Table.Th scope="col">Campaign</Table.Th>
            <Table.Th scope="col">Baseline</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Th scope="row" fw={500}>
                {label(r.key)}
              </Table.Th>
              <Table.Td>{r.Campaign}</Table.Td>
              <Table.Td>{r.Baseline}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function FollowerGrowth({
  current,
  baseline,
  label,
  common,
}: {
  current: Metrics;
  baseline: Metrics;
  label: string;
  common: object;
}) {
  const rows = current.followerGrowth.map((g) => ({
    channel: g.channel,
    start: g.start,
    end: g.end,
    Campaign: g.growth ?? 0,
    Baseline: baseline.followerGrowth.find((b) => b.channel === g.channel)?.growth ?? 0,
    known: g.growth !== null,
  }));
  return (
    <ChartFigure
      id="chart-followers"
      title="Follower growth"
      summary={
        rows.length === 0 ? (
          <>
            No follower figures yet. Record them on{' '}
            <Anchor component={Link} to="/campaigns/followers">
              Follower figures
            </Anchor>{' '}
            to see growth here.
          </>
        ) : (
          `${label}: followers gained per channel, against the baseline.`
        )
      }
      children={
        rows.length ? (
          <BarChart
            h={220}
            data={rows.map((r) => ({ ...r, channel: channelLabel(r.channel) }))}
            dataKey="channel"
            {...common}
            series={SERIES}
          />
        ) : null
      }
      alternative={
        rows.length ? (
          <Table.ScrollContainer minWidth={440}>
            <Table striped>
              <Table.Caption>Followers per channel</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Channel</Table.Th>
                  <Table.Th scope="col">At the start</Table.Th>
                  <Table.Th scope="col">At the end</Table.Th>
                  <Table.Th scope="col">Growth</Table.Th>
                  <Table.Th scope="col">Baseline growth</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.channel}>
                    <Table.Th scope="row" fw={500}>
                      {channelLabel(r.channel)}
                    </Table.Th>
                    <Table.Td>{r.start ?? '—'}</Table.Td>
                    <Table.Td>{r.end ?? '—'}</Table.Td>
                    <Table.Td>{r.known ? r.Campaign : 'Not known'}</Table.Td>
                    <Table.Td>{r.Baseline}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : undefined
      }
    />
  );
}

/** Buddy interviews per round: how many pairs said they met. */
function BuddyInterviews({
  campaignId,
  rounds,
}: {
  campaignId: string;
  rounds: { round: number; pairs: number; met: number; completionRate: number }[];
}) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="buddy-interviews" miw={0}>
      <Stack gap="sm">
        <Title order={2} size="h4" id="buddy-interviews">
          Buddy interviews
        </Title>
        {rounds.length === 0 ? (
          <Text size="sm">
            No buddy rounds yet.{' '}
            <Anchor component={Link} to={`/campaigns/${campaignId}/buddies`}>
              Pair people for a round
            </Anchor>{' '}
            to have them interview each other.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={280}>
            <Table striped aria-labelledby="buddy-interviews">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Round</Table.Th>
                  <Table.Th scope="col">Pairs</Table.Th>
                  <Table.Th scope="col">Met</Table.Th>
                  <Table.Th scope="col">Completion</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rounds.map((r) => (
                  <Table.Tr key={r.round}>
                    <Table.Th scope="row">Round {r.round}</Table.Th>
                    <Table.Td>{r.pairs}</Table.Td>
                    <Table.Td>{r.met}</Table.Td>
                    <Table.Td>{percent(r.completionRate)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}

/** Who has not shared this period, with a reminder e-mail for them. */
function NonSharers({ campaignId, running }: { campaignId: string; running: boolean }) {
  const { data, loading, error } = useQuery(CampaignNonSharersQuery, {
    variables: { campaignId },
    skip: !running,
  });
  const [remind] = useMutation(RemindNonSharersMutation);
  const [sending, once] = useSingleFlight();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const send = () =>
    void once(async () => {
      setResult(null);
      try {
        const r = await remind({ variables: { campaignId } });
        const n = r.data?.remindCampaignNonSharers ?? 0;
        setResult({
          ok: true,
          text:
            n === 0
              ? 'Everyone on the list has already had a reminder this period (or turned reminders off).'
              : `${n} ${n === 1 ? 'reminder' : 'reminders'} sent.`,
        });
      } catch (e) {
        setResult({ ok: false, text: describeError(e).message });
      }
    });
  const list = data?.campaignNonSharers;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="non-sharers" miw={0}>
      <Stack gap="sm">
        <Title order={2} size="h4" id="non-sharers">
          Not shared yet this period
        </Title>
        {!running ? (
          <Text size="sm">The campaign is not running today.</Text>
        ) : error ? (
          <Text size="sm" c="red.9" role="alert">
            {describeError(error).message}
          </Text>
        ) : loading || !list ? (
          <Text size="sm">Loading…</Text>
        ) : list.memberIds.length === 0 ? (
          <Text size="sm">Everyone has shared something this period ({rangeLabel(list.from, list.to)}).</Text>
        ) : (
          <>
            <Text size="sm">
              {list.memberIds.length} {list.memberIds.length === 1 ? 'person has' : 'people have'} not shared anything
              from {rangeLabel(list.from, list.to)}:
            </Text>
            <List size="sm" aria-label="People who have not shared yet this period">
              {list.members
                .map(memberLabel)
                .sort((a, b) => a.localeCompare(b))
                .map((n, i) => (
                  <List.Item key={`${n}-${i}`}>{n}</List.Item>
                ))}
            </List>
            <Group gap="sm">
              <Button variant="light" onClick={send} loading={sending}>
                Send a reminder
              </Button>
              {result && (
                <Text size="sm" c={result.ok ? undefined : 'red.9'} role={result.ok ? 'status' : 'alert'}>
                  {result.text}
                </Text>
              )}
            </Group>
            <Text size="xs" c="dimmed">
              One gentle e-mail per person and period; people who turned reminders off are left alone.
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}
