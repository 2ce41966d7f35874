import { EmptyState, Page } from '../../shared';

export function CommsCallsPage() {
  return (
    <Page title="Calls">
      <EmptyState title="No calls yet">Post a call for digital ambassadors to start your programme.</EmptyState>
    </Page>
  );
}
