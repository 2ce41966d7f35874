import { EmptyState, Page } from '../../shared';

export function PlanPage() {
  return (
    <Page title="Plan">
      <EmptyState title="No plan yet">Run the organisation-wide plan to see who could go where.</EmptyState>
    </Page>
  );
}
