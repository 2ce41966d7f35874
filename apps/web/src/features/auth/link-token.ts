/**
 * E-mailed links carry their secret in the #fragment (`/invitation#token=…`,
 * `/reset-password#token=…`), which browsers never send to a server.
 */
export function tokenFromHash(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token');
}
