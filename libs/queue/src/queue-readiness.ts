import { getQueueToken, WorkerHost } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { DiscoveryService, ModuleRef } from '@nestjs/core';
import { Queue, Worker } from 'bullmq';
import { QueueName } from './queues';

/** How long shutdown waits for a queue or worker that is still connecting. */
const SETTLE_MS = 2_000;

/**
 * Lets every queue and worker finish connecting before `@nestjs/bullmq` closes them.
 *
 * BullMQ closes a connection that is still initialising by dropping its listeners
 * first; the initialisation then fails with "Connection is closed" and re-emits it
 * with no listener left — an unhandled error in any process that stops right after
 * starting (a short CLI run, a test). A bounded wait here avoids that.
 */
@Injectable()
export class QueueReadiness implements BeforeApplicationShutdown {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly discovery: DiscoveryService,
  ) {}

  async beforeApplicationShutdown(): Promise<void> {
    const queues = Object.values(QueueName).map((name) =>
      this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }),
    );
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
