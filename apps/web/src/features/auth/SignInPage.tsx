import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { applyApiError, Page, useSession } from '../../shared';
import { LoginMutation } from './operations';
import { emailValidator, safeNext } from './validation';

export function SignInPage() {
  const { status, ended, begin } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [login, { loading }] = useMutation(LoginMutation);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: {
      email: emailValidator,
      password: (value) => (value ? null : 'Enter your password'),
    },
  });
  const next = safeNext(params.get('next'));
  if (status === 'signed-in') return <Navigate to={next} replace />;

  const submit = form.onSubmit(async (values) => {
    setMessage(null);
    try {
      const { data } = await login({ variables: { input: values } });
      if (data) {
        await begin(data.login);
        await navigate(next, { replace: true });
      }
    } catch (error) {
      setMessage(applyApiError(form, error).formMessage);
    }
  });

  return (
    <Page title="Sign in">
      {ended && !message && (
        <Alert color="blue" title="Your session has ended">
          Please sign in again.
        </Alert>
      )}
      {params.get('reset') === 'done' && (
        <Alert color="green" title="Password changed" role="status">
          Your password has been changed. Sign in with your new password.
        </Alert>
      )}
      {message && (
        <Alert color="red" role="alert" title="We could not sign you in">
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
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={loading}>
            Sign in
          </Button>
        </Stack>
      </form>
      <Stack gap="xs">
        <Anchor component={Link} to="/forgot-password">
          Forgotten your password?
        </Anchor>
        <Text size="sm">
          New to Crowdcomms?{' '}
          <Anchor component={Link} to="/sign-up">
            Set up your organisation
          </Anchor>
        </Text>
      </Stack>
    </Page>
  );
}
