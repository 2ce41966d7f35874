import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { BuddyPairFieldsFragment, BuddyRoundFieldsFragment } from '../../gql/graphql';
import { describeError, EmptyState, Page, QueryState, useSingleFlight } from '../../shared';
import { dayLabel, memberLabel, percent } from './labels';
import { Outcome, type OutcomeMessage } from './Outcome';
import {
  BuddyPairsQuery,
  CreateBuddyRoundMutation,
  RecordBuddyMeetingMutation,
  SetBuddyGuideMutation,
} from './operations';
import { guideError, guideQuestions } from './validation';

/**
 * Comms: the campaign's buddy pairs by round, each round with its interview guide (editable) and how many
 * pairs have met, and a button to pair everyone again.
 */
export function BuddyPairsPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(BuddyPairsQuery, { variables: { campaignId: id } });
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
  const rounds = new Map<number, BuddyPairFieldsFragment[]>();
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
        Each round pairs the participants for a short peer interview about sharing, avoiding earlier pairs where it can.
        A pair says “we met” on their campaign page, or you can record it here.{' '}
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
        {(d) => (
          <Stack gap="md">
            {[...rounds.entries()]
              .sort(([a], [b]) => b - a)
              .map(([round, pairs]) => (
                <Round
                  key={round}
                  campaignId={id}
                  round={round}
                  pairs={pairs}
                  guide={d.buddyRounds.find((r) => r.round === round)}
                />
              ))}
          </Stack>
        )}
      </QueryState>
    </Page>
  );
}

function Round({
  campaignId,
  round,
  pairs,
  guide,
}: {
  campaignId: string;
  round: number;
  pairs: BuddyPairFieldsFragment[];
  guide: BuddyRoundFieldsFragment | undefined;
}) {
  const met = pairs.filter((p) => p.metAt).length;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`round-${round}`}>
      <Stack gap="sm">
        <Group gap="sm" justify="space-between">
          <Title order={2} size="h4" id={`round-${round}`}>
            Round {round}
          </Title>
          <Text size="sm" fw={600}>
            {met} of {pairs.length} {pairs.length === 1 ? 'pair' : 'pairs'} met ({percent(met / pairs.length)})
          </Text>
        </Group>
        <List spacing={6} aria-label={`Pairs of round ${round}`}>
          {pairs.map((p) => (
            <PairItem key={p.id} pair={p} />
          ))}
        </List>
        {guide && <GuideForm campaignId={campaignId} round={round} questions={guide.questions} />}
      </Stack>
    </Paper>
  );
}

function PairItem({ pair }: { pair: BuddyPairFieldsFragment }) {
  const [record] = useMutation(RecordBuddyMeetingMutation, { refetchQueries: ['CampaignBuddyPairs'] });
  const [busy, once] = useSingleFlight();
  const [error, setError] = useState<string | null>(null);
  const names = pair.members.map(memberLabel).join(' and ');
  const met = () =>
    void once(async () => {
      setError(null);
      try {
        await record({ variables: { pairId: pair.id } });
      } catch (e) {
        setError(describeError(e).message);
      }
    });
  return (
    <List.Item>
      <Group gap="xs" wrap="wrap">
        <span>{names}</span>
        {pair.metAt ? (
          <Badge color="green" variant="light">
            Met {dayLabel(pair.metAt.slice(0, 10))}
          </Badge>
        ) : (
          <Button size="compact-sm" variant="subtle" onClick={met} loading={busy} aria-label={`We met: ${names}`}>
            We met
          </Button>
        )}
        {error && (
          <Text size="sm" c="red.9" role="alert">
            {error}
          </Text>
        )}
      </Group>
    </List.Item>
  );
}

function GuideForm({ campaignId, round, questions }: { campaignId: string; round: number; questions: string[] }) {
  const [text, setText] = useState(questions.join('\n'));
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [message, setMessage] = useState<OutcomeMessage>(null);
  const [save] = useMutation(SetBuddyGuideMutation);
  const [busy, once] = useSingleFlight();
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void once(async () => {
      setMessage(null);
      const problem = guideError(text);
      setFieldError(problem);
      if (problem) return;
      try {
        await save({ variables: { campaignId, round, questions: guideQuestions(text) } });
        setMessage({ ok: true, text: 'Interview guide saved.' });
      } catch (e) {
        const described = describeError(e, ['questions']);
        if (described.fieldErrors.questions) setFieldError(described.fieldErrors.questions);
        else setMessage({ ok: false, text: described.message });
      }
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`Interview guide of round ${round}`}>
      <Stack gap="xs">
        <Textarea
          label={`Interview guide, round ${round}`}
          description="The questions each pair asks the other — one a line. Pairs see them on their campaign page."
          autosize
          minRows={3}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={fieldError}
        />
        <Group>
          <Button type="submit" variant="default" size="sm" loading={busy}>
            Save guide
          </Button>
        </Group>
        <Outcome message={message} />
      </Stack>
    </form>
  );
}
