import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { COMMS_ROLES } from '../../app/navigation';
import { EmptyState, hasRole, Page, QueryState, useMe } from '../../shared';
import { campaignState } from './CampaignsPage';
import { HashtagForm } from './HashtagForm';
import { CADENCES, channelLabel, dayLabel, rangeLabel } from './labels';
import { LogShareForm } from './LogShareForm';
import { MyBuddy } from './MyBuddy';
import { CampaignOverviewQuery, MyCampaignSharesQuery } from './operations';
import { ShareList } from './ShareList';

/** One campaign for everyone: what it is, my progress this period, log a share, my shares, surveys to answer. */
export function CampaignPage() {
  const { id = '' } = useParams();
  const { me } = useMe();
  const runs = hasRole(me, COMMS_ROLES);
  const { data, loading, error, refetch } = useQuery(CampaignOverviewQuery, { variables: { id } });
  const name = data?.campaign.name ?? 'Campaign';
  return (
    <Page title={name}>
      <QueryState data={data} loading={loading} error={error} refetch={refetch}>
        {(d) => {
          const c = d.campaign;
          const p = d.myCampaignProgress;
          const state = campaignState(c);
          const openSurveys = d.campaignSurveys.filter((s) => !s.closedAt);
          return (
            <Stack gap="lg">
              <Stack gap={4}>
                <Group gap="sm">
                  <Badge color={state.color} variant="light">
                    {state.label}
                  </Badge>
                  <Text size="sm">
                    {dayLabel(c.startsOn)} to {dayLabel(c.endsOn)} · {CADENCES[c.cadence]} periods · aim for{' '}
                    {c.targetPerPeriod} {c.targetPerPeriod === 1 ? 'share' : 'shares'} a period
                  </Text>
                </Group>
                <Text size="sm">Counts: {c.channels.map(channelLabel).join(', ')}</Text>
                {c.channels.includes('INTERNAL') && (
                  <Text size="sm">
                    {c.hashtag ? (
                      <>
                        Community posts count when they carry <strong>#{c.hashtag}</strong>.
                      </>
                    ) : (
                      'Every community post everyone can see counts.'
                    )}
                  </Text>
                )}
                {c.aims.length > 0 && (
                  <List size="sm" spacing={2}>
                    {c.aims.map((aim) => (
                      <List.Item key={aim}>{aim}</List.Item>
                    ))}
                  </List>
                )}
              </Stack>
              {runs && (
                <Group gap="sm" component="nav" aria-label="Running the campaign">
                  <Button component={Link} to={`/campaigns/${c.id}/dashboard`}>
                    Campaign dashboard
                  </Button>
                  <Button component={Link} to={`/campaigns/${c.id}/digest`} variant="default">
                    Digest
                  </Button>
                  <Button component={Link} to={`/campaigns/${c.id}/surveys`} variant="default">
                    Surveys
                  </Button>
                  <Button component={Link} to={`/campaigns/${c.id}/buddies`} variant="default">
                    Buddy pairs
                  </Button>
                  <Button component={Link} to={`/campaigns/${c.id}/baseline`} variant="default">
                    Baseline shares
                  </Button>
                </Group>
              )}
              {runs && <HashtagForm key={c.hashtag ?? ''} campaignId={c.id} hashtag={c.hashtag ?? null} />}
              {openSurveys.length > 0 && (
                <Paper withBorder p="md" component="section" aria-labelledby="surveys-heading">
                  <Title order={2} size="h4" id="surveys-heading" mb="xs">
                    Surveys
                  </Title>
                  <List spacing={4}>
                    {openSurveys.map((s) => (
                      <List.Item key={s.id}>
                        <Anchor component={Link} to={`/campaigns/surveys/${s.id}`}>
                          {s.title}
                        </Anchor>
                      </List.Item>
                    ))}
                  </List>
                </Paper>
              )}
              {p.participating ? (
                <>
                  <Paper withBorder p="md" component="section" aria-labelledby="progress-heading">
                    <Stack gap="xs">
                      <Title order={2} size="h4" id="progress-heading">
                        My progress this period
                      </Title>
                      {p.periodIndex > 0 && p.from && p.to ? (
                        <>
                          <Text>
                            Period {p.periodIndex}, {rangeLabel(p.from, p.to)}: you have shared{' '}
                            <strong>
                              {p.shares} of {p.target}
                            </strong>
                            .{' '}
                            {p.shares >= p.target
                              ? 'Target met — thank you.'
                              : `${p.target - p.shares} more to meet the target.`}
                          </Text>
                          <Progress
                            value={Math.min(100, (p.shares / p.target) * 100)}
                            aria-label={`${p.shares} of ${p.target} shares this period`}
                          />
                        </>
                      ) : (
                        <Text>The campaign is not running today, so there is no period to count.</Text>
                      )}
                    </Stack>
                  </Paper>
                  {state.label === 'Running' && (
                    <Paper withBorder p="md" component="section" aria-labelledby="log-heading">
                      <Title order={2} size="h4" id="log-heading" mb="sm">
                        Log a share
                      </Title>
                      <LogShareForm campaign={c} />
                    </Paper>
                  )}
                  <MyBuddy campaignId={c.id} />
                  <MyShares campaignId={c.id} />
                </>
              ) : (
                <Text>You are not taking part in this campaign.</Text>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </Page>
  );
}

function MyShares({ campaignId }: { campaignId: string }) {
  const { me } = useMe();
  const { data, loading, error, refetch } = useQuery(MyCampaignSharesQuery, { variables: { campaignId } });
  return (
    <section aria-labelledby="my-shares-heading">
      <Title order={2} size="h4" id="my-shares-heading" mb="sm">
        My shares
      </Title>
      <QueryState
        data={data}
        loading={loading}
        error={error}
        refetch={refetch}
        isEmpty={(d) => !d.campaignShares.some((s) => s.membershipId === me?.member.id && !s.baseline)}
        empty={
          <EmptyState title="Nothing logged yet">
            Log what you share outside the community above; come back later to add its likes and comments.
          </EmptyState>
        }
      >
        {(d) => <ShareList shares={d.campaignShares.filter((s) => s.membershipId === me?.member.id && !s.baseline)} />}
      </QueryState>
    </section>
  );
}
