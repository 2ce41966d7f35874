import { Alert, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { applyApiError, Page, useSession } from '../../shared';
import { ChangePasswordMutation } from './operations';
import { newPasswordValidator } from './validation';

export function ChangePasswordPage() {
  const { begin } = useSession();
  const [change, { loading }] = useMutation(ChangePasswordMutation);
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { currentPassword: '', newPassword: '' },
    validate: {
      currentPassword: (v) => (v ? null : 'Enter your current password'),
      newPassword: newPasswordValidator,
    },
  });

  const submit = form.onSubmit(async (values) => {
    setMessage(null);
    setDone(false);
    try {
      const { data } = await change({ variables: { input: values } });
      if (data) {
        await begin(data.changePassword);
        form.reset();
        setDone(true);
      }
    } catch (error) {
      setMessage(applyApiError(form, error).formMessage);
    }
  });

  return (
    <Page title="Change password">
      <Text>Changing your password signs you out everywhere else.</Text>
      {done && (
        <Alert color="green" role="status" title="Password changed">
          Your password has been changed and your other sessions have ended.
        </Alert>
      )}
      {message && (
        <Alert color="red" role="alert" title="We could not change your password">
          {message}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack maw={420}>
          <PasswordInput
            label="Current password"
            required
            autoComplete="current-password"
            key={form.key('currentPassword')}
            {...form.getInputProps('currentPassword')}
          />
          <PasswordInput
            label="New password"
            description="At least 10 characters, not a common password"
            required
            autoComplete="new-password"
            key={form.key('newPassword')}
            {...form.getInputProps('newPassword')}
          />
          <Button type="submit" loading={loading} w="fit-content">
            Change password
          </Button>
        </Stack>
      </form>
    </Page>
  );
}
