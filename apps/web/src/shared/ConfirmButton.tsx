import { Button, Group, Text, type ButtonProps } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A button whose action needs a second, deliberate press: the first shows the
 * question with "confirm" and "keep" buttons in its place (focus moves to the
 * confirm button, and back to the first button when kept), so nothing is lost to
 * a stray click and no dialog covers what the person was reading.
 */
export function ConfirmButton({
  children,
  label,
  question,
  confirm,
  keep = 'Keep it',
  onConfirm,
  busy = false,
  disabled = false,
  color = 'red',
  size = 'compact-sm',
  variant = 'subtle',
}: {
  /** What the first button says. */
  children: ReactNode;
  /** Its accessible name when the words alone are ambiguous (e.g. "Delete your reply"). */
  label?: string;
  /** Said beside the confirm button, e.g. "Delete this post for everyone?" */
  question?: ReactNode;
  /** The confirm button's words, e.g. "Delete post". */
  confirm: string;
  keep?: string;
  onConfirm: () => Promise<unknown> | void;
  busy?: boolean;
  disabled?: boolean;
  color?: ButtonProps['color'];
  size?: ButtonProps['size'];
  variant?: ButtonProps['variant'];
}) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      openerRef.current?.focus();
    }
  }, [asking]);
  if (!asking) {
    return (
      <Button
        ref={openerRef}
        variant={variant}
        color={color}
        size={size}
        disabled={disabled || busy}
        aria-label={label}
        onClick={() => setAsking(true)}
      >
        {children}
      </Button>
    );
  }
  return (
    <Group gap="xs" wrap="wrap" role="group" aria-label={label ?? (typeof children === 'string' ? children : confirm)}>
      {question && (
        <Text size="sm" fw={500}>
          {question}
        </Text>
      )}
      <Button
        ref={confirmRef}
        color={color}
        size={size}
        loading={busy}
        onClick={() => {
          void Promise.resolve(onConfirm()).finally(() => setAsking(false));
        }}
      >
        {confirm}
      </Button>
      <Button
        variant="default"
        size={size}
        disabled={busy}
        onClick={() => {
          returnFocus.current = true;
          setAsking(false);
        }}
      >
        {keep}
      </Button>
    </Group>
  );
}
