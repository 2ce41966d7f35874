import { Cluster } from 'ioredis';
import { validateEnv } from '@crowdcomms/config';
import { bullConnection, bullPrefix, clusterArguments, createRedisClient } from './redis-connection';

const base = {
  DATABASE_URL: 'postgres://u:p@localhost:5432/db',
  REDIS_URL: 'rediss://app:s%40cret@redis.example:7000',
  JWT_SECRET: 'a-long-enough-secret-for-signing-tokens-123',
};

describe('REDIS_CLUSTER', () => {
  it('is off unless set, and the queues keep their plain prefix', () => {
    const env = validateEnv(base);
    expect(env.REDIS_CLUSTER).toBe(false);
    expect(bullPrefix(env)).toBe('crowdcomms:bull');
    expect(bullConnection(env)).not.toBeInstanceOf(Cluster);
  });

  it('hash-tags the queues’ prefix on a cluster, so each queue’s keys share a slot', () => {
    const env = validateEnv({ ...base, REDIS_CLUSTER: 'true', REDIS_PREFIX: 'acme' });
    expect(bullPrefix(env)).toBe('{acme}:bull');
  });

  it('refuses a prefix that would break the hash tag', () => {
    expect(() => validateEnv({ ...base, REDIS_CLUSTER: 'true', REDIS_PREFIX: 'a{b}' })).toThrow(/REDIS_PREFIX/);
  });

  it('seeds the cluster from REDIS_URL, whose credentials and TLS apply to every node', () => {
    const env = validateEnv({ ...base, REDIS_CLUSTER: 'true' });
    const [seeds, options] = clusterArguments(env, { maxRetriesPerRequest: 1, keyPrefix: 'p:' });
    expect(seeds).toEqual([{ host: 'redis.example', port: 7000 }]);
    expect(options.redisOptions).toMatchObject({
      username: 'app',
      password: 's@cret',
      tls: {},
      maxRetriesPerRequest: 1,
      keyPrefix: 'p:',
    });
    expect(options.redisOptions).not.toHaveProperty('db');
  });

  it('makes cluster clients when set, standalone ones otherwise', () => {
    const lazy = { lazyConnect: true };
    const cluster = createRedisClient(validateEnv({ ...base, REDIS_CLUSTER: 'true' }), lazy);
    const single = createRedisClient(validateEnv(base), lazy);
    expect(cluster).toBeInstanceOf(Cluster);
    expect(single).not.toBeInstanceOf(Cluster);
    cluster.disconnect();
    single.disconnect();
  });
});
