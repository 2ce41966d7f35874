import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { describeError } from '../../shared';
import {
  CancelErasureMutation,
  MyPrivacyRequestsQuery,
  RequestDataExportMutation,
  RequestErasureMutation,
} from './my-data-operations';

const WHEN = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

function wordsFor(error: unknown): string {
  const described = describeError(error);
  if (described.reason === 'LAST_ADMIN') {
    return 'You are the only admin of this organisation. Make someone else an admin before asking to be erased.';
  }
  return described.message;
}

/**
 * "Your data": download a copy of everything held about you (a single-use link is e-mailed),
 * or ask for your account to be erased after a cooling-off you can call off.
 */
export function MyDataSection() {
  const { data, refetch } = useQuery(MyPrivacyRequestsQuery, { fetchPolicy: 'cache-and-network' });
  const [requestExport, exporting] = useMutation(RequestDataExportMutation);
  const [requestErasure, erasing] = useMutation(RequestErasureMutation);
  const [cancelErasure, cancelling] = useMutation(CancelErasureMutation);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const requests = data?.myPrivacyRequests ?? [];
  const pendingExport = requests.find((r) => r.kind === 'EXPORT' && r.status === 'PENDING');
  const pendingErasure = requests.find((r) => r.kind === 'ERASURE' && r.status === 'PENDING');

  async function download() {
    setMessage(null);
    try {
      await requestExport();
      await refetch();
      setMessage({
        ok: true,
        text: 'We are preparing your data. We will e-mail you a link to download it when it is ready.',
      });
    } catch (error) {
      setMessage({ ok: false, text: wordsFor(error) });
    }
  }

  async function erase() {
    setMessage(null);
    try {
      await requestErasure();
      await refetch();
      setConfirming(false);
    } catch (error) {
      setConfirming(false);
      setMessage({ ok: false, text: wordsFor(error) });
    }
  }

  async function keep() {
    setMessage(null);
    try {
      await cancelErasure();
      await refetch();
      setMessage({ ok: true, text: 'Your account will not be erased.' });
    } catch (error) {
      setMessage({ ok: false, text: wordsFor(error) });
    }
  }

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="my-data">
      <Stack gap="sm">
        <Title order={2} size="h3" id="my-data">
          Your data
        </Title>
        <Text size="sm">
          Download a copy of everything Crowdcomms holds about you in this organisation: your profile, sign-ups, tasks,
          posts, campaign shares, survey answers, notifications and more. We e-mail you a link that works once.
        </Text>
        {message && (
          <Alert color={message.ok ? 'green' : 'red'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </Alert>
        )}
        {pendingErasure?.notBefore && (
          <Alert color="orange" role="status" title="Your account is due to be erased">
            We will erase your account and everything held about you here on{' '}
            <time dateTime={pendingErasure.notBefore}>{WHEN.format(new Date(pendingErasure.notBefore))}</time>. You can
            change your mind until then.
          </Alert>
        )}
        <Group gap="sm">
          <Button onClick={download} loading={exporting.loading} disabled={exporting.loading || !!pendingExport}>
            {pendingExport ? 'Preparing your data…' : 'Download my data'}
          </Button>
          {pendingErasure ? (
            <Button variant="default" onClick={keep} loading={cancelling.loading} disabled={cancelling.loading}>
              Keep my account
            </Button>
          ) : (
            <Button color="red.9" variant="outline" onClick={() => setConfirming(true)}>
              Erase my account
            </Button>
          )}
        </Group>
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title="Erase your account?"
        centered
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        <Stack gap="sm">
          <Text size="sm">
            After a short cooling-off period we erase your profile, sign-ups, tasks, posts, shares, answers and messages
            in this organisation. Posts and comments that colleagues replied to stay, from “a former member” — without
            your words, unless your organisation has chosen to keep them. This cannot be undone once it is done, but you
            can change your mind until then.
          </Text>
          <Text size="sm">If you hold a place on a task, it goes back to the comms team.</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button color="red.9" onClick={erase} loading={erasing.loading} disabled={erasing.loading}>
              Yes, erase my account
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
