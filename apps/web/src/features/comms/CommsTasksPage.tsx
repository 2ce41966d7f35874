import { EmptyState, Page } from '../../shared';

export function CommsTasksPage() {
  return (
    <Page title="Tasks">
      <EmptyState title="No tasks yet">Create a comms task to see its best-matched volunteers.</EmptyState>
    </Page>
  );
}
