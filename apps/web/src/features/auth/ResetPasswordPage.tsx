import { Alert, Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { applyApiError, Page } from '../../shared';
import { tokenFromHash } from './link-token';
import { ResetPasswordMutation } from './operations';
import { newPasswordValidator } from './validation';

export function ResetPasswordPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const token = tokenFromHash(location.hash);
  const [reset, { loading }] = useMutation(ResetPasswordMutation);
  const [message, setMessage] = useState<string | null>(null);
  const [linkInvalid, setLinkInvalid] = useState(!token);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { newPassword: '', confirmPassword: '' },
    validate: {
      newPassword: newPasswordValidator,
      confirmPassword: (value, values) => (value === values.newPassword ? null : 'The two passwords are different'),
    },
  });

  if (linkInvalid || !token) {
    return (
      <Page title="This link has expired">
        <Text>
          Reset links work once, for a limited time, and only the newest one works. Ask for a new link and use it
          straight away.
        </Text>
        <Anchor component={Link} to="/forgot-password">
          Send me a new link
        </Anchor>
      </Page>
    );
  }

  const submit = form.onSubmit(async (values) => {
    setMessage(null);
    try {
      await reset({ variables: { input: { token, newPassword: values.newPassword } } });
      await navigate('/sign-in?reset=done', { replace: true });
    } catch (error) {
      const described = applyApiError(form, error);
      if (described.fieldErrors.token) setLinkInvalid(true);
      else setMessage(described.formMessage);
    }
  });

  return (
    <Page title="Choose a new password">
      <Text>Choosing a new password signs you out everywhere.</Text>
      {message && (
        <Alert color="red" role="alert" title="We could not change your password">
          {message}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack>
          <PasswordInput
            label="New password"
            description="At least 10 characters, not a common password"
            required
            autoComplete="new-password"
            key={form.key('newPassword')}
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput
            label="Confirm new password"
            required
            autoComplete="new-password"
            key={form.key('confirmPassword')}
            {...form.getInputProps('confirmPassword')}
          />
          <Button type="submit" loading={loading}>
            Change password
          </Button>
        </Stack>
      </form>
    </Page>
  );
}
