import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { SurveyQuestionKind } from '../../gql/graphql';
import { applyApiError, describeError, EmptyState, Page, QueryState, useSingleFlight } from '../../shared';
import { dayLabel, QUESTION_KINDS } from './labels';
import { CampaignOverviewQuery, CloseSurveyMutation, CreateSurveyMutation } from './operations';
import { Outcome } from './Outcome';

interface QuestionDraft {
  kind: SurveyQuestionKind;
  prompt: string;
  options: string;
}

interface Values {
  title: string;
  anonymous: boolean;
  closingTemplate: boolean;
  questions: QuestionDraft[];
}

const optionsOf = (text: string) =>
  text
    .split('\n')
    .map((o) => o.trim())
    .filter(Boolean);
const isChoice = (kind: SurveyQuestionKind) => kind === 'SINGLE_CHOICE' || kind === 'MULTIPLE_CHOICE';

/** Comms: the campaign's surveys, their results, and the builder for a new one. */
export function SurveysPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CampaignOverviewQuery, { variables: { id } });
  const [close] = useMutation(CloseSurveyMutation);
  const [closing, once] = useSingleFlight();
  const [closeError, setCloseError] = useState<string | null>(null);
  return (
    <Page title="Campaign surveys">
      <QueryState data={data} loading={loading} error={error} refetch={refetch}>
        {(d) => (
          <Stack gap="lg">
            <Text>
              Surveys of{' '}
              <Anchor component={Link} to={`/campaigns/${d.campaign.id}`}>
                {d.campaign.name}
              </Anchor>
              . Participants find open surveys on the campaign’s page.
            </Text>
            {closeError && (
              <Alert color="red" role="alert">
                {closeError}
              </Alert>
            )}
            {d.campaignSurveys.length === 0 ? (
              <EmptyState title="No surveys yet">
                Start with the closing questions below — what people shared, what stopped them, what help they need.
              </EmptyState>
            ) : (
              <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {d.campaignSurveys.map((s) => (
                  <Paper withBorder p="sm" key={s.id} component="li">
                    <Group justify="space-between" wrap="wrap" gap="sm">
                      <Stack gap={2}>
                        <Group gap="xs">
                          <Text fw={600}>{s.title}</Text>
                          <Badge variant="light" color={s.closedAt ? 'gray' : 'green'}>
                            {s.closedAt ? 'Closed' : 'Open'}
                          </Badge>
                          {s.anonymous && <Badge variant="light">Anonymous</Badge>}
                        </Group>
                        <Text size="sm" c="dimmed">
                          {s.questions.length} questions · created {dayLabel(s.createdAt.slice(0, 10))}
                        </Text>
                      </Stack>
                      <Group gap="xs">
                        <Button
                          component={Link}
                          to={`/campaigns/surveys/${s.id}/results`}
                          variant="light"
                          size="sm"
                          aria-label={`Results of ${s.title}`}
                        >
                          Results
                        </Button>
                        {!s.closedAt && (
                          <Button
                            variant="default"
                            size="sm"
                            loading={closing}
                            onClick={() =>
                              void once(async () => {
                                setCloseError(null);
                                try {
                                  await close({ variables: { id: s.id } });
                                } catch (e) {
                                  setCloseError(describeError(e).message);
                                }
                              })
                            }
                            aria-label={`Close ${s.title}`}
                          >
                            Close
                          </Button>
                        )}
                      </Group>
                    </Group>
                  </Paper>
                ))}
              </Stack>
            )}
            <SurveyBuilder campaignId={d.campaign.id} />
          </Stack>
        )}
      </QueryState>
    </Page>
  );
}

function SurveyBuilder({ campaignId }: { campaignId: string }) {
  const [create] = useMutation(CreateSurveyMutation, { refetchQueries: ['CampaignOverview'] });
  const [saving, once] = useSingleFlight();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm<Values>({
    initialValues: { title: '', anonymous: false, closingTemplate: true, questions: [] },
    validate: {
      title: (v) =>
        v.trim() === '' ? 'Give the survey a title' : v.length > 200 ? 'A title can be at most 200 characters' : null,
      questions: {
        prompt: (v) =>
          v.trim() === '' ? 'Write the question' : v.length > 500 ? 'A question can be at most 500 characters' : null,
        options: (v, values, path) => {
          const index = Number(path.split('.')[1]);
          if (!isChoice(values.questions[index].kind)) return null;
          const options = optionsOf(v);
          if (new Set(options).size < 2) return 'Write at least two different choices, one a line';
          if (options.length > 20) return 'Write at most 20 choices';
          if (options.some((o) => o.length > 200)) return 'Each choice can be at most 200 characters';
          return null;
        },
      },
    },
  });
  const submit = form.onSubmit((values) => {
    if (!values.closingTemplate && values.questions.length === 0) {
      setMessage({ ok: false, text: 'Add a question, or start with the closing questions.' });
      return;
    }
    void once(async () => {
      setMessage(null);
      try {
        await create({
          variables: {
            input: {
              campaignId,
              title: values.title.trim(),
              anonymous: values.anonymous,
              closingTemplate: values.closingTemplate,
              questions: values.questions.map((q) => ({
                kind: q.kind,
                prompt: q.prompt.trim(),
                ...(isChoice(q.kind) ? { options: [...new Set(optionsOf(q.options))] } : {}),
              })),
            },
          },
        });
        setMessage({ ok: true, text: `“${values.title.trim()}” is open for answers.` });
        form.reset();
      } catch (error) {
        const { formMessage } = applyApiError(form, error);
        if (formMessage) setMessage({ ok: false, text: formMessage });
      }
    });
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="builder-heading">
      <form onSubmit={submit} noValidate aria-label="New survey">
        <Stack gap="md">
          <Title order={2} size="h4" id="builder-heading">
            New survey
          </Title>
          <TextInput label="Title" required maxLength={200} {...form.getInputProps('title')} />
          <Checkbox
            label="Start with the closing questions (what you shared, what stopped you, what help you need)"
            {...form.getInputProps('closingTemplate', { type: 'checkbox' })}
          />
          <Checkbox
            label="Anonymous: results never show who answered what"
            {...form.getInputProps('anonymous', { type: 'checkbox' })}
          />
          {form.values.questions.map((q, i) => (
            <Paper withBorder p="sm" key={i} component="fieldset" style={{ margin: 0 }}>
              <Stack gap="xs">
                <Group justify="space-between">
                  <Text component="legend" fw={600}>
                    Question {i + 1}
                  </Text>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Remove question ${i + 1}`}
                    onClick={() => form.removeListItem('questions', i)}
                  >
                    ×
                  </ActionIcon>
                </Group>
                <Select
                  label={`Kind of question ${i + 1}`}
                  allowDeselect={false}
                  data={Object.entries(QUESTION_KINDS).map(([value, label]) => ({ value, label }))}
                  w={220}
                  {...form.getInputProps(`questions.${i}.kind`)}
                />
                <TextInput
                  label={`Question ${i + 1}`}
                  required
                  maxLength={500}
                  {...form.getInputProps(`questions.${i}.prompt`)}
                />
                {isChoice(q.kind) && (
                  <Textarea
                    label={`Choices for question ${i + 1}`}
                    description="One a line, 2 to 20"
                    autosize
                    minRows={2}
                    {...form.getInputProps(`questions.${i}.options`)}
                  />
                )}
              </Stack>
            </Paper>
          ))}
          <Group gap="sm">
            <Button
              variant="default"
              onClick={() => form.insertListItem('questions', { kind: 'FREE_TEXT', prompt: '', options: '' })}
              disabled={form.values.questions.length >= 50}
            >
              Add a question
            </Button>
            <Button type="submit" loading={saving}>
              Create survey
            </Button>
          </Group>
          <Outcome message={message} />
        </Stack>
      </form>
    </Paper>
  );
}
