import { AppConfig } from '@crowdcomms/config';
import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Cluster, RedisOptions } from 'ioredis';
import { OutboxService } from './outbox.service';
import { QueueReadiness } from './queue-readiness';
import { DEFAULT_JOB_OPTIONS, QueueName } from './queues';
import { BULL_CONNECTION, BullConnectionModule } from './bull-connection';
import { bullPrefix } from './redis-connection';
import { REDIS, RedisCloser, redisProvider } from './redis.provider';

const queues = BullModule.registerQueue(
  ...Object.values(QueueName).map((name) => ({ name, defaultJobOptions: DEFAULT_JOB_OPTIONS })),
);

/** Redis and BullMQ: the shared client, every queue registered, and the outbox writer. */
@Module({})
export class QueueModule {
  static forRoot(): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      imports: [
        BullModule.forRootAsync({
          imports: [BullConnectionModule],
          inject: [AppConfig, BULL_CONNECTION],
          useFactory: (config: AppConfig, connection: RedisOptions | Cluster) => ({
            connection,
            prefix: bullPrefix({
              REDIS_PREFIX: config.get('REDIS_PREFIX'),
              REDIS_CLUSTER: config.get('REDIS_CLUSTER'),
            }),
          }),
        }),
        queues,
        DiscoveryModule,
      ],
      providers: [OutboxService, redisProvider, RedisCloser, QueueReadiness],
      exports: [queues, OutboxService, REDIS],
    };
  }
}
