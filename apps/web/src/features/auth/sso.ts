import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** Where "Sign in with your organisation" starts: the API sends the browser on to the organisation's provider. */
export function ssoStartUrl(organisation: string): string {
  return `/auth/sso/${encodeURIComponent(organisation.trim())}/start`;
}

/** What the sign-in page says when single sign-on sent the browser back with `?sso_error=<code>`. */
const SSO_ERRORS: Record<string, string> = {
  not_configured: 'We could not find single sign-on for that organisation. Check its address, or ask your admin.',
  provider_unreachable:
    'Your organisation’s sign-in service did not answer. Please try again in a moment, or ask your admin.',
  state_mismatch: 'That sign-in had expired or was started elsewhere. Please start again.',
  nonce_mismatch: 'That sign-in could not be checked. Please start again.',
  code_rejected: 'That sign-in had already been used or had expired. Please start again.',
  denied: 'Your organisation’s sign-in service did not let you in.',
  token_invalid: 'Your organisation’s sign-in service sent something we could not check. Please ask your admin.',
  email_not_verified: 'Your organisation has not confirmed your e-mail address, so we cannot sign you in with it.',
  domain_not_allowed: 'Your e-mail address is not one your organisation lets sign in here.',
  membership_deactivated: 'Your membership of this organisation has been deactivated. Please ask your admin.',
  too_many_attempts: 'Too many sign-ins have come from your network just now. Please wait a few minutes and try again.',
  failed: 'Something went wrong on our side. Please try again.',
};

export function describeSsoError(code: string | null): string | null {
  if (!code) return null;
  return SSO_ERRORS[code] ?? SSO_ERRORS.failed;
}

/** The organisation's address when a password was refused because it signs its people in itself. */
export function ssoRequiredBy(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors[0]?.extensions;
  if (extensions?.reason !== 'SSO_REQUIRED') return null;
  return typeof extensions.organisationSlug === 'string' ? extensions.organisationSlug : '';
}
