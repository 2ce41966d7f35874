import { EmptyState, Page } from '../../shared';

export function NotificationsPage() {
  return (
    <Page title="Notifications">
      <EmptyState title="No notifications">You are all caught up.</EmptyState>
    </Page>
  );
}
