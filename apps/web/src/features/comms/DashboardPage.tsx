import { EmptyState, Page } from '../../shared';

export function DashboardPage() {
  return (
    <Page title="Programme dashboard">
      <EmptyState title="Nothing to show yet">Sign-ups, seats filled and hours contributed appear here.</EmptyState>
    </Page>
  );
}
