import { useMutation, useQuery } from '@apollo/client/react';
import { Blockquote, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { SuggestionSource, VolunteerSkillSuggestionsQuery } from '../../gql/graphql';
import { describeError, QueryState, useSingleFlight } from '../../shared';
import { levelLabel, SKILL_LEVELS } from './labels';
import { AcceptSkillSuggestionMutation, DismissSkillSuggestionMutation, SkillSuggestionsQuery } from './operations';

type Suggestion = VolunteerSkillSuggestionsQuery['mySkillSuggestions'][number];

const LEVEL_OPTIONS = SKILL_LEVELS.map((l) => ({ value: String(l.value), label: l.label }));
const LEVEL_HINT = SKILL_LEVELS.map((l) => `${l.label}: ${l.hint}`).join('. ') + '.';
const FROM: Record<SuggestionSource, string> = { HEADLINE: 'your headline', BIO: 'your bio', CV: 'your CV' };

function SuggestionCard({ suggestion, onDone }: { suggestion: Suggestion; onDone: (text: string) => void }) {
  const [level, setLevel] = useState<string | null>('3');
  const [error, setError] = useState<string | null>(null);
  const [busy, run] = useSingleFlight();
  const refetchQueries = [SkillSuggestionsQuery];
  const [accept] = useMutation(AcceptSkillSuggestionMutation, { refetchQueries, awaitRefetchQueries: true });
  const [dismiss] = useMutation(DismissSkillSuggestionMutation, { refetchQueries, awaitRefetchQueries: true });
  const name = suggestion.skill.name;
  const act = (work: () => Promise<unknown>, done: string) =>
    void run(async () => {
      setError(null);
      try {
        await work();
        onDone(done);
      } catch (e) {
        setError(describeError(e).message);
      }
    });
  return (
    <Card withBorder padding="sm" component="li" aria-labelledby={`suggestion-${suggestion.id}`}>
      <Stack gap="xs">
        <Text fw={700} id={`suggestion-${suggestion.id}`}>
          {name}
        </Text>
        <Blockquote
          p="xs"
          color="gray"
          cite={`From ${FROM[suggestion.source]}`}
          styles={{ cite: { fontSize: 'var(--mantine-font-size-xs)' } }}
        >
          <Text size="sm">{suggestion.sentence}</Text>
        </Blockquote>
        <Group gap="xs" align="flex-end" wrap="wrap">
          <Select
            label="Your level"
            // The card names the skill; the field's name says it too, for a screen reader's list of fields.
            aria-label={`Your level in ${name}`}
            data={LEVEL_OPTIONS}
            value={level}
            onChange={setLevel}
            allowDeselect={false}
            w={{ base: '100%', xs: 200 }}
          />
          <Group gap="xs">
            <Button
              loading={busy}
              onClick={() =>
                act(
                  () => accept({ variables: { input: { suggestionId: suggestion.id, level: Number(level) } } }),
                  `${name} added to your skills as ${levelLabel(Number(level)).toLowerCase()}.`,
                )
              }
              aria-label={`Add ${name}`}
            >
              Add
            </Button>
            <Button
              variant="default"
              disabled={busy}
              onClick={() =>
                act(
                  () => dismiss({ variables: { input: { suggestionId: suggestion.id } } }),
                  `We will not suggest ${name} again.`,
                )
              }
              aria-label={`${name} is not for me`}
            >
              Not for me
            </Button>
          </Group>
        </Group>
        {error && (
          <Text size="sm" c="red.9" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/**
 * Skills named in the member's own headline, bio and CV, with the sentence that named each: one
 * click adds one at a level, or sets it aside for good. Only the member sees these.
 */
export function SkillSuggestions() {
  const { data, loading, error, refetch } = useQuery(SkillSuggestionsQuery);
  const [status, setStatus] = useState<string>('');
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="skill-suggestions">
      <Stack gap="sm">
        <Title order={2} size="h3" id="skill-suggestions">
          Suggested from your profile text
        </Title>
        <Text size="sm">
          Skills we found in your headline, bio and CV that are not on your profile yet. Only you see these.
        </Text>
        <Text size="xs" c="dimmed">
          {LEVEL_HINT}
        </Text>
        <QueryState data={data} loading={loading} error={error} refetch={refetch}>
          {(d) =>
            d.mySkillSuggestions.length === 0 ? (
              <Text size="sm" c="dimmed">
                No suggestions just now. Paste your CV under “About me” and save: we suggest the skills it mentions.
              </Text>
            ) : (
              <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Suggested skills">
                {d.mySkillSuggestions.map((s) => (
                  <SuggestionCard key={s.id} suggestion={s} onDone={setStatus} />
                ))}
              </Stack>
            )
          }
        </QueryState>
        <Text size="sm" role="status" aria-live="polite">
          {status}
        </Text>
      </Stack>
    </Card>
  );
}
