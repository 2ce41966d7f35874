import { EmptyState, Page } from '../../shared';

export function MyTasksPage() {
  return (
    <Page title="My tasks">
      <EmptyState title="You have no tasks yet">Tasks you accept appear here, ready to mark as done.</EmptyState>
    </Page>
  );
}
