import { EmptyState, Page } from '../../shared';

export function CallsPage() {
  return (
    <Page title="Ambassador calls">
      <EmptyState title="No open calls right now">
        When the comms team posts a call for ambassadors it appears here.
      </EmptyState>
    </Page>
  );
}
