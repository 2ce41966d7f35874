import { useQuery } from '@apollo/client/react';
import { BarChart, LineChart } from '@mantine/charts';
import { Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useReducedMotion } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { EmptyState, Page, QueryState } from '../../shared';
import { SIGN_UP_STAGES, STAGE_LABEL } from './common';
import { DashboardQuery } from './operations';
import { DepartmentCompleteness } from '../profile-completeness/DepartmentCompleteness';

/** "2026-03" → "Mar 2026". */
function monthLabel(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return new Date(Date.UTC(year, m - 1, 1)).toLocaleDateString('en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function hours(n: number): string {
  return `${Number.isInteger(n) ? n : n.toFixed(1)} h`;
}

/**
 * A chart with its text alternative: the chart is drawn for sighted users and hidden
 * from assistive technology; the same figures follow as a table anyone can read.
 */
function ChartCard({
  title,
  summary,
  chart,
  table,
}: {
  title: string;
  summary: string;
  chart: ReactNode;
  table: { head: string[]; rows: (string | number)[][] };
}) {
  const id = title.toLowerCase().replace(/[^a-z]+/g, '-');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        <Text size="sm">{summary}</Text>
        <div aria-hidden="true">{chart}</div>
        <details>
          <summary>
            <Text span size="sm">
              The figures as a table
            </Text>
          </summary>
          <Table.ScrollContainer minWidth={280}>
            <Table mt="xs">
              <Table.Caption>{title}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {table.head.map((h) => (
                    <Table.Th key={h}>{h}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {table.rows.map((row) => (
                  <Table.Tr key={String(row[0])}>
                    {row.map((cell, i) => (
                      <Table.Td key={i}>{cell}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </details>
      </Stack>
    </Paper>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

export function DashboardPage() {
  const [months, setMonths] = useState('6');
  const { data, loading, error, refetch } = useQuery(DashboardQuery, { variables: { months: Number(months) } });
  const reduceMotion = useReducedMotion();
  const animation = { isAnimationActive: !reduceMotion };
  return (
    <Page title="Programme dashboard">
      <SegmentedControl
        aria-label="Period"
        value={months}
        onChange={setMonths}
        data={[
          { value: '3', label: '3 months' },
          { value: '6', label: '6 months' },
          { value: '12', label: '12 months' },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      <QueryState
        data={data}
        loading={loading}
        error={error}
        refetch={refetch}
        isEmpty={(d) =>
          d.programmeDashboard.ambassadorsByStatus.every((s) => s.count === 0) &&
          d.programmeDashboard.openTasks + d.programmeDashboard.filledTasks + d.programmeDashboard.doneTasks === 0
        }
        empty={
          <EmptyState title="Nothing to show yet">
            Sign-ups, seats filled and hours contributed appear here once you publish a call or a task.
          </EmptyState>
        }
      >
        {(d) => {
          const dash = d.programmeDashboard;
          const stages = SIGN_UP_STAGES.map((status) => ({
            stage: STAGE_LABEL[status],
            count: dash.ambassadorsByStatus.find((s) => s.status === status)?.count ?? 0,
          }));
          const perMonth = dash.perMonth.map((m) => ({ ...m, label: monthLabel(m.month) }));
          const totalSignUps = stages.reduce((n, s) => n + s.count, 0);
          const seatsFilled = perMonth.reduce((n, m) => n + m.accepted, 0);
          const hoursInPeriod = perMonth.reduce((n, m) => n + m.hoursContributed, 0);
          const completions = perMonth.reduce((n, m) => n + m.completed, 0);
          return (
            <Stack>
              <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }}>
                <Figure label="Active ambassadors" value={String(stages[2].count)} />
                <Figure label="Open tasks" value={String(dash.openTasks)} />
                <Figure label="Filled tasks" value={String(dash.filledTasks)} />
                <Figure label="Hours contributed" value={hours(dash.hoursContributed)} />
                <Figure
                  label="Offers accepted"
                  value={dash.acceptanceRate == null ? '—' : `${Math.round(dash.acceptanceRate * 100)} %`}
                />
                <Figure
                  label="Median time to fill"
                  value={dash.medianHoursToFill == null ? '—' : hours(dash.medianHoursToFill)}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                <ChartCard
                  title="Sign-ups by stage"
                  summary={`${totalSignUps} ${totalSignUps === 1 ? 'sign-up' : 'sign-ups'}: ${stages.map((s) => `${s.count} ${s.stage.toLowerCase()}`).join(', ')}.`}
                  chart={
                    <BarChart
                      h={220}
                      data={stages}
                      dataKey="stage"
                      series={[{ name: 'count', label: 'Sign-ups', color: 'blue.8' }]}
                      barProps={animation}
                      barChartProps={{ accessibilityLayer: false }}
                      withTooltip={false}
                    />
                  }
                  table={{ head: ['Stage', 'Sign-ups'], rows: stages.map((s) => [s.stage, s.count]) }}
                />
                <ChartCard
                  title="Seats filled"
                  summary={`${seatsFilled} seats filled by accepted offers in the last ${months} months.`}
                  chart={
                    <BarChart
                      h={220}
                      data={perMonth}
                      dataKey="label"
                      series={[{ name: 'accepted', label: 'Seats filled', color: 'teal.8' }]}
                      barProps={animation}
                      barChartProps={{ accessibilityLayer: false }}
                      withTooltip={false}
                    />
                  }
                  table={{ head: ['Month', 'Seats filled'], rows: perMonth.map((m) => [m.label, m.accepted]) }}
                />
                <ChartCard
                  title="Hours contributed"
                  summary={`${hours(hoursInPeriod)} contributed in the last ${months} months.`}
                  chart={
                    <BarChart
                      h={220}
                      data={perMonth}
                      dataKey="label"
                      series={[{ name: 'hoursContributed', label: 'Hours', color: 'violet.8' }]}
                      barProps={animation}
                      barChartProps={{ accessibilityLayer: false }}
                      withTooltip={false}
                    />
                  }
                  table={{ head: ['Month', 'Hours'], rows: perMonth.map((m) => [m.label, hours(m.hoursContributed)]) }}
                />
                <ChartCard
                  title="Completions over time"
                  summary={`${completions} assignments completed in the last ${months} months.`}
                  chart={
                    <LineChart
                      h={220}
                      data={perMonth}
                      dataKey="label"
                      series={[{ name: 'completed', label: 'Completed', color: 'orange.9' }]}
                      lineProps={animation}
                      lineChartProps={{ accessibilityLayer: false }}
                      withTooltip={false}
                      curveType="linear"
                    />
                  }
                  table={{ head: ['Month', 'Completed'], rows: perMonth.map((m) => [m.label, m.completed]) }}
                />
              </SimpleGrid>
            </Stack>
          );
        }}
      </QueryState>
      <DepartmentCompleteness />
    </Page>
  );
}
