import { AppConfig } from '@crowdcomms/config';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createRedisClient, FAIL_FAST_REDIS_OPTIONS, RedisClient, redisTarget } from './redis-connection';

/** Injection token of the shared ioredis client (rate limits, health). */
export const REDIS = Symbol('REDIS');
export const InjectRedis = () => Inject(REDIS);

export const redisProvider = {
  provide: REDIS,
  inject: [AppConfig],
  useFactory: (config: AppConfig) =>
    logConnectionErrors(createRedisClient(redisTarget(config), FAIL_FAST_REDIS_OPTIONS), new Logger('Redis')),
};

/**
 * Hears the client's connection errors: ioredis prints an unheard one to stderr, with its stack, at
 * every reconnection attempt (every second while Redis is away). One warning per outage says so
 * instead, and one line when the client is connected again; the commands themselves fail fast.
 */
export function logConnectionErrors(client: RedisClient, logger: Pick<Logger, 'warn' | 'log'>): RedisClient {
  let down = false;
  client.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger.warn(`Redis unreachable, reconnecting: ${error.message}`);
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    logger.log('Redis reachable again');
  });
  return client;
}

/** Closes the shared client on shutdown so the process can exit. */
@Injectable()
export class RedisCloser implements OnApplicationShutdown {
  constructor(@InjectRedis() private readonly redis: RedisClient) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
