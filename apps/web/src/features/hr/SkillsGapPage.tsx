import { useApolloClient, useQuery } from '@apollo/client/react';
import { BarChart } from '@mantine/charts';
import { Accordion, Alert, Button, Group, Stack, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { SkillsGapSort, SortDirection } from '../../gql/graphql';
import { describeError, EmptyState, Page, QueryState, useSingleFlight } from '../../shared';
import { ChartFigure, useChartMotion } from '../../shared/charts';
import { downloadText } from '../../shared/download';
import { levelLabel } from '../volunteer/labels';
import { ExportSkillsGapQuery, SkillsGapQuery } from './operations';
import { RecordDemandForm } from './RecordDemandForm';
import { DepartmentCompleteness } from '../profile-completeness/DepartmentCompleteness';

const SORTS: SkillsGapSort[] = ['SKILL', 'DEMAND', 'SUPPLY', 'LEARNERS', 'GAP'];
/** The API refuses longer periods (ten years). */
const MAX_DAYS = 3660;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Six months either side of today: recent demand and what is planned. */
function defaultPeriod(): { from: string; to: string } {
  const now = new Date();
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 6, now.getUTCDate()));
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 6, now.getUTCDate()));
  return { from: isoDay(from), to: isoDay(to) };
}

function validDate(value: string): boolean {
  return (
    ISO_DATE.test(value) &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    isoDay(new Date(`${value}T00:00:00Z`)) === value
  );
}

/** Field messages for a period, as the API would refuse it. */
function periodErrors(from: string, to: string): { from?: string; to?: string } {
  if (!validDate(from)) return { from: 'Enter the first day as a date.' };
  if (!validDate(to)) return { to: 'Enter the last day as a date.' };
  if (from > to) return { to: 'The last day must not be before the first day.' };
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_DAYS)
    return { to: 'The period can be at most ten years.' };
  return {};
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayLabel = (iso: string) => DATE.format(new Date(`${iso}T00:00:00Z`));

export function SkillsGapPage() {
  const [params, setParams] = useSearchParams();
  const fallback = useMemo(() => defaultPeriod(), []);
  const from = params.get('from') ?? fallback.from;
  const to = params.get('to') ?? fallback.to;
  const sortParam = params.get('sort') as SkillsGapSort | null;
  const sort: SkillsGapSort = sortParam && SORTS.includes(sortParam) ? sortParam : 'GAP';
  const direction: SortDirection =
    params.get('dir') === 'ASC' || params.get('dir') === 'DESC'
      ? (params.get('dir') as SortDirection)
      : sort === 'SKILL'
        ? 'ASC'
        : 'DESC';

  // What is typed in the date fields; the report follows once the period is valid.
  const [draft, setDraft] = useState({ from, to });
  const errors = periodErrors(draft.from, draft.to);
  const update = (next: Record<string, string>) => {
    const merged = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) merged.set(k, v);
    setParams(merged, { replace: true });
  };
  const setDate = (field: 'from' | 'to', value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    if (Object.keys(periodErrors(next.from, next.to)).length === 0) update(next);
  };

  const input = { from, to, sort, direction };
  const { data, loading, error, refetch } = useQuery(SkillsGapQuery, { variables: { input } });
  const client = useApolloClient();
  const [downloading, once] = useSingleFlight();
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const download = () =>
    once(async () => {
      setDownloadError(null);
      try {
        const result = await client.query({
          query: ExportSkillsGapQuery,
          variables: { input },
          fetchPolicy: 'no-cache',
        });
        if (!result.data) throw new Error('The export came back empty');
        downloadText(`skills-gap-${from}-to-${to}.csv`, result.data.exportSkillsGapReport);
      } catch (e) {
        setDownloadError(describeError(e).message);
      }
    });
  const { animate } = useChartMotion();

  const sortBy = (column: SkillsGapSort) => {
    const nextDir: SortDirection =
      column === sort ? (direction === 'ASC' ? 'DESC' : 'ASC') : column === 'SKILL' ? 'ASC' : 'DESC';
    update({ sort: column, dir: nextDir });
  };
  const header = (column: SkillsGapSort, label: string) => (
    <Table.Th aria-sort={sort === column ? (direction === 'ASC' ? 'ascending' : 'descending') : undefined}>
      <UnstyledButton onClick={() => sortBy(column)} fw={700} fz="sm">
        {label}
        <span aria-hidden>{sort === column ? (direction === 'ASC' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </UnstyledButton>
    </Table.Th>
  );

  return (
    <Page
      title="Skills gap"
      actions={
        <Button variant="default" onClick={() => void download()} loading={downloading} disabled={!data}>
          Download CSV
        </Button>
      }
    >
      <Text>
        For each skill the organisation needs, how many people the work asks for (demand, from comms tasks and demand
        recorded by hand), how many colleagues have the skill at the level needed (supply, from profiles you may see),
        and how many want to learn it. The gap is the people still short.
      </Text>
      <Group align="flex-start" gap="md" wrap="wrap">
        <TextInput
          type="date"
          label="From"
          value={draft.from}
          onChange={(e) => setDate('from', e.currentTarget.value)}
          error={errors.from}
          w={150}
        />
        <TextInput
          type="date"
          label="To"
          value={draft.to}
          onChange={(e) => setDate('to', e.currentTarget.value)}
          error={errors.to}
          w={150}
        />
      </Group>
      {downloadError && (
        <Alert color="red" role="alert" title="The download did not work">
          {downloadError}
        </Alert>
      )}
      <QueryState
        data={data}
        loading={loading}
        error={error}
        refetch={refetch}
        isEmpty={(d) => d.skillsGapReport.length === 0}
        empty={
          <EmptyState title="No demand in this period">
            Demand comes from comms tasks that are open or done between these dates, and from demand recorded by hand.
            Choose a wider period, or record demand by hand below.
          </EmptyState>
        }
      >
        {(d) => {
          const rows = d.skillsGapReport;
          const label = (r: (typeof rows)[number]) => `${r.skill.name} (${levelLabel(r.minLevel)}+)`;
          const short = rows.filter((r) => r.gap > 0);
          return (
            <Stack gap="lg">
              <ChartFigure
                id="gap-chart"
                title="Demand, supply and learners per skill"
                summary={
                  <>
                    {dayLabel(from)} to {dayLabel(to)}: {rows.length} {rows.length === 1 ? 'skill' : 'skills'} in
                    demand, {short.length === 0 ? 'none' : short.length} short of people. The table below gives the same
                    figures.
                  </>
                }
              >
                <BarChart
                  h={Math.max(220, rows.length * 56)}
                  data={rows.map((r) => ({
                    skill: label(r),
                    Demand: r.demandPeople,
                    Supply: r.supplyPeople,
                    Learners: r.learners,
                  }))}
                  dataKey="skill"
                  orientation="vertical"
                  yAxisProps={{ width: 130 }}
                  withLegend
                  barProps={{ isAnimationActive: animate }}
                  barChartProps={{ accessibilityLayer: false }}
                  series={[
                    { name: 'Demand', color: 'red.8' },
                    { name: 'Supply', color: 'blue.8' },
                    { name: 'Learners', color: 'teal.8' },
                  ]}
                />
              </ChartFigure>
              <Table.ScrollContainer minWidth={720}>
                <Table striped>
                  <Table.Caption>
                    Skills gap, {dayLabel(from)} to {dayLabel(to)} — choose a column heading to sort
                  </Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      {header('SKILL', 'Skill')}
                      <Table.Th>Level needed</Table.Th>
                      {header('DEMAND', 'Demand (people)')}
                      <Table.Th>Demand (hours)</Table.Th>
                      {header('SUPPLY', 'Supply (people)')}
                      <Table.Th>Supply (hours a month)</Table.Th>
                      {header('LEARNERS', 'Learners')}
                      {header('GAP', 'Gap')}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((r) => (
                      <Table.Tr key={`${r.skill.id}-${r.minLevel}`}>
                        <Table.Td>{r.skill.name}</Table.Td>
                        <Table.Td>{levelLabel(r.minLevel)} or above</Table.Td>
                        <Table.Td>{r.demandPeople}</Table.Td>
                        <Table.Td>{r.demandHours}</Table.Td>
                        <Table.Td>{r.supplyPeople}</Table.Td>
                        <Table.Td>{r.supplyHoursPerMonth}</Table.Td>
                        <Table.Td>{r.learners}</Table.Td>
                        <Table.Td fw={r.gap > 0 ? 700 : undefined}>{r.gap}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Stack>
          );
        }}
      </QueryState>
      <Accordion variant="separated">
        <Accordion.Item value="record">
          <Accordion.Control>Record demand by hand</Accordion.Control>
          <Accordion.Panel>
            <RecordDemandForm defaultPeriod={isoDay(new Date())} />
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
      <DepartmentCompleteness />
    </Page>
  );
}
