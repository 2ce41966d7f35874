import { Page } from '../../shared';

export function ResetPasswordPage() {
  return <Page title="Choose a new password" />;
}
