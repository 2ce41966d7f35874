import { Button, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { Page } from './Page';

export function NotFoundContent() {
  return (
    <Stack gap="sm" align="flex-start">
      <Text>
        We could not find that page. It may have been removed, it may belong to another organisation, or the link may be
        wrong.
      </Text>
      <Button component={Link} to="/" variant="light">
        Go to your home page
      </Button>
    </Stack>
  );
}

/** The app's not-found page: unknown URLs and ids the API answers NOT_FOUND for. */
export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <NotFoundContent />
    </Page>
  );
}
