import { Text } from '@mantine/core';

/** What an action came to: a quiet status when it worked, an alert in plain words when it did not. */
export type OutcomeMessage = { ok: boolean; text: string } | null;

export function Outcome({ message }: { message: OutcomeMessage }) {
  if (!message) return null;
  return (
    <Text size="sm" c={message.ok ? undefined : 'red.9'} role={message.ok ? 'status' : 'alert'}>
      {message.text}
    </Text>
  );
}
