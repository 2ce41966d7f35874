import { Alert, Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { describeError } from './errors';
import { NotFoundContent } from './NotFoundPage';

/** Shown while data loads; announced politely to screen readers. */
export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader size="md" aria-hidden />
        <Text c="dimmed">{label}</Text>
      </Stack>
    </Center>
  );
}

/** Nothing here yet: say so, and say what to do next. */
export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <Stack align="center" gap="xs" py="xl" ta="center">
      <Title order={2} size="h3">
        {title}
      </Title>
      {children && <Text c="dimmed">{children}</Text>}
      {action}
    </Stack>
  );
}

/**
 * An API error in plain words (see describeError). A NOT_FOUND shows the app's
 * not-found content; anything else offers to try again.
 */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const described = describeError(error);
  if (described.code === 'NOT_FOUND') return <NotFoundContent />;
  return (
    <Alert color="red" title="Something went wrong" role="alert">
      <Stack gap="sm" align="flex-start">
        <Text>{described.message}</Text>
        {onRetry && (
          <Button variant="light" color="red" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/**
 * The three states of a query in one place: loading (before any data), error, or
 * `children(data)`. Pass `isEmpty` and `empty` for the empty state.
 */
export function QueryState<T>({
  data,
  loading,
  error,
  refetch,
  isEmpty,
  empty,
  children,
}: {
  data: T | undefined;
  loading: boolean;
  error?: unknown;
  refetch?: () => unknown;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (error && !data) return <ErrorState error={error} onRetry={refetch ? () => void refetch() : undefined} />;
  if (data === undefined) return loading ? <LoadingState /> : null;
  if (isEmpty?.(data)) return <>{empty}</>;
  return <>{children(data)}</>;
}
