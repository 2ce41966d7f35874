import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { describeError, EmptyState, Page, QueryState, useSingleFlight } from '../../shared';
import { BuddyPairsQuery, CreateBuddyRoundMutation } from './operations';
import { useMemberNames } from './useMemberNames';

/** Comms: the campaign's buddy pairs, by round, and a button to pair everyone again. */
export function BuddyPairsPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(BuddyPairsQuery, { variables: { campaignId: id } });
  const nameOf = useMemberNames((data?.buddyPairs ?? []).flatMap((p) => p.memberIds));
  const [createRound] = useMutation(CreateBuddyRoundMutation, { refetchQueries: ['CampaignBuddyPairs'] });
  const [busy, once] = useSingleFlight();
  const [message, setMessage] = useState<string | null>(null);
  const start = () =>
    void once(async () => {
      setMessage(null);
      try {
        await createRound({ variables: { campaignId: id } });
      } catch (e) {
        setMessage(describeError(e).message);
      }
    });
  const rounds = new Map<number, { id: string; memberIds: string[] }[]>();
  for (const p of data?.buddyPairs ?? []) rounds.set(p.round, [...(rounds.get(p.round) ?? []), p]);
  return (
    <Page
      title="Buddy pairs"
      actions={
        <Button onClick={start} loading={busy}>
          Pair people for a new round
        </Button>
      }
    >
      <Text>
        Each round pairs the participants for a short peer interview about sharing, avoiding earlier pairs where it can.{' '}
        <Anchor component={Link} to={`/campaigns/${id}`}>
          Back to the campaign
        </Anchor>
      </Text>
      {message && (
        <Text c="red.9" role="alert">
          {message}
        </Text>
      )}
      <QueryState
        data={data}
        loading={loading}
        error={error}
        refetch={refetch}
        isEmpty={(d) => d.buddyPairs.length === 0}
        empty={<EmptyState title="No pairs yet">Pair people for the first round with the button above.</EmptyState>}
      >
        {() => (
          <Stack gap="md">
            {[...rounds.entries()]
              .sort(([a], [b]) => b - a)
              .map(([round, pairs]) => (
                <Paper withBorder p="md" component="section" aria-labelledby={`round-${round}`} key={round}>
                  <Title order={2} size="h4" id={`round-${round}`} mb="xs">
                    Round {round}
                  </Title>
                  <List spacing={4}>
                    {pairs.map((p) => (
                      <List.Item key={p.id}>{p.memberIds.map(nameOf).join(' and ')}</List.Item>
                    ))}
                  </List>
                </Paper>
              ))}
          </Stack>
        )}
      </QueryState>
    </Page>
  );
}
