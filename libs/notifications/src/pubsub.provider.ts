import { AppConfig } from '@crowdcomms/config';
import { createRedisClient, FAIL_FAST_REDIS_OPTIONS, logConnectionErrors, redisTarget } from '@crowdcomms/queue';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';

/** Injection token of the Redis-backed PubSub that carries subscription events across API replicas. */
export const PUB_SUB = Symbol('PUB_SUB');
export const InjectPubSub = () => Inject(PUB_SUB);

export const pubSubProvider = {
  provide: PUB_SUB,
  inject: [AppConfig],
  useFactory: (config: AppConfig) => {
    // On a Redis Cluster a message published on any node reaches subscribers on every node.
    const options = { ...FAIL_FAST_REDIS_OPTIONS, keyPrefix: `${config.get('REDIS_PREFIX')}:events:` };
    // Heard, so that an outage is one warning per client rather than a stack per reconnection attempt.
    const logger = new Logger('PubSub');
    return new RedisPubSub({
      publisher: logConnectionErrors(createRedisClient(redisTarget(config), options), logger),
      subscriber: logConnectionErrors(createRedisClient(redisTarget(config), options), logger),
    });
  },
};

@Injectable()
export class PubSubCloser implements OnApplicationShutdown {
  constructor(@InjectPubSub() private readonly pubSub: RedisPubSub) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pubSub.close();
  }
}

/** The channel of one member's notifications: the name itself scopes delivery to them. */
export const notificationChannel = (organisationId: string, membershipId: string) =>
  `notification.${organisationId}.${membershipId}`;
