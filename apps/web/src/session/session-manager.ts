/**
 * The browser's side of a session. The access token lives only in memory; the
 * refresh token is an HttpOnly cookie JavaScript never sees. Renewal happens
 * shortly before the access token expires, and once more when the API answers
 * UNAUTHENTICATED. Concurrent callers share one renewal, and renewals across
 * tabs are serialised (each one rotates the cookie; two at once would look
 * like a stolen token and end the session).
 */
export interface AccessToken {
  accessToken: string;
  accessTokenExpiresAt: string;
}

/** Asks the API for a fresh access token: null when there is no session any more. Throws when unreachable. */
export type RenewAccessToken = () => Promise<AccessToken | null>;

export type SessionEvent = 'signed-in' | 'renewed' | 'ended';

export interface SessionManagerOptions {
  /** Renew this long before expiry. */
  leadMs?: number;
  now?: () => number;
  /** Runs `fn` while holding a lock shared by every tab of this origin. */
  withLock?: <T>(fn: () => Promise<T>) => Promise<T>;
}

const browserLock = <T>(fn: () => Promise<T>): Promise<T> =>
  typeof navigator !== 'undefined' && navigator.locks
    ? (navigator.locks.request('crowdcomms-session-renewal', fn) as Promise<T>)
    : fn();

export class SessionManager {
  private token: string | null = null;
  private expiresAt = 0;
  private renewal: Promise<string | null> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<(event: SessionEvent) => void>();
  private readonly leadMs: number;
  private readonly now: () => number;
  private readonly withLock: <T>(fn: () => Promise<T>) => Promise<T>;

  constructor(
    private readonly renewAccessToken: RenewAccessToken,
    options: SessionManagerOptions = {},
  ) {
    this.leadMs = options.leadMs ?? 60_000;
    this.now = options.now ?? Date.now;
    this.withLock = options.withLock ?? browserLock;
  }

  get signedIn(): boolean {
    return this.token !== null;
  }

  /** Starts (or continues, after switching organisation) a session with a freshly issued token. */
  start(token: AccessToken): void {
    const first = this.token === null;
    this.apply(token);
    this.emit(first ? 'signed-in' : 'renewed');
  }

  /** A token fit to send now: the one in memory, or a renewed one when it is about to expire. */
  async accessToken(): Promise<string | null> {
    if (this.token && this.now() < this.expiresAt - 5_000) return this.token;
    if (!this.token && !this.renewal) return null;
    return this.renew();
  }

  /**
   * Renews the access token from the refresh cookie. Resolves null (and ends the
   * session) when the API says there is no session; rejects, keeping the session,
   * when the API could not be reached, so a lost connection never signs anyone out.
   */
  renew(): Promise<string | null> {
    this.renewal ??= this.withLock(() => this.renewAccessToken())
      .then((token) => {
        if (!token) {
          this.end();
          return null;
        }
        this.start(token);
        return token.accessToken;
      })
      .finally(() => {
        this.renewal = null;
      });
    return this.renewal;
  }

  /** Forgets the token (sign-out, or the API ended the session). */
  end(): void {
    const wasSignedIn = this.token !== null;
    this.token = null;
    this.expiresAt = 0;
    clearTimeout(this.timer);
    if (wasSignedIn) this.emit('ended');
  }

  subscribe(listener: (event: SessionEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private apply(token: AccessToken): void {
    this.token = token.accessToken;
    this.expiresAt = Date.parse(token.accessTokenExpiresAt);
    clearTimeout(this.timer);
    // Renew `leadMs` before expiry, or half-way through a token that lives less than twice that.
    const remaining = this.expiresAt - this.now();
    const delay = Math.max(remaining - Math.min(this.leadMs, remaining / 2), 1_000);
    // A failed background renewal is retried by the next request that needs a token.
    this.timer = setTimeout(() => void this.renew().catch(() => undefined), delay);
  }

  private emit(event: SessionEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
