import { Group, Stack, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';

/** Sets the tab's title: "<page> · Crowdcomms". */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Crowdcomms`;
  }, [title]);
}

/** The first page of a freshly loaded document leaves focus where the browser puts it (before the skip link). */
let documentJustLoaded = true;

/**
 * Every page: the document title and the page's one h1. Focus moves to the h1
 * when the app moves to another page, so screen-reader and keyboard users start
 * at the new page; on a fresh load the skip link comes first, as on any site.
 */
export function Page({ title, actions, children }: { title: string; actions?: ReactNode; children?: ReactNode }) {
  useDocumentTitle(title);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (documentJustLoaded) {
      documentJustLoaded = false;
      return;
    }
    heading.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Title order={1} ref={heading} tabIndex={-1} className="page-title">
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Stack>
  );
}
