import { EmptyState, Page } from '../../shared';

export function ForYouPage() {
  return (
    <Page title="For you">
      <EmptyState title="No tasks matched to you yet">
        Keep your profile up to date: tasks that fit your skills appear here, best first.
      </EmptyState>
    </Page>
  );
}
