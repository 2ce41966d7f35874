import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { applyApiError, Page, useSession } from '../../shared';
import { SignUpMutation } from './operations';
import { emailValidator, newPasswordValidator } from './validation';

export function SignUpPage() {
  const { begin } = useSession();
  const navigate = useNavigate();
  const [signUp, { loading }] = useMutation(SignUpMutation);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { organisationName: '', displayName: '', email: '', password: '' },
    validate: {
      organisationName: (v) => (v.trim().length >= 2 ? null : 'Enter your organisation’s name'),
      displayName: (v) => (v.trim() ? null : 'Enter your name'),
      email: emailValidator,
      password: newPasswordValidator,
    },
  });

  const submit = form.onSubmit(async (values) => {
    setMessage(null);
    try {
      const { data } = await signUp({ variables: { input: values } });
      if (data) {
        await begin(data.signUp);
        await navigate('/', { replace: true });
      }
    } catch (error) {
      setMessage(applyApiError(form, error).formMessage);
    }
  });

  return (
    <Page title="Set up your organisation">
      <Text>Create your account and your organisation. You will be its admin and can invite colleagues.</Text>
      {message && (
        <Alert color="red" role="alert" title="We could not create your account">
          {message}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label="Organisation name"
            required
            autoComplete="organization"
            key={form.key('organisationName')}
            {...form.getInputProps('organisationName')}
          />
          <TextInput
            label="Your name"
            required
            autoComplete="name"
            key={form.key('displayName')}
            {...form.getInputProps('displayName')}
          />
          <TextInput
            label="E-mail address"
            type="email"
            required
            autoComplete="email"
            key={form.key('email')}
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            description="At least 10 characters, not a common password"
            required
            autoComplete="new-password"
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={loading}>
            Create account
          </Button>
        </Stack>
      </form>
      <Text size="sm">
        Already have an account?{' '}
        <Anchor component={Link} to="/sign-in">
          Sign in
        </Anchor>
      </Text>
    </Page>
  );
}
