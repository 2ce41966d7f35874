import { AppConfig } from '@crowdcomms/config';
import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

const BATCH = 100;
const KEEP_DISPATCHED_DAYS = 7;

/**
 * Moves committed outbox rows to BullMQ. Rows stay until Redis accepts them,
 * so an outage delays jobs but loses none; stable job ids make a re-send a
 * no-op. `FOR UPDATE SKIP LOCKED` lets several workers relay side by side.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;
  private ticks = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .catch((error: Error) => this.logger.warn(`outbox relay will retry: ${error.message}`))
        .finally(() => this.schedule());
    }, this.config.get('OUTBOX_POLL_MS'));
  }

  /** Relays one batch; returns how many jobs were handed to BullMQ. */
  async tick(): Promise<number> {
    const relayed = await this.dataSource.transaction(async (manager) => {
      const rows: { id: string; queue: string; job_name: string; job_id: string; payload: object }[] =
        await manager.query(
          `SELECT id, queue, job_name, job_id, payload FROM outbox_entry
           WHERE dispatched_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [BATCH],
        );
      for (const row of rows) {
        await this.queue(row.queue).add(row.job_name, row.payload, { jobId: row.job_id });
      }
      if (rows.length) {
        await manager.query('UPDATE outbox_entry SET dispatched_at = now() WHERE id = ANY($1)', [
          rows.map((r) => r.id),
        ]);
      }
      return rows.length;
    });
    if (++this.ticks % 1000 === 0) {
      await this.dataSource.query(`DELETE FROM outbox_entry WHERE dispatched_at < now() - make_interval(days => $1)`, [
        KEEP_DISPATCHED_DAYS,
      ]);
    }
    return relayed;
  }

  private queue(name: string): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }
}
