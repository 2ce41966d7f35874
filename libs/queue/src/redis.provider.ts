import { AppConfig } from '@crowdcomms/config';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createRedisClient, FAIL_FAST_REDIS_OPTIONS, RedisClient, redisTarget } from './redis-connection';

/** Injection token of the shared ioredis client (rate limits, health). */
export const REDIS = Symbol('REDIS');
export const InjectRedis = () => Inject(REDIS);

export const redisProvider = {
  provide: REDIS,
  inject: [AppConfig],
  useFactory: (config: AppConfig) => createRedisClient(redisTarget(config), FAIL_FAST_REDIS_OPTIONS),
};

/** Closes the shared client on shutdown so the process can exit. */
@Injectable()
export class RedisCloser implements OnApplicationShutdown {
  constructor(@InjectRedis() private readonly redis: RedisClient) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
