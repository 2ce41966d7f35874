import { useEffect } from 'react';
import { useParams } from 'react-router';
import { LoadingState, Page } from '../../shared';
import { ssoStartUrl } from './sso';

/** `/sso/<organisation>`: a link an organisation can share; it goes straight to its own sign-in. */
export function SsoStartPage() {
  const { organisation = '' } = useParams();
  useEffect(() => {
    window.location.replace(ssoStartUrl(organisation));
  }, [organisation]);
  return (
    <Page title="Signing you in">
      <LoadingState />
    </Page>
  );
}
