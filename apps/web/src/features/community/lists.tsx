import { Button, Group, Stack, type StackProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** A list without bullets (cards of groups, topics, requests): still a list to screen readers. */
export function PlainList({ children, ...props }: StackProps & { children: ReactNode }) {
  return (
    <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }} {...props}>
      {children}
    </Stack>
  );
}

/** The button under a paged list that reads the next page ("Show more groups"). */
export function ShowMore({
  hasMore,
  loading,
  onClick,
  children,
}: {
  hasMore: boolean;
  loading: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  if (!hasMore) return null;
  return (
    <Group justify="center">
      <Button variant="default" loading={loading} onClick={onClick}>
        {children}
      </Button>
    </Group>
  );
}
