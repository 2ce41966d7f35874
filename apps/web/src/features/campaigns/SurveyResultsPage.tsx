import { useApolloClient, useQuery } from '@apollo/client/react';
import { BarChart } from '@mantine/charts';
import { Alert, Anchor, Button, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useReducedMotion } from '@mantine/hooks';
import { Link, useParams } from 'react-router';
import { EmptyState, Page, QueryState, useCsvDownload } from '../../shared';
import { ChartFigure } from '../../shared/charts';
import { ExportSurveyResultsQuery, SurveyResultsQuery } from './operations';

/** Comms: a survey's results — a chart and table per choice or scale question, every free-text answer. */
export function SurveyResultsPage() {
  const { surveyId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SurveyResultsQuery, { variables: { surveyId } });
  const client = useApolloClient();
  const reduceMotion = useReducedMotion();
  const csv = useCsvDownload(
    async () => {
      const result = await client.query({
        query: ExportSurveyResultsQuery,
        variables: { surveyId },
        fetchPolicy: 'no-cache',
      });
      if (!result.data) throw new Error('The export came back empty');
      return result.data.exportSurveyResults;
    },
    `survey-results-${surveyId.slice(0, 8)}.csv`,
  );
  const title = data ? `Results: ${data.surveyResults.survey.title}` : 'Survey results';
  return (
    <Page
      title={title}
      actions={
        <Button variant="default" onClick={csv.download} loading={csv.downloading} disabled={!data}>
          Download CSV
        </Button>
      }
    >
      {csv.error && (
        <Alert color="red" role="alert" title="The download did not work">
          {csv.error}
        </Alert>
      )}
      <QueryState
        data={data}
        loading={loading}
        error={error}
        refetch={refetch}
        isEmpty={(d) => d.surveyResults.responses === 0}
        empty={
          <EmptyState title="No answers yet">
            Participants find the survey on the campaign’s page.{' '}
            {data?.surveyResults.withheldBelow
              ? `As the survey is anonymous, results appear once at least ${data.surveyResults.withheldBelow} people have answered.`
              : 'Results appear here as answers come in.'}
          </EmptyState>
        }
      >
        {(d) => {
          const r = d.surveyResults;
          return (
            <Stack gap="lg">
              <Text>
                {r.responses} {r.responses === 1 ? 'person has' : 'people have'} answered.{' '}
                <Anchor component={Link} to={`/campaigns/${r.survey.campaignId}/surveys`}>
                  All surveys of the campaign
                </Anchor>
              </Text>
              {r.withheldBelow != null && <WithheldNotice threshold={r.withheldBelow} responses={r.responses} />}
              {r.questions.map((q, i) => {
                const id = `question-${i + 1}`;
                const title = `${i + 1}. ${q.prompt}`;
                if (q.kind === 'FREE_TEXT') {
                  return (
                    <Paper withBorder p="md" component="section" aria-labelledby={id} key={q.questionId}>
                      <Stack gap="sm">
                        <Title order={2} size="h4" id={id}>
                          {title}
                        </Title>
                        <Text size="sm">
                          {q.answered === 0
                            ? 'No answers to this question yet.'
                            : `${q.answered} ${q.answered === 1 ? 'answer' : 'answers'}, every one below.`}
                        </Text>
                        {q.texts.length > 0 && (
                          <List spacing="xs" aria-label={`Answers to question ${i + 1}`}>
                            {q.texts.map((t, n) => (
                              <List.Item key={n} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                                {t}
                              </List.Item>
                            ))}
                          </List>
                        )}
                      </Stack>
                    </Paper>
                  );
                }
                const top = [...q.distribution].sort((a, b) => b.count - a.count)[0];
                return (
                  <ChartFigure
                    key={q.questionId}
                    id={id}
                    title={title}
                    summary={
                      q.kind === 'SCALE'
                        ? `${q.answered} answered; the average is ${q.average === null || q.average === undefined ? 'not known' : (Math.round(q.average * 10) / 10).toString()} out of 5.`
                        : `${q.answered} answered; most chose “${top?.key ?? '—'}” (${top?.count ?? 0}).`
                    }
                    children={
                      <BarChart
                        h={Math.max(160, q.distribution.length * 40)}
                        data={q.distribution.map((x) => ({ key: x.key, Answers: x.count }))}
                        dataKey="key"
                        orientation="vertical"
                        yAxisProps={{ width: 140 }}
                        series={[{ name: 'Answers', color: 'blue.8' }]}
                        barProps={{ isAnimationActive: !reduceMotion }}
                        barChartProps={{ accessibilityLayer: false }}
                      />
                    }
                    alternative={
                      <Table striped>
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th scope="col">{q.kind === 'SCALE' ? 'Point' : 'Choice'}</Table.Th>
                            <Table.Th scope="col">Answers</Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {q.distribution.map((x) => (
                            <Table.Tr key={x.key}>
                              <Table.Th scope="row" fw={500}>
                                {x.key}
                              </Table.Th>
                              <Table.Td>{x.count}</Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    }
                  />
                );
              })}
            </Stack>
          );
        }}
      </QueryState>
    </Page>
  );
}

/**
 * An anonymous survey's results stay hidden until enough people have answered: with only a few answers,
 * colleagues could tell who said what.
 */
export function WithheldNotice({ threshold, responses }: { threshold: number; responses: number }) {
  const more = Math.max(0, threshold - responses);
  return (
    <Alert color="blue" title="Results are hidden for now" role="status">
      Results appear once at least {threshold} people have answered — {responses} so far, so{' '}
      {more === 1 ? '1 more answer is' : `${more} more answers are`} needed. The survey is anonymous, and with fewer
      answers people could be recognised from what they said.
    </Alert>
  );
}
