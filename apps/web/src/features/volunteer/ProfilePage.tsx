import { EmptyState, Page } from '../../shared';

export function ProfilePage() {
  return (
    <Page title="My profile">
      <EmptyState title="Your profile is empty">Add your skills so the comms team can match you with tasks.</EmptyState>
    </Page>
  );
}
