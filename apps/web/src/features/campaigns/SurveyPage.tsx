import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Checkbox, Group, Paper, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { SurveyAnswerInput, SurveyFieldsFragment } from '../../gql/graphql';
import { describeError, Page, QueryState, useSingleFlight } from '../../shared';
import { SubmitSurveyMutation, SurveyQuery, UpdateSurveyResponseMutation } from './operations';
import { Outcome } from './Outcome';

type Answer = { text: string; choices: string[]; scale: string };
type Answers = Record<string, Answer>;
const MAX_TEXT = 5000;

/** Answering a campaign survey; once answered, the same page edits the answers while it is open. */
export function SurveyPage() {
  const { surveyId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SurveyQuery, { variables: { id: surveyId } });
  return (
    <Page title={data?.survey.title ?? 'Survey'}>
      <QueryState data={data} loading={loading} error={error} refetch={refetch}>
        {(d) => (
          <SurveyForm
            // Keyed by the survey alone: a refetch after "already answered" must not reset what was typed.
            key={d.survey.id}
            survey={d.survey}
            previous={d.mySurveyResponse ?? null}
            onAlreadyAnswered={() => void refetch()}
          />
        )}
      </QueryState>
    </Page>
  );
}

function SurveyForm({
  survey,
  previous,
  onAlreadyAnswered,
}: {
  survey: SurveyFieldsFragment;
  previous: {
    id: string;
    answers: { questionId: string; text?: string | null; choices?: string[] | null; scale?: number | null }[];
  } | null;
  onAlreadyAnswered: () => void;
}) {
  const [answers, setAnswers] = useState<Answers>(() =>
    Object.fromEntries(
      survey.questions.map((q) => {
        const a = previous?.answers.find((x) => x.questionId === q.id);
        return [q.id, { text: a?.text ?? '', choices: a?.choices ?? [], scale: a?.scale ? String(a.scale) : '' }];
      }),
    ),
  );
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(
    previous
      ? { ok: true, text: 'You have answered this survey. You can change your answers while it is open.' }
      : null,
  );
  const [submit] = useMutation(SubmitSurveyMutation);
  const [update] = useMutation(UpdateSurveyResponseMutation);
  const [saving, once] = useSingleFlight();
  const [answered, setAnswered] = useState(!!previous);
  const set = (id: string, patch: Partial<Answer>) => setAnswers((all) => ({ ...all, [id]: { ...all[id], ...patch } }));

  const closed = !!survey.closedAt;
  const tooLong = survey.questions.find((q) => answers[q.id].text.length > MAX_TEXT);
  const toInput = (): SurveyAnswerInput[] =>
    survey.questions.flatMap((q): SurveyAnswerInput[] => {
      const a = answers[q.id];
      if (q.kind === 'FREE_TEXT') return a.text.trim() ? [{ questionId: q.id, text: a.text.trim() }] : [];
      if (q.kind === 'SCALE') return a.scale ? [{ questionId: q.id, scale: Number(a.scale) }] : [];
      return a.choices.length ? [{ questionId: q.id, choices: a.choices }] : [];
    });
  const send = () =>
    void once(async () => {
      setMessage(null);
      const given = toInput();
      if (tooLong) return;
      if (given.length === 0) {
        setMessage({ ok: false, text: 'Answer at least one question.' });
        return;
      }
      const input = { surveyId: survey.id, answers: given };
      try {
        if (answered) await update({ variables: { input } });
        else await submit({ variables: { input } });
        setAnswered(true);
        setMessage({
          ok: true,
          text: answered ? 'Your answers are updated. Thank you.' : 'Thank you — your answers are in.',
        });
      } catch (error) {
        const described = describeError(error);
        if (described.code === 'CONFLICT') {
          // Answered already (another tab, a second click elsewhere): what was typed here stays; saving again updates.
          setAnswered(true);
          setMessage({
            ok: false,
            text: 'You have already answered this survey. Your answers here are kept — choose “Update my answers” to replace the earlier ones.',
          });
          onAlreadyAnswered();
        } else setMessage({ ok: false, text: described.message });
      }
    });

  return (
    <Stack gap="lg" maw={720}>
      <Text>
        {survey.anonymous
          ? 'This survey is anonymous: the results never show who answered what.'
          : 'The comms team sees who gave each answer.'}{' '}
        Answer as many questions as you like.{' '}
        <Anchor component={Link} to={`/campaigns/${survey.campaignId}`}>
          Back to the campaign
        </Anchor>
      </Text>
      {closed && (
        <Alert color="gray" title="This survey is closed">
          Answers can no longer be given or changed.
        </Alert>
      )}
      <form
        noValidate
        aria-label={survey.title}
        onSubmit={(e) => {
          e.preventDefault();
          send();
        }}
      >
        <Stack gap="md">
          {survey.questions.map((q, i) => {
            const a = answers[q.id];
            const label = `${i + 1}. ${q.prompt}`;
            return (
              <Paper withBorder p="md" key={q.id}>
                {q.kind === 'FREE_TEXT' && (
                  <Textarea
                    label={label}
                    autosize
                    minRows={3}
                    disabled={closed}
                    value={a.text}
                    onChange={(e) => set(q.id, { text: e.currentTarget.value })}
                    error={a.text.length > MAX_TEXT ? `An answer can be at most ${MAX_TEXT} characters` : null}
                  />
                )}
                {q.kind === 'SINGLE_CHOICE' && (
                  <Radio.Group label={label} value={a.choices[0] ?? ''} onChange={(v) => set(q.id, { choices: [v] })}>
                    <Stack gap="xs" mt="xs">
                      {q.options.map((o) => (
                        <Radio key={o} value={o} label={o} disabled={closed} />
                      ))}
                    </Stack>
                  </Radio.Group>
                )}
                {q.kind === 'MULTIPLE_CHOICE' && (
                  <Checkbox.Group label={label} value={a.choices} onChange={(v) => set(q.id, { choices: v })}>
                    <Stack gap="xs" mt="xs">
                      {q.options.map((o) => (
                        <Checkbox key={o} value={o} label={o} disabled={closed} />
                      ))}
                    </Stack>
                  </Checkbox.Group>
                )}
                {q.kind === 'SCALE' && (
                  <Radio.Group
                    label={label}
                    description="1 is the lowest, 5 the highest"
                    value={a.scale}
                    onChange={(v) => set(q.id, { scale: v })}
                  >
                    <Group gap="md" mt="xs">
                      {['1', '2', '3', '4', '5'].map((n) => (
                        <Radio key={n} value={n} label={n} disabled={closed} />
                      ))}
                    </Group>
                  </Radio.Group>
                )}
              </Paper>
            );
          })}
          {!closed && (
            <Group gap="sm">
              <Button type="submit" loading={saving}>
                {answered ? 'Update my answers' : 'Send my answers'}
              </Button>
            </Group>
          )}
          <Outcome message={message} />
        </Stack>
      </form>
    </Stack>
  );
}
