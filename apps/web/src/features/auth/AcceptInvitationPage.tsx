import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { applyApiError, NotFoundContent, Page, useSession } from '../../shared';
import { tokenFromHash } from './link-token';
import { AcceptInvitationMutation } from './operations';

export function AcceptInvitationPage() {
  const { begin } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const token = tokenFromHash(location.hash);
  const [accept, { loading }] = useMutation(AcceptInvitationMutation);
  const [message, setMessage] = useState<string | null>(null);
  const [notFound, setNotFound] = useState(false);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { displayName: '', password: '' },
    validate: { password: (v) => (v ? null : 'Enter a password') },
  });

  if (!token || notFound) {
    return (
      <Page title="Invitation not found">
        <Text>This invitation link is not valid: it may have been used already or replaced by a newer one.</Text>
        <NotFoundContent />
      </Page>
    );
  }

  const submit = form.onSubmit(async (values) => {
    setMessage(null);
    try {
      const displayName = values.displayName.trim() || undefined;
      const { data } = await accept({ variables: { input: { token, password: values.password, displayName } } });
      if (data) {
        await begin(data.acceptInvitation);
        await navigate('/', { replace: true });
      }
    } catch (error) {
      const described = applyApiError(form, error);
      if (described.code === 'NOT_FOUND') setNotFound(true);
      else setMessage(described.formMessage);
    }
  });

  return (
    <Page title="Accept your invitation">
      <Text>
        New to Crowdcomms? Enter your name and choose a password. Already have an account? Enter its password to join
        this organisation too.
      </Text>
      {message && (
        <Alert color="red" role="alert" title="We could not accept the invitation">
          {message}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label="Your name"
            description="Needed for a new account"
            autoComplete="name"
            key={form.key('displayName')}
            {...form.getInputProps('displayName')}
          />
          <PasswordInput
            label="Password"
            description="A new password of at least 10 characters, or your existing one"
            required
            autoComplete="new-password"
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={loading}>
            Accept invitation
          </Button>
        </Stack>
      </form>
    </Page>
  );
}
