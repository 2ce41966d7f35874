import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, CopyButton, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { VolunteerCallQuery as CallData } from '../../gql/graphql';
import { describeError, Page, QueryState, StatusNotice, useSingleFlight } from '../../shared';
import { SignUpForm } from './CallsPage';
import { channelsInWords, formatDate, levelLabel, SIGN_UP_STAGES } from './labels';
import { CopyIntakeMutation, VolunteerCallQuery } from './operations';

type MySignUp = CallData['mySignUps']['edges'][number]['node'];

/** The call's own page: the link comms share in the intranet and e-mails. */
export function CallPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(VolunteerCallQuery, { variables: { id } });
  const [signingUp, setSigningUp] = useState(false);
  const [thanks, setThanks] = useState<string | null>(null);
  const call = data?.ambassadorCall;
  return (
    <Page title={call?.title ?? 'Ambassador call'}>
      <QueryState data={data} loading={loading} error={error} refetch={refetch}>
        {(d) => {
          const c = d.ambassadorCall;
          const signUp = d.mySignUps.edges[0]?.node;
          const open = c.status === 'OPEN' && (!c.closesAt || new Date(c.closesAt) > new Date());
          return (
            <Stack gap="md">
              {thanks && (
                <Alert color="blue" role="status" title="Thank you for signing up">
                  {thanks}
                </Alert>
              )}
              <Card withBorder padding="md">
                <Stack gap="sm">
                  {c.closesAt && <Text size="sm">Sign-ups close {formatDate(c.closesAt)}</Text>}
                  {!open && <Badge color="gray">No longer taking sign-ups</Badge>}
                  <Text style={{ whiteSpace: 'pre-line' }}>{c.pitch}</Text>
                  {c.skillsSought.length > 0 && (
                    <Group gap="xs" aria-label="Skills sought">
                      <Text size="sm" fw={600}>
                        Skills sought:
                      </Text>
                      {c.skillsSought.map((s) => (
                        <Badge key={s.id} variant="light">
                          {s.name}
                        </Badge>
                      ))}
                    </Group>
                  )}
                  <Group gap="sm">
                    {!signUp && open && <Button onClick={() => setSigningUp(true)}>Sign up</Button>}
                    <CopyButton value={c.link}>
                      {({ copied, copy }) => (
                        <Button variant="default" onClick={copy}>
                          {copied ? 'Link copied' : 'Copy link'}
                        </Button>
                      )}
                    </CopyButton>
                    <Button component={Link} to="/calls" variant="subtle">
                      All open calls
                    </Button>
                  </Group>
                </Stack>
              </Card>
              {signUp && <MySignUpPanel signUp={signUp} />}
              <Modal
                closeButtonProps={{ 'aria-label': 'Close' }}
                opened={signingUp}
                onClose={() => setSigningUp(false)}
                title={`Sign up: ${c.title}`}
                size="lg"
              >
                <SignUpForm
                  call={c}
                  refetch={['VolunteerCall']}
                  onDone={() => {
                    setThanks(`The comms team has your sign-up for “${c.title}” and will be in touch.`);
                    setSigningUp(false);
                  }}
                />
              </Modal>
            </Stack>
          );
        }}
      </QueryState>
    </Page>
  );
}

/** Your sign-up, and what the comms team recorded from your chat, for you to copy to your profile if you agree. */
function MySignUpPanel({ signUp }: { signUp: MySignUp }) {
  const [copyIntake] = useMutation(CopyIntakeMutation, { refetchQueries: ['VolunteerCall'] });
  const [busy, once] = useSingleFlight();
  const [message, setMessage] = useState<{ tone: 'green' | 'red'; text: string } | null>(null);
  const intake = signUp.intake;
  const copy = () =>
    once(async () => {
      setMessage(null);
      try {
        await copyIntake({ variables: { input: { signUpId: signUp.id, skills: true, availability: true } } });
        setMessage({ tone: 'green', text: 'Copied: your profile now shows these skills and hours.' });
      } catch (e) {
        setMessage({ tone: 'red', text: describeError(e).message });
      }
    });
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="my-sign-up">
      <Stack gap="sm">
        <Title order={2} size="h3" id="my-sign-up">
          Your sign-up
        </Title>
        <Text size="sm">
          Stage: <strong>{SIGN_UP_STAGES[signUp.status].label}</strong> (since {formatDate(signUp.statusChangedAt)}).{' '}
          {SIGN_UP_STAGES[signUp.status].explain}
        </Text>
        {intake && (
          <Stack gap="xs">
            <Title order={3} size="h4">
              From your chat with the comms team
            </Title>
            <List size="sm" spacing={4}>
              {intake.channels.length > 0 && (
                <List.Item>Where you are online: {channelsInWords(intake.channels, intake.channelsOther)}</List.Item>
              )}
              {intake.confidence.map((c) => (
                <List.Item key={c.skill?.id ?? c.level}>
                  {c.skill?.name ?? 'A skill'}: {levelLabel(c.level)} ({c.level} of 5)
                </List.Item>
              ))}
              {intake.wantsToDo && <List.Item>What you want to do: {intake.wantsToDo}</List.Item>}
              {intake.hoursPerMonth !== null && intake.hoursPerMonth !== undefined && (
                <List.Item>Hours a month: {intake.hoursPerMonth}</List.Item>
              )}
            </List>
            <StatusNotice notice={message} />
            {intake.copiedToProfileAt ? (
              <Text size="sm">You copied this to your profile on {formatDate(intake.copiedToProfileAt)}.</Text>
            ) : (
              <Group gap="sm" align="center">
                <Button loading={busy} onClick={() => void copy()}>
                  Copy to my profile
                </Button>
                <Text size="sm" c="dimmed">
                  Adds these skills at these levels and sets your hours a month, which matching uses. Nothing is copied
                  unless you choose to.
                </Text>
              </Group>
            )}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
