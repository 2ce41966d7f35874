import { EmptyState, Page } from '../../shared';

export function SettingsPage() {
  return (
    <Page title="Organisation settings">
      <EmptyState title="Nothing to set yet">Your organisation’s name and privacy defaults will be here.</EmptyState>
    </Page>
  );
}
