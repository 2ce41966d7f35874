/**
 * Sent with every request of the web app. It tells the API to keep the refresh
 * token in an HttpOnly cookie instead of the response body, and, being a custom
 * header, it cannot be sent by another site's form (CSRF).
 */
export const WEB_CLIENT_HEADER = { 'x-crowdcomms-client': 'web' } as const;
