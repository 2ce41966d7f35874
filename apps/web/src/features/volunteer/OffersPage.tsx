import { EmptyState, Page } from '../../shared';

export function OffersPage() {
  return (
    <Page title="My offers">
      <EmptyState title="You have no offers yet">
        Tasks matched to you appear on For you; when the comms team offers you one it appears here.
      </EmptyState>
    </Page>
  );
}
