import { AppConfig } from '@crowdcomms/config';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { FAIL_FAST_REDIS_OPTIONS } from './redis-connection';

/** Injection token of the shared ioredis client (rate limits, health). */
export const REDIS = Symbol('REDIS');
export const InjectRedis = () => Inject(REDIS);

export const redisProvider = {
  provide: REDIS,
  inject: [AppConfig],
  useFactory: (config: AppConfig) => new Redis(config.get('REDIS_URL'), FAIL_FAST_REDIS_OPTIONS),
};

/** Closes the shared client on shutdown so the process can exit. */
@Injectable()
export class RedisCloser implements OnApplicationShutdown {
  constructor(@InjectRedis() private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
