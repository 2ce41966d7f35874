import { Page } from '../../shared';

export function ForgotPasswordPage() {
  return <Page title="Forgotten your password?" />;
}
