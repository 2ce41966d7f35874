import { useQuery } from '@apollo/client/react';
import { Button, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { EmptyState, Page, QueryState } from '../../shared';
import { formatDate, STAGE_LABEL } from './common';
import { IdeasQuery } from './operations';

export function IdeasPage() {
  const { data, loading, error, refetch, fetchMore } = useQuery(IdeasQuery, { variables: {} });
  return (
    <Page title="Ideas">
      <Text>What volunteers said comms could do differently when they answered a call.</Text>
      <QueryState
        data={data}
        loading={loading}
        error={error}
        refetch={refetch}
        isEmpty={(d) => d.ideasBoard.edges.length === 0}
        empty={
          <EmptyState title="No ideas yet">
            Volunteers’ ideas appear here when they answer a call. Publish a call from Calls to hear from them.
          </EmptyState>
        }
      >
        {(d) => (
          <Stack>
            <SimpleGrid
              cols={{ base: 1, sm: 2, lg: 3 }}
              component="ul"
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
            >
              {d.ideasBoard.edges.map(({ node: s }) => (
                <Paper component="li" key={s.id} withBorder p="md">
                  <Stack gap="xs">
                    <Text style={{ whiteSpace: 'pre-wrap' }}>{s.ideas}</Text>
                    <Text size="sm" c="dimmed">
                      {s.member?.user.displayName ?? 'A former member'} · {STAGE_LABEL[s.status]}
                      {s.call ? ` · ${s.call.title}` : ''} · {formatDate(s.createdAt)}
                    </Text>
                  </Stack>
                </Paper>
              ))}
            </SimpleGrid>
            {d.ideasBoard.pageInfo.hasNextPage && (
              <Button
                variant="default"
                style={{ alignSelf: 'center' }}
                onClick={() =>
                  void fetchMore({
                    variables: { after: d.ideasBoard.pageInfo.endCursor },
                    updateQuery: (previous, { fetchMoreResult }) => ({
                      ideasBoard: {
                        ...fetchMoreResult.ideasBoard,
                        edges: [...previous.ideasBoard.edges, ...fetchMoreResult.ideasBoard.edges],
                      },
                    }),
                  })
                }
              >
                Show more ideas
              </Button>
            )}
          </Stack>
        )}
      </QueryState>
    </Page>
  );
}
