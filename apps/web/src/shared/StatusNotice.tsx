import { Alert, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * What just happened (saved, sent, refused), in a polite live region that is always on the page, so that a
 * screen reader announces each new message; with `onDismiss`, the person can close it.
 */
export function StatusNotice({
  notice,
  onDismiss,
}: {
  notice: { tone: MantineColor; text: ReactNode } | null | undefined;
  onDismiss?: () => void;
}) {
  return (
    <div role="status" aria-live="polite">
      {notice && (
        <Alert
          color={notice.tone}
          variant="light"
          withCloseButton={!!onDismiss}
          closeButtonLabel="Dismiss"
          onClose={onDismiss}
        >
          {notice.text}
        </Alert>
      )}
    </div>
  );
}
