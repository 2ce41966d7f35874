import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { applyApiError, Page } from '../../shared';
import { RequestPasswordResetMutation } from './operations';
import { emailValidator } from './validation';

export function ForgotPasswordPage() {
  const [request, { loading }] = useMutation(RequestPasswordResetMutation);
  const [message, setMessage] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '' },
    validate: { email: emailValidator },
  });

  const submit = form.onSubmit(async (values) => {
    setMessage(null);
    try {
      await request({ variables: { input: { email: values.email.trim() } } });
      setSentTo(values.email.trim());
    } catch (error) {
      setMessage(applyApiError(form, error).formMessage);
    }
  });

  return (
    <Page title="Forgotten your password?">
      {sentTo ? (
        <Alert color="green" role="status" title="Check your e-mail">
          If {sentTo} has a Crowdcomms account, we have sent it a link to choose a new password. The link works once,
          for a limited time.
        </Alert>
      ) : (
        <>
          <Text>Enter your e-mail address and we will send you a link to choose a new password.</Text>
          {message && (
            <Alert color="red" role="alert" title="We could not send the link">
              {message}
            </Alert>
          )}
          <form onSubmit={submit} noValidate>
            <Stack>
              <TextInput
                label="E-mail address"
                type="email"
                autoComplete="username"
                required
                key={form.key('email')}
                {...form.getInputProps('email')}
              />
              <Button type="submit" loading={loading}>
                Send me a link
              </Button>
            </Stack>
          </form>
        </>
      )}
      <Anchor component={Link} to="/sign-in">
        Back to sign in
      </Anchor>
    </Page>
  );
}
