import { useQuery } from '@apollo/client/react';
import { Button, Card, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { QueryState } from '../../shared';
import { describeSearch } from './audit-wording';
import { ProfileViewersQuery } from './operations';

const WHEN = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * "Who looked at my profile": every time a colleague (HR, comms, anyone your
 * visibility allows) opened your profile, and every HR, comms or admin search
 * that showed it, newest first — read from the audit trail.
 */
export function ProfileViewersSection() {
  const { data, loading, error, refetch, fetchMore } = useQuery(ProfileViewersQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="profile-viewers">
      <Stack gap="sm">
        <Title order={2} size="h3" id="profile-viewers">
          Who looked at my profile
        </Title>
        <Text size="sm">
          Each time a colleague opens your profile, or HR, comms or an admin finds you in a people search, it is
          recorded and listed here with the time and what they searched for. Who can find and open your profile depends
          on your privacy choice above.
        </Text>
        <QueryState
          data={data}
          loading={loading}
          error={error}
          refetch={refetch}
          isEmpty={(d) => d.profileViewers.edges.length === 0}
          empty={<Text c="dimmed">Nobody has opened your profile or found you in a search yet.</Text>}
        >
          {(d) => (
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {d.profileViewers.totalCount === 1
                  ? 'One record so far.'
                  : `${d.profileViewers.totalCount} records so far.`}
              </Text>
              <List spacing={4} aria-label="Who opened or found your profile, newest first">
                {d.profileViewers.edges.map(({ node }) => (
                  <List.Item key={node.id}>
                    <Text span fw={500}>
                      {node.actorName ?? 'A former member'}
                    </Text>{' '}
                    {node.action === 'FOUND'
                      ? `found you in a search for ${describeSearch(node.query)} on `
                      : 'opened your profile on '}
                    <time dateTime={node.createdAt}>{WHEN.format(new Date(node.createdAt))}</time>
                  </List.Item>
                ))}
              </List>
              {d.profileViewers.pageInfo.hasNextPage && (
                <Button
                  variant="default"
                  size="compact-sm"
                  style={{ alignSelf: 'flex-start' }}
                  loading={loadingMore}
                  onClick={() => {
                    setLoadingMore(true);
                    void fetchMore({
                      variables: { after: d.profileViewers.pageInfo.endCursor },
                      updateQuery: (previous, { fetchMoreResult }) => ({
                        profileViewers: {
                          ...fetchMoreResult.profileViewers,
                          edges: [...previous.profileViewers.edges, ...fetchMoreResult.profileViewers.edges],
                        },
                      }),
                    }).finally(() => setLoadingMore(false));
                  }}
                >
                  Show earlier visits
                </Button>
              )}
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Card>
  );
}
