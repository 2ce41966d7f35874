import { getQueueToken, WorkerHost } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, ModuleRef } from '@nestjs/core';
import { Queue, Worker } from 'bullmq';
import { QueueName } from './queues';

/** How long shutdown waits for a queue or worker that is still connecting. */
const SETTLE_MS = 2_000;
/** While Redis is away every reconnection attempt fails: one warning per queue per minute says so. */
const ERROR_LOG_EVERY_MS = 60_000;

/**
 * Hears the queues' connection errors (BullMQ prints an unheard one to stderr, with its
 * stack, at every reconnection attempt) and logs them sparingly.
 *
 * Lets every queue and worker finish connecting before `@nestjs/bullmq` closes them.
 *
 * BullMQ closes a connection that is still initialising by dropping its listeners
 * first; the initialisation then fails with "Connection is closed" and re-emits it
 * with no listener left — an unhandled error in any process that stops right after
 * starting (a short CLI run, a test). A bounded wait here avoids that.
 */
@Injectable()
export class QueueReadiness implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('Queues');

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly discovery: DiscoveryService,
  ) {}

  onModuleInit(): void {
    for (const queue of this.queues()) {
      let lastLogged = 0;
      queue.on('error', (error: Error) => {
        if (Date.now() - lastLogged < ERROR_LOG_EVERY_MS) return;
        lastLogged = Date.now();
        this.logger.warn(`queue ${queue.name}: ${error.message} (Redis unreachable? jobs wait in the outbox)`);
      });
    }
  }

  private queues(): Queue[] {
    return Object.values(QueueName).map((name) => this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }));
  }

  async beforeApplicationShutdown(): Promise<void> {
    const queues = this.queues();
    const workers = this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is WorkerHost => instance instanceof WorkerHost)
      .map((host) => workerOf(host))
      .filter((worker): worker is Worker => worker !== undefined);
    await Promise.all([...queues, ...workers].map((connection) => settled(connection.waitUntilReady(), SETTLE_MS)));
  }
}

function workerOf(host: WorkerHost): Worker | undefined {
  try {
    return host.worker;
  } catch {
    return undefined; // registered but never started
  }
}

function settled(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  const outcome = promise.then(
    () => undefined,
    () => undefined,
  );
  return Promise.race([outcome, timeout]).finally(() => clearTimeout(timer));
}
