import { EmptyState, Page } from '../../shared';

export function PipelinePage() {
  return (
    <Page title="Sign-up pipeline">
      <EmptyState title="No sign-ups yet">People who answer your calls appear here, by stage.</EmptyState>
    </Page>
  );
}
