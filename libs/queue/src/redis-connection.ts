import { AppConfig, Env } from '@crowdcomms/config';
import Redis, { Cluster, ClusterOptions, RedisOptions } from 'ioredis';

/** A client of a standalone Redis or of a Redis Cluster: both speak the same commands. */
export type RedisClient = Redis | Cluster;

/** Where Redis is: `REDIS_URL`, and whether it names a node of a Redis Cluster (`REDIS_CLUSTER`). */
export type RedisTarget = Pick<Env, 'REDIS_URL' | 'REDIS_CLUSTER'>;

/** The configured {@link RedisTarget}. */
export function redisTarget(config: AppConfig): RedisTarget {
  return { REDIS_URL: config.get('REDIS_URL'), REDIS_CLUSTER: config.get('REDIS_CLUSTER') };
}

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
 * A client of the configured Redis. On a cluster, REDIS_URL is the seed the
 * other nodes are discovered from (its credentials and TLS apply to every
 * node), and `options` apply to each node's connection.
 */
export function createRedisClient(target: RedisTarget, options: RedisOptions = {}): RedisClient {
  if (!target.REDIS_CLUSTER) return new Redis(target.REDIS_URL, options);
  return new Cluster(...clusterArguments(target, options));
}

/** The seed node and cluster options for `target` (exported for its unit test). */
export function clusterArguments(
  target: RedisTarget,
  options: RedisOptions,
): [{ host: string; port: number }[], ClusterOptions] {
  // A cluster has database 0 only, and reconnects as a whole (clusterRetryStrategy) rather than per node.
  const connection = redisOptionsFromUrl(target.REDIS_URL);
  const { host, port } = connection;
  delete connection.db;
  delete connection.retryStrategy;
  delete connection.host;
  delete connection.port;
  const { retryStrategy, enableOfflineQueue, ...nodeOptions } = options;
  return [
    [{ host: host!, port: port! }],
    {
      // Node connections follow the slots; reconnecting the cluster as a whole follows the client's own strategy.
      clusterRetryStrategy: retryStrategy ?? reconnectSoon,
      enableOfflineQueue,
      // A busy node may answer CLUSTER SLOTS late: ioredis's 1 s default then reports the whole cluster failed.
      slotsRefreshTimeout: 5000,
      redisOptions: { ...connection, ...nodeOptions },
    },
  ];
}

/**
 * The connection BullMQ's queues and workers use. A standalone Redis is given
 * as options (each queue and worker opens its own connections); a cluster as
 * one client that every queue shares (each worker still opens its own blocking
 * connection from it), closed by {@link BullConnectionCloser}.
 */
export function bullConnection(target: RedisTarget): RedisOptions | Cluster {
  if (!target.REDIS_CLUSTER) return redisOptionsFromUrl(target.REDIS_URL);
  // BullMQ's blocking commands must wait for Redis however long it is away.
  return new Cluster(...clusterArguments(target, { maxRetriesPerRequest: null, retryStrategy: reconnectSoon }));
}

/**
 * BullMQ's key prefix. On a cluster every key of a queue must hash to one slot
 * (its Lua scripts touch several at once), so the prefix is a hash tag:
 * `{crowdcomms}:bull:…`.
 */
export function bullPrefix(config: Pick<Env, 'REDIS_PREFIX' | 'REDIS_CLUSTER'>): string {
  return config.REDIS_CLUSTER ? `{${config.REDIS_PREFIX}}:bull` : `${config.REDIS_PREFIX}:bull`;
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
