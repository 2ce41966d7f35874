import { Alert, Anchor, Button, Divider, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { applyApiError, Page, useSession } from '../../shared';
import { LoginMutation } from './operations';
import { describeSsoError, ssoRequiredBy, ssoStartUrl } from './sso';
import { emailValidator, safeNext } from './validation';

export function SignInPage() {
  const { status, ended, begin } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [login, { loading }] = useMutation(LoginMutation);
  const [message, setMessage] = useState<string | null>(null);
  const [organisation, setOrganisation] = useState('');
  const [organisationError, setOrganisationError] = useState<string | null>(null);
  const ssoError = describeSsoError(params.get('sso_error'));
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
      const ssoRequired = ssoRequiredBy(error);
      if (ssoRequired !== null) {
        setOrganisation(ssoRequired);
        setMessage('Your organisation signs you in with its own account: continue to your organisation below.');
        return;
      }
      setMessage(applyApiError(form, error).formMessage);
    }
  });

  const startSso = (event: FormEvent) => {
    event.preventDefault();
    if (!organisation.trim()) {
      setOrganisationError('Enter your organisation’s Crowdcomms address');
      return;
    }
    window.location.assign(ssoStartUrl(organisation));
  };

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
      {(message ?? ssoError) && (
        <Alert color="red" role="alert" title="We could not sign you in">
          {message ?? ssoError}
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
      <Divider />
      <form onSubmit={startSso} noValidate aria-labelledby="sso-heading">
        <Stack>
          <Title order={2} size="h3" id="sso-heading">
            Sign in with your organisation
          </Title>
          <Text size="sm">If your organisation uses single sign-on, sign in with your work account instead.</Text>
          <TextInput
            label="Your organisation’s Crowdcomms address"
            description="The name in your organisation’s sign-in link, such as harbourside-council"
            required
            value={organisation}
            error={organisationError}
            onChange={(event) => {
              setOrganisation(event.currentTarget.value);
              setOrganisationError(null);
            }}
          />
          <Button type="submit" variant="outline">
            Continue to your organisation
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
