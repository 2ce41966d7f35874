/** The same rules as the API, so most mistakes are caught before sending. */
export const emailValidator = (value: string): string | null =>
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? null : 'Enter an e-mail address like name@example.org';

export const newPasswordValidator = (value: string): string | null =>
  value.length >= 10 ? null : 'Choose a password of at least 10 characters';

/** Only same-app paths after signing in: never another site. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
