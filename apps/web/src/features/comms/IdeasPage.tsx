import { useQuery } from '@apollo/client/react';
import { Box, Button, Paper, Stack, Text } from '@mantine/core';
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
            <Box
              component="ul"
              style={{
                listStyle: 'none',
                padding: 0,
                margin: 0,
                display: 'grid',
                gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 280px), 1fr))',
                gap: 'var(--mantine-spacing-md)',
              }}
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
            </Box>
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
