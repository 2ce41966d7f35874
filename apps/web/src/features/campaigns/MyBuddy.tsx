import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { describeError, useMe, useSingleFlight } from '../../shared';
import { dayLabel, memberLabel } from './labels';
import { Outcome, type OutcomeMessage } from './Outcome';
import { BuddyPairsQuery, RecordBuddyMeetingMutation } from './operations';

/** A participant's latest interview buddy: who, the round's questions, and "we met" once the interview happened. */
export function MyBuddy({ campaignId }: { campaignId: string }) {
  const { me } = useMe();
  const { data } = useQuery(BuddyPairsQuery, { variables: { campaignId } });
  const [record] = useMutation(RecordBuddyMeetingMutation);
  const [busy, once] = useSingleFlight();
  const [message, setMessage] = useState<OutcomeMessage>(null);
  const pair = [...(data?.buddyPairs ?? [])].sort((a, b) => b.round - a.round)[0];
  if (!pair) return null;
  const round = data?.buddyRounds.find((r) => r.round === pair.round);
  const others = pair.members.filter((m) => m.id !== me?.member.id);
  const met = () =>
    void once(async () => {
      setMessage(null);
      try {
        await record({ variables: { pairId: pair.id } });
        setMessage({ ok: true, text: 'Thank you — your interview is recorded.' });
      } catch (e) {
        setMessage({ ok: false, text: describeError(e).message });
      }
    });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="buddy-heading">
      <Stack gap="sm">
        <Group gap="sm">
          <Title order={2} size="h4" id="buddy-heading">
            My interview buddy
          </Title>
          {pair.metAt && (
            <Badge color="green" variant="light">
              Met
            </Badge>
          )}
        </Group>
        <Text>
          Round {pair.round}: you are paired with {others.map(memberLabel).join(' and ') || 'a colleague'}.
        </Text>
        {round && round.questions.length > 0 && (
          <>
            <Text size="sm" fw={600} id="guide-heading">
              Ask each other
            </Text>
            <List size="sm" spacing={2} aria-labelledby="guide-heading">
              {round.questions.map((q) => (
                <List.Item key={q}>{q}</List.Item>
              ))}
            </List>
          </>
        )}
        {pair.metAt ? (
          <Text size="sm">You met on {dayLabel(pair.metAt.slice(0, 10))}.</Text>
        ) : (
          <Group>
            <Button onClick={met} loading={busy} variant="light">
              We met
            </Button>
          </Group>
        )}
        <Outcome message={message} />
      </Stack>
    </Paper>
  );
}
