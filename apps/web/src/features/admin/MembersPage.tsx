import { EmptyState, Page } from '../../shared';

export function MembersPage() {
  return (
    <Page title="Members">
      <EmptyState title="No members yet">Invite colleagues to join your organisation.</EmptyState>
    </Page>
  );
}
