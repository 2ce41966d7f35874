import { RedisOptions } from 'ioredis';

/**
 * How soon a lost connection is tried again: quickly at first, then every 2 s
 * (BullMQ's own default backs off to 20 s, so workers would sit idle that long
 * after Redis came back).
 */
const reconnectSoon = (attempt: number) => Math.min(attempt * 100, 2000);

/** ioredis options from a redis:// or rediss:// URL (BullMQ takes options, not URLs). */
export function redisOptionsFromUrl(url: string): RedisOptions {
  const parsed = new URL(url);
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0;
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: Number.isFinite(db) ? db : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    retryStrategy: reconnectSoon,
  };
}

/**
 * For the clients that serve requests (rate limits, the failed-login delay,
 * readiness, pub/sub): while Redis is away a command fails within about two
 * seconds — the request answers `SERVICE_UNAVAILABLE` — instead of waiting in
 * ioredis's offline queue for twenty reconnection attempts. Each client keeps
 * reconnecting in the background and serves again as soon as Redis is back.
 * (BullMQ's workers are the opposite case: they wait for Redis indefinitely.)
 */
export const FAIL_FAST_REDIS_OPTIONS: RedisOptions = {
  // Queued commands fail at every second failed reconnection attempt (attempts ≤ 1 s apart).
  maxRetriesPerRequest: 1,
  retryStrategy: (attempt: number) => Math.min(attempt * 100, 1000),
  // A host that does not answer at all (no refusal) counts as down after 5 s, not ioredis's 10 s…
  connectTimeout: 5000,
  // …and so does a connection that stopped answering without closing.
  commandTimeout: 5000,
};
