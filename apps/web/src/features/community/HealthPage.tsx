import { useQuery } from '@apollo/client/react';
import { BarChart, LineChart } from '@mantine/charts';
import { Badge, Card, Group, SegmentedControl, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { CommunityHealthReportQuery, SelfSufficiency } from '../../gql/graphql';
import { EmptyState, Page, QueryState } from '../../shared';
import { ChartFigure, useChartMotion } from '../../shared/charts';
import { plural } from './format';
import { CommunityHealthQuery } from './operations';

/** The band where a community tends to start carrying itself (the API's selfSufficiency). */
const BAND = { low: 25, high: 35 };
const STANDING: Record<SelfSufficiency, { label: string; color: string }> = {
  BELOW: { label: 'Below the band', color: 'orange' },
  REACHING: { label: 'In the band', color: 'teal' },
  SELF_SUFFICIENT: { label: 'Above the band', color: 'green' },
};
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthLabel = (yyyyMm: string) => MONTH.format(new Date(`${yyyyMm}-01T00:00:00Z`));
const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const weekLabel = (monday: string) => DAY_MONTH.format(new Date(`${monday}T00:00:00Z`));

type Health = CommunityHealthReportQuery['communityHealth'];

/** Community health for comms and admins: activity against the 25–35 band, posters and readers, topics, newcomers. */
export function HealthPage() {
  const [months, setMonths] = useState('6');
  const { data, loading, error, refetch } = useQuery(CommunityHealthQuery, { variables: { months: Number(months) } });
  return (
    <Page
      title="Community health"
      actions={
        <SegmentedControl
          aria-label="Months shown"
          value={months}
          onChange={setMonths}
          data={[
            { value: '3', label: '3 months' },
            { value: '6', label: '6 months' },
            { value: '12', label: '12 months' },
          ]}
        />
      }
    >
      <QueryState data={data} loading={loading} error={error} refetch={refetch}>
        {(d) => <Report health={d.communityHealth} />}
      </QueryState>
    </Page>
  );
}

function Report({ health }: { health: Health }) {
  const { animate } = useChartMotion();
  const standing = STANDING[health.selfSufficiency];
  const trend = health.trend.map((m) => ({ ...m, label: monthLabel(m.month) }));
  const first = trend[0]?.label;
  const last = trend.at(-1)?.label;
  const span = first === last ? first : `${first} to ${last}`;
  const weeks = health.weeklyTrend.map((w) => ({ ...w, label: `w/c ${weekLabel(w.week)}` }));
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <Figure label="Active in the last 7 days" value={health.weeklyActiveMembers} />
        <Figure label="Active in the last 30 days" value={health.monthlyActiveMembers}>
          <Badge variant="light" color={standing.color}>
            {standing.label}
          </Badge>
        </Figure>
        <Figure
          label="Posters and readers (30 days)"
          value={`${health.posters} / ${health.readers}`}
          hint={`${plural(health.posters, 'poster')}, ${plural(health.readers, 'reader')}`}
        />
        <Figure
          label="New members (30 days)"
          value={health.newMembers}
          hint={`of ${plural(health.members, 'member')}`}
        />
      </SimpleGrid>
      <Text>{health.selfSufficiencyNote}</Text>

      <ChartFigure
        id="active-chart"
        title="Active members per month"
        summary={`${span}. The shaded lines mark the ${BAND.low}–${BAND.high} active members where a community tends to carry itself; this month ${plural(trend.at(-1)?.activeMembers ?? 0, 'member')} took part. The monthly figures are in the table below.`}
      >
        <LineChart
          h={260}
          data={trend}
          dataKey="label"
          series={[{ name: 'activeMembers', label: 'Active members', color: 'blue.8' }]}
          referenceLines={[
            { y: BAND.low, label: `${BAND.low}`, color: 'orange.8' },
            { y: BAND.high, label: `${BAND.high}`, color: 'green.8' },
          ]}
          yAxisProps={{ domain: [0, (max: number) => Math.max(max, BAND.high + 5)] }}
          lineProps={{ isAnimationActive: animate }}
          lineChartProps={{ accessibilityLayer: false }}
          withLegend
        />
      </ChartFigure>

      <ChartFigure
        id="weekly-chart"
        title="Active members per week"
        summary={`The last ${weeks.length} weeks, each starting on a Monday: ${weeks
          .map((w) => `${weekLabel(w.week)} ${w.activeMembers}`)
          .join(', ')}. The shaded lines mark the same ${BAND.low}–${BAND.high} band.`}
      >
        <LineChart
          h={220}
          data={weeks}
          dataKey="label"
          series={[
            { name: 'activeMembers', label: 'Active members', color: 'blue.8' },
            { name: 'posters', label: 'Posters', color: 'grape.8' },
          ]}
          referenceLines={[
            { y: BAND.low, label: `${BAND.low}`, color: 'orange.8' },
            { y: BAND.high, label: `${BAND.high}`, color: 'green.8' },
          ]}
          yAxisProps={{ domain: [0, (max: number) => Math.max(max, BAND.high + 5)] }}
          lineProps={{ isAnimationActive: animate }}
          lineChartProps={{ accessibilityLayer: false }}
          withLegend
        />
      </ChartFigure>

      <ChartFigure
        id="posters-chart"
        title="Posters and readers per month"
        summary={`Posters wrote a post or a reply; readers opened the community or reacted without writing. In the last 30 days: ${plural(health.posters, 'poster')} and ${plural(health.readers, 'reader')}.`}
      >
        <BarChart
          h={260}
          data={trend}
          dataKey="label"
          type="stacked"
          series={[
            { name: 'posters', label: 'Posters', color: 'blue.8' },
            { name: 'readers', label: 'Readers', color: 'gray.6' },
          ]}
          barProps={{ isAnimationActive: animate }}
          barChartProps={{ accessibilityLayer: false }}
          withLegend
        />
      </ChartFigure>

      <ChartFigure
        id="new-members-chart"
        title="New members per month"
        summary={`${plural(
          trend.reduce((n, m) => n + m.newMembers, 0),
          'person',
          'people',
        )} joined from ${span}.`}
      >
        <BarChart
          h={220}
          data={trend}
          dataKey="label"
          series={[{ name: 'newMembers', label: 'New members', color: 'teal.8' }]}
          barProps={{ isAnimationActive: animate }}
          barChartProps={{ accessibilityLayer: false }}
        />
      </ChartFigure>

      <Table.ScrollContainer minWidth={640}>
        <Table striped>
          <Table.Caption>Community activity per month, {span}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Month</Table.Th>
              <Table.Th scope="col">Active members</Table.Th>
              <Table.Th scope="col">Posters</Table.Th>
              <Table.Th scope="col">Readers</Table.Th>
              <Table.Th scope="col">Posts</Table.Th>
              <Table.Th scope="col">Replies</Table.Th>
              <Table.Th scope="col">New members</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {trend.map((m) => (
              <Table.Tr key={m.month}>
                <Table.Th scope="row">{m.label}</Table.Th>
                <Table.Td>{m.activeMembers}</Table.Td>
                <Table.Td>{m.posters}</Table.Td>
                <Table.Td>{m.readers}</Table.Td>
                <Table.Td>{m.posts}</Table.Td>
                <Table.Td>{m.replies}</Table.Td>
                <Table.Td>{m.newMembers}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      {health.topics.length === 0 ? (
        <EmptyState title="No topic activity in the last 30 days">
          Posts with a #hashtag appear here by topic.
        </EmptyState>
      ) : (
        <ChartFigure
          id="topics-chart"
          title="Posts and replies per topic (last 30 days)"
          summary={`The busiest topic is #${health.topics[0].tag} with ${plural(health.topics[0].posts, 'post')} and ${plural(health.topics[0].replies, 'reply', 'replies')}.`}
          alternative={
            <Table.ScrollContainer minWidth={320}>
              <Table striped>
                <Table.Caption>Posts and replies per topic, last 30 days</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Topic</Table.Th>
                    <Table.Th scope="col">Posts</Table.Th>
                    <Table.Th scope="col">Replies</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {health.topics.map((t) => (
                    <Table.Tr key={t.tag}>
                      <Table.Th scope="row">#{t.tag}</Table.Th>
                      <Table.Td>{t.posts}</Table.Td>
                      <Table.Td>{t.replies}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          }
        >
          <BarChart
            h={Math.max(200, health.topics.length * 44)}
            data={health.topics.map((t) => ({ ...t, label: `#${t.tag}` }))}
            dataKey="label"
            orientation="vertical"
            yAxisProps={{ width: 120 }}
            series={[
              { name: 'posts', label: 'Posts', color: 'blue.8' },
              { name: 'replies', label: 'Replies', color: 'grape.8' },
            ]}
            barProps={{ isAnimationActive: animate }}
            barChartProps={{ accessibilityLayer: false }}
            withLegend
          />
        </ChartFigure>
      )}
    </Stack>
  );
}

function Figure({
  label,
  value,
  hint,
  children,
}: {
  label: string;
  value: number | string;
  hint?: string;
  children?: ReactNode;
}) {
  return (
    <Card withBorder padding="md">
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {label}
        </Text>
        <Group gap="xs" align="center">
          <Text fz={28} fw={700} lh={1.1}>
            {value}
          </Text>
          {children}
        </Group>
        {hint && (
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
