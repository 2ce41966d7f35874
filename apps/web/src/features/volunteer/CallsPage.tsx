import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link } from 'react-router';
import { applyApiError, EmptyState, Page, QueryState } from '../../shared';
import type { VolunteerOpenCallsQuery } from '../../gql/graphql';
import { formatDate, SIGN_UP_STAGES } from './labels';
import { OpenCallsQuery, SignUpForCallMutation } from './operations';

type Call = VolunteerOpenCallsQuery['ambassadorCalls']['edges'][number]['node'];

interface SignUpValues {
  motivation: string;
  ideas: string;
  availability: string;
  availableHoursPerMonth: number | string;
}

/** The same limits as the API's AmbassadorSignUpInput. */
function validate(values: SignUpValues) {
  return {
    motivation: !values.motivation.trim()
      ? 'Tell the comms team why you want to help'
      : values.motivation.length > 4000
        ? 'Motivation must be 4 000 characters or fewer'
        : null,
    ideas: values.ideas.length > 4000 ? 'Ideas must be 4 000 characters or fewer' : null,
    availability: values.availability.length > 500 ? 'Availability must be 500 characters or fewer' : null,
    availableHoursPerMonth:
      values.availableHoursPerMonth !== '' &&
      (Number(values.availableHoursPerMonth) < 0 ||
        Number(values.availableHoursPerMonth) > 200 ||
        !Number.isInteger(Number(values.availableHoursPerMonth)))
        ? 'Hours a month must be a whole number from 0 to 200'
        : null,
  };
}

export function SignUpForm({
  call,
  onDone,
  refetch = ['VolunteerOpenCalls'],
}: {
  call: Pick<Call, 'id' | 'title'>;
  onDone: () => void;
  /** The queries (by operation name) that show the new sign-up. */
  refetch?: string[];
}) {
  const [signUp, { loading }] = useMutation(SignUpForCallMutation, {
    refetchQueries: refetch,
    awaitRefetchQueries: true,
  });
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<SignUpValues>({
    mode: 'uncontrolled',
    initialValues: { motivation: '', ideas: '', availability: '', availableHoursPerMonth: '' },
    validate,
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        setMessage(null);
        try {
          await signUp({
            variables: {
              input: {
                callId: call.id,
                motivation: values.motivation.trim(),
                ideas: values.ideas.trim() || undefined,
                availability: values.availability.trim() || undefined,
                availableHoursPerMonth:
                  values.availableHoursPerMonth === '' ? undefined : Number(values.availableHoursPerMonth),
              },
            },
          });
          onDone();
        } catch (error) {
          const d = applyApiError(form, error);
          setMessage(
            d.reason === 'ALREADY_SIGNED_UP'
              ? 'You have already signed up to this call.'
              : d.code === 'CONFLICT'
                ? 'This call is no longer taking sign-ups.'
                : d.message,
          );
        }
      })}
    >
      <Stack gap="md">
        <Text size="sm">
          By signing up you share a summary of your profile (headline, skills and hours) with the comms team.
        </Text>
        {message && (
          <Alert color="red" role="alert" title="We could not sign you up">
            {message}
          </Alert>
        )}
        <Textarea
          label="Motivation"
          description="Why you want to help"
          required
          autosize
          minRows={3}
          maxLength={4000}
          key={form.key('motivation')}
          {...form.getInputProps('motivation')}
        />
        <Textarea
          label="Ideas"
          description="What could the comms team do differently? (optional)"
          autosize
          minRows={2}
          maxLength={4000}
          key={form.key('ideas')}
          {...form.getInputProps('ideas')}
        />
        <TextInput
          label="Availability"
          description="When you can help, e.g. “Tuesday afternoons” (optional)"
          maxLength={500}
          key={form.key('availability')}
          {...form.getInputProps('availability')}
        />
        <NumberInput
          label="Hours a month"
          description="How many hours a month you could give, 0 to 200 (optional)"
          min={0}
          max={200}
          allowDecimal={false}
          allowNegative={false}
          key={form.key('availableHoursPerMonth')}
          {...form.getInputProps('availableHoursPerMonth')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            Send my sign-up
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function CallsPage() {
  const { data, loading, error, refetch } = useQuery(OpenCallsQuery);
  const [open, setOpen] = useState<Call | null>(null);
  const [thanks, setThanks] = useState<string | null>(null);
  return (
    <Page title="Ambassador calls">
      <Text>The comms team asks for ambassadors here. Sign up to a call that interests you.</Text>
      {thanks && (
        <Alert color="blue" role="status" title="Thank you for signing up">
          {thanks}
        </Alert>
      )}
      <QueryState
        data={data}
        loading={loading}
        error={error}
        refetch={refetch}
        isEmpty={(d) => d.ambassadorCalls.edges.length === 0}
        empty={
          <EmptyState title="No open calls right now">
            When the comms team posts a call for ambassadors it appears here, and you get a notification if it fits your
            skills.
          </EmptyState>
        }
      >
        {(d) => {
          const mine = new Map(d.mySignUps.edges.map((e) => [e.node.callId, e.node]));
          return (
            <Stack gap="md">
              {d.ambassadorCalls.edges.map(({ node: call }) => {
                const signUp = mine.get(call.id);
                return (
                  <Card key={call.id} withBorder padding="md" component="article" aria-labelledby={`call-${call.id}`}>
                    <Stack gap="sm">
                      <Title order={2} size="h3" id={`call-${call.id}`}>
                        <Anchor component={Link} to={`/calls/${call.id}`} inherit>
                          {call.title}
                        </Anchor>
                      </Title>
                      {call.closesAt && <Text size="sm">Sign-ups close {formatDate(call.closesAt)}</Text>}
                      <Text style={{ whiteSpace: 'pre-line' }}>{call.pitch}</Text>
                      {call.skillsSought.length > 0 && (
                        <Group gap="xs" aria-label="Skills sought">
                          <Text size="sm" fw={600}>
                            Skills sought:
                          </Text>
                          {call.skillsSought.map((s) => (
                            <Badge key={s.id} variant="light">
                              {s.name}
                            </Badge>
                          ))}
                        </Group>
                      )}
                      {signUp ? (
                        <Alert variant="light" color="blue" title="You have signed up">
                          <Text size="sm">
                            Stage: <strong>{SIGN_UP_STAGES[signUp.status].label}</strong> (since{' '}
                            {formatDate(signUp.statusChangedAt)}). {SIGN_UP_STAGES[signUp.status].explain}
                          </Text>
                        </Alert>
                      ) : (
                        <Group>
                          <Button onClick={() => setOpen(call)} aria-label={`Sign up to ${call.title}`}>
                            Sign up
                          </Button>
                        </Group>
                      )}
                    </Stack>
                  </Card>
                );
              })}
            </Stack>
          );
        }}
      </QueryState>
      <Modal
        closeButtonProps={{ 'aria-label': 'Close' }}
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open ? `Sign up: ${open.title}` : ''}
        size="lg"
      >
        {open && (
          <SignUpForm
            call={open}
            onDone={() => {
              setThanks(`The comms team has your sign-up for “${open.title}” and will be in touch.`);
              setOpen(null);
            }}
          />
        )}
      </Modal>
    </Page>
  );
}
