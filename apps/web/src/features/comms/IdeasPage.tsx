import { EmptyState, Page } from '../../shared';

export function IdeasPage() {
  return (
    <Page title="Ideas">
      <EmptyState title="No ideas yet">Volunteers’ ideas for what comms could do differently appear here.</EmptyState>
    </Page>
  );
}
