import { AuthService, SessionRevocations } from '@crowdcomms/identity';
import { RequestContext } from '@crowdcomms/request-context';
import type { WebSocket } from 'ws';

/** graphql-ws's close code for a connection without (or no longer with) a valid session. */
export const FORBIDDEN_CLOSE = 4403;

interface Tracked {
  sessionId: string;
  userId: string;
  organisationId: string;
  timer: NodeJS.Timeout;
}

/** The bearer token of `{ authorization: "Bearer …" }` (connection_init or ping payloads). */
export function bearerFrom(payload: unknown): string | null {
  const params = (payload ?? {}) as Record<string, unknown>;
  const authorization = params.authorization ?? params.Authorization;
  const match = typeof authorization === 'string' ? /^Bearer\s+(\S+)$/i.exec(authorization) : null;
  return match ? match[1] : null;
}

/** The token of a graphql-ws `ping` message carrying `{ authorization: "Bearer …" }`, if that is what `data` is. */
function renewalIn(data: Buffer): string | null {
  try {
    const message = JSON.parse(data.toString()) as { type?: unknown; payload?: unknown };
    return message.type === 'ping' ? bearerFrom(message.payload) : null;
  } catch {
    return null;
  }
}

/**
 * The open subscription sockets of this API replica, by session. A socket closes
 * with 4403 when its session ends anywhere (logout, password change,
 * deactivation, refresh-token reuse: announced through Redis to every replica),
 * and when its access token expires — unless the client re-authenticates first
 * by sending a graphql-ws `ping` whose payload is `{ authorization: "Bearer
 * <fresh access token of the same session>" }`.
 */
export class SocketSessions {
  private readonly sockets = new Map<WebSocket, Tracked>();

  constructor(
    private readonly auth: AuthService,
    revocations: SessionRevocations,
  ) {
    void revocations.onRevoked((sessionIds) => {
      const ended = new Set(sessionIds);
      for (const [socket, tracked] of this.sockets) {
        if (ended.has(tracked.sessionId)) this.close(socket, 'Your session has ended');
      }
    });
  }

  /**
   * Authenticates a new connection and tracks it (null refuses it). `onRenewed` hears each fresh token
   * the client sends in a ping, once accepted.
   */
  async open(
    socket: WebSocket,
    token: string | null,
    onRenewed: (token: string) => void,
  ): Promise<RequestContext | null> {
    if (!token) return null;
    try {
      const { ctx, expiresAt } = await this.auth.authenticateWithExpiry(token);
      this.track(socket, ctx, expiresAt);
      // Closed while we were checking: graphql-ws has already run onClose.
      if (socket.readyState > socket.OPEN) this.forget(socket);
      // graphql-ws answers pings itself (the version Nest bundles has no server-side ping hook), so
      // renewals are read off the socket beside it.
      socket.on('message', (data: Buffer) => {
        const fresh = renewalIn(data);
        if (fresh) void this.renew(socket, fresh).then((renewed) => renewed && onRenewed(fresh));
      });
      return ctx;
    } catch {
      return null;
    }
  }

  /** A fresh token for the same session moves the socket's deadline; anything else closes it. */
  async renew(socket: WebSocket, token: string): Promise<boolean> {
    const tracked = this.sockets.get(socket);
    if (!tracked) return false;
    try {
      const { ctx, expiresAt } = await this.auth.authenticateWithExpiry(token);
      const same =
        ctx.sessionId === tracked.sessionId &&
        ctx.userId === tracked.userId &&
        ctx.organisationId === tracked.organisationId;
      if (!same) throw new Error('another session');
      this.track(socket, ctx, expiresAt);
      return true;
    } catch {
      this.close(socket, 'Your session is not valid; sign in again');
      return false;
    }
  }

  forget(socket: WebSocket): void {
    clearTimeout(this.sockets.get(socket)?.timer);
    this.sockets.delete(socket);
  }

  private track(socket: WebSocket, ctx: RequestContext, expiresAt: Date): void {
    clearTimeout(this.sockets.get(socket)?.timer);
    const timer = setTimeout(
      () => this.close(socket, 'Your access token has expired'),
      Math.max(expiresAt.getTime() - Date.now(), 0),
    );
    timer.unref();
    this.sockets.set(socket, {
      sessionId: ctx.sessionId,
      userId: ctx.userId,
      organisationId: ctx.organisationId,
      timer,
    });
  }

  private close(socket: WebSocket, reason: string): void {
    this.forget(socket);
    socket.close(FORBIDDEN_CLOSE, reason);
  }
}
