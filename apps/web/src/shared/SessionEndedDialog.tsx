import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ResumeSessionMutation } from '../session/operations';
import { useMe, useSession } from '../session/SessionProvider';
import { applyApiError } from './forms';

/**
 * Shown over the open page when the API ended the session (signed out in another tab,
 * or away too long): the same person signs in again and carries on where they were,
 * with everything they typed still in place.
 */
export function SessionEndedDialog({ opened }: { opened: boolean }) {
  const { me } = useMe();
  const { resume, signOut } = useSession();
  const navigate = useNavigate();
  const [login, { loading }] = useMutation(ResumeSessionMutation);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { password: '' },
    validate: { password: (value) => (value ? null : 'Enter your password') },
  });
  const email = me?.user.email;

  const submit = form.onSubmit(async ({ password }) => {
    if (!email) return;
    setMessage(null);
    try {
      const { data } = await login({
        variables: { input: { email, password, organisationId: me?.organisation.id } },
      });
      if (data) {
        form.reset();
        resume(data.login);
      }
    } catch (error) {
      setMessage(applyApiError(form, error).formMessage);
    }
  });

  return (
    <Modal
      opened={opened}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title="Please sign in again"
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            Your session has ended — perhaps you signed out in another tab. Sign in again to carry on: what you typed on
            this page is kept.
          </Text>
          {message && (
            <Alert color="red" role="alert" title="We could not sign you in">
              {message}
            </Alert>
          )}
          <Text size="sm">
            Signing in as <strong>{email}</strong>
          </Text>
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            data-autofocus
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <Group justify="space-between" wrap="wrap">
            <Button variant="subtle" onClick={() => void signOut().then(() => navigate('/sign-in'))}>
              Sign in as someone else
            </Button>
            <Button type="submit" loading={loading}>
              Sign in and carry on
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
