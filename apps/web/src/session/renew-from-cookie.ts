import type { AccessToken } from './session-manager';
import { WEB_CLIENT_HEADER } from './web-client';

const REFRESH = 'mutation RenewSession { refresh { accessToken accessTokenExpiresAt } }';

interface RefreshResponse {
  data?: { refresh: AccessToken } | null;
  errors?: { extensions?: { code?: string } }[];
}

/**
 * Exchanges the HttpOnly refresh cookie for a new access token (and a rotated
 * cookie). Plain fetch, not Apollo: the Apollo link itself waits on this.
 */
export async function renewFromCookie(): Promise<AccessToken | null> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', ...WEB_CLIENT_HEADER },
    body: JSON.stringify({ query: REFRESH, operationName: 'RenewSession' }),
  });
  const body = (await response.json()) as RefreshResponse;
  if (body.data?.refresh) return body.data.refresh;
  if (body.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return null;
  throw new Error('The session could not be renewed right now');
}
