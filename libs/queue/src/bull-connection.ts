import { AppConfig } from '@crowdcomms/config';
import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, ModuleRef } from '@nestjs/core';
import { WorkerHost } from '@nestjs/bullmq';
import { Cluster, RedisOptions } from 'ioredis';
import { QueueName } from './queues';
import { bullConnection, redisTarget } from './redis-connection';

/** Injection token of BullMQ's connection: options for a standalone Redis, one shared client for a cluster. */
export const BULL_CONNECTION = Symbol('BULL_CONNECTION');

/**
 * Closes the cluster client every queue shares (BullMQ leaves a client it was
 * given open): after the queues and the workers, which it closes first — each
 * close is idempotent, so `@nestjs/bullmq` closing them too changes nothing.
 */
@Injectable()
export class BullConnectionCloser implements OnApplicationShutdown {
  constructor(
    @Inject(BULL_CONNECTION) private readonly connection: RedisOptions | Cluster,
    private readonly moduleRef: ModuleRef,
    private readonly discovery: DiscoveryService,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (!(this.connection instanceof Cluster)) return;
    const workers = this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is WorkerHost => instance instanceof WorkerHost)
      .flatMap((host) => {
        try {
          return [host.worker];
        } catch {
          return []; // registered but never started
        }
      });
    await Promise.all(workers.map((worker) => worker.close()));
    await Promise.all(
      Object.values(QueueName).map((name) =>
        this.moduleRef.get<{ close(): Promise<void> }>(getQueueToken(name), { strict: false }).close(),
      ),
    );
    await this.connection.quit().catch(() => (this.connection as Cluster).disconnect());
  }
}

@Module({
  imports: [DiscoveryModule],
  providers: [
    {
      provide: BULL_CONNECTION,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => bullConnection(redisTarget(config)),
    },
    BullConnectionCloser,
  ],
  exports: [BULL_CONNECTION],
})
export class BullConnectionModule {}
