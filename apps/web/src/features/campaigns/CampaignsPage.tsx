import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { COMMS_ROLES } from '../../app/navigation';
import type { CampaignFieldsFragment } from '../../gql/graphql';
import { EmptyState, hasRole, Page, QueryState, useMe } from '../../shared';
import { CADENCES, dayLabel, today } from './labels';
import { CampaignListQuery } from './operations';

/** Running, coming up or over, as of today. */
export function campaignState(c: Pick<CampaignFieldsFragment, 'startsOn' | 'endsOn'>, on = today()) {
  if (on < c.startsOn) return { label: 'Starts soon', color: 'blue' };
  if (on > c.endsOn) return { label: 'Ended', color: 'gray' };
  return { label: 'Running', color: 'green' };
}

export function CampaignsPage() {
  const { me } = useMe();
  const runs = hasRole(me, COMMS_ROLES);
  const { data, loading, error, refetch } = useQuery(CampaignListQuery, { variables: { first: 50 } });
  return (
    <Page
      title="Sharing campaigns"
      actions={
        runs ? (
          <Group gap="sm">
            <Button component={Link} to="/campaigns/followers" variant="default">
              Follower figures
            </Button>
            <Button component={Link} to="/campaigns/new">
              New campaign
            </Button>
          </Group>
        ) : undefined
      }
    >
      <Text>
        {runs
          ? 'Plan a campaign, follow how each period compares with the time before it, and thank the people who share.'
          : 'Share something useful about our work — a community post counts, and so does anything you share outside. Log it here in under a minute.'}
      </Text>
      <QueryState
        data={data}
        loading={loading}
        error={error}
        refetch={refetch}
        isEmpty={(d) => d.campaigns.edges.length === 0}
        empty={
          <EmptyState
            title="No campaigns yet"
            action={
              runs ? (
                <Button component={Link} to="/campaigns/new">
                  Plan the first campaign
                </Button>
              ) : undefined
            }
          >
            {runs
              ? 'A campaign sets who takes part, which channels count and how many shares each person aims for.'
              : 'When the comms team starts a sharing campaign it appears here.'}
          </EmptyState>
        }
      >
        {(d) => (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="ul" style={{ listStyle: 'none', padding: 0 }}>
            {d.campaigns.edges.map(({ node: c }) => {
              const state = campaignState(c);
              return (
                <Card withBorder key={c.id} component="li" padding="md">
                  <Stack gap={6}>
                    <Group justify="space-between" wrap="nowrap" align="flex-start">
                      <Anchor component={Link} to={`/campaigns/${c.id}`} fw={700} size="lg">
                        {c.name}
                      </Anchor>
                      <Badge color={state.color} variant="light">
                        {state.label}
                      </Badge>
                    </Group>
                    <Text size="sm">
                      {dayLabel(c.startsOn)} to {dayLabel(c.endsOn)} · {CADENCES[c.cadence]} · {c.targetPerPeriod}{' '}
                      {c.targetPerPeriod === 1 ? 'share' : 'shares'} a period each
                    </Text>
                    {c.aims.length > 0 && (
                      <Text size="sm" c="dimmed" lineClamp={2}>
                        {c.aims.join(' · ')}
                      </Text>
                    )}
                  </Stack>
                </Card>
              );
            })}
          </SimpleGrid>
        )}
      </QueryState>
    </Page>
  );
}
