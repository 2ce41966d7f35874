import { EmptyState, Page } from '../../shared';

export function InvitationsPage() {
  return (
    <Page title="Invitations">
      <EmptyState title="No pending invitations">
        Invite colleagues by e-mail; their invitations appear here until accepted.
      </EmptyState>
    </Page>
  );
}
