import { crossOrganisation, TransactionalConnection } from '@crowdcomms/data-access';
import { AppConfig } from '@crowdcomms/config';
import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { OUTBOX_CHANNEL } from './outbox.service';
import { RedisClient } from './redis-connection';
import { InjectRedis } from './redis.provider';

/** Rows per pass: one round trip to Redis per queue in the batch, and a full batch runs the next pass at once. */
const BATCH = 1000;
const KEEP_DISPATCHED_DAYS = 7;
const LISTEN_RETRY_MIN_MS = 1000;
const LISTEN_RETRY_MAX_MS = 30_000;

/**
 * Moves committed outbox rows to BullMQ. Rows stay until Redis accepts them,
 * so an outage delays jobs but loses none; stable job ids make a re-send a
 * no-op. `FOR UPDATE SKIP LOCKED` lets several workers relay side by side.
 *
 * A committed enqueue wakes the relay at once through PostgreSQL
 * `LISTEN`/`NOTIFY` (so a profile edit reaches the worker in milliseconds,
 * not a poll later); polling every `OUTBOX_POLL_MS` stays as the safety net
 * for notifications missed while the listening connection was down (it is
 * opened again when lost).
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;
  private ticks = 0;
  private listener: Client | undefined;
  private listenTimer: NodeJS.Timeout | undefined;
  private listenRetryMs = LISTEN_RETRY_MIN_MS;
  private inPass = false;
  /** A wake-up arrived while a pass was running: run another right after. */
  private again = false;
  /** Redis was unreachable at the last pass (logged once per outage). */
  private paused = false;
  /** After a full batch, the last id it sent: the next pass resumes there (`'0'`: from the start). */
  private resumeAfter = '0';

  constructor(
    private readonly db: TransactionalConnection,
    private readonly moduleRef: ModuleRef,
    private readonly config: AppConfig,
    @InjectRedis() private readonly redis: RedisClient,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.schedule(this.config.get('OUTBOX_POLL_MS'));
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    clearTimeout(this.listenTimer);
    await this.listener?.end().catch(() => undefined);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.pass(), delayMs);
  }

  private pass(): void {
    this.inPass = true;
    this.running = this.tick()
      // A full batch means a backlog (a burst, or jobs held while Redis was away): carry on at once
      // rather than one batch per poll.
      .then((relayed) => relayed === BATCH && (this.again = true))
      .catch((error: Error) => this.logger.warn(`outbox relay will retry: ${error.message}`))
      .finally(() => {
        this.inPass = false;
        const next = this.again ? 0 : this.config.get('OUTBOX_POLL_MS');
        this.again = false;
        this.schedule(next);
      });
  }

  /** Runs a pass now, or right after the one in progress. */
  private wake(): void {
    if (this.stopped) return;
    if (this.inPass) this.again = true;
    else this.schedule(0);
  }

  /**
   * Listens for commits on a connection of its own. When that connection is lost (a
   * database restart or failover, `pg_terminate_backend`) polling carries on and the relay
   * listens again, retrying with a growing pause (1 s, doubling, at most 30 s).
   */
  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.get('DATABASE_URL') });
    client.on('notification', () => this.wake());
    client.on('error', (error: Error) => {
      this.logger.warn(`outbox wake-ups interrupted, polling until listening again: ${error.message}`);
      this.listenAgain(client);
    });
    client.on('end', () => this.listenAgain(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      if (this.stopped) return void (await client.end());
      this.listener = client;
      this.listenRetryMs = LISTEN_RETRY_MIN_MS;
      // Commits made while nobody listened woke no one: look now rather than at the next poll.
      this.wake();
    } catch (error) {
      if (this.listenRetryMs === LISTEN_RETRY_MIN_MS) {
        this.logger.warn(`outbox wake-ups unavailable, polling meanwhile: ${(error as Error).message}`);
      }
      await client.end().catch(() => undefined);
      this.listenAgain(client);
    }
  }

  private listenAgain(lost: Client): void {
    if (this.listener === lost) this.listener = undefined;
    if (this.stopped || this.listenTimer) return;
    const delay = this.listenRetryMs;
    this.listenRetryMs = Math.min(delay * 2, LISTEN_RETRY_MAX_MS);
    this.listenTimer = setTimeout(() => {
      this.listenTimer = undefined;
      void this.listen();
    }, delay);
  }

  /** Relays one batch; returns how many jobs were handed to BullMQ. */
  async tick(): Promise<number> {
    // While Redis is away the rows simply wait: a pass would only hold their locks (and a pooled
    // connection, idle in transaction) while BullMQ waits to reconnect.
    if (this.redis.status !== 'ready') {
      if (!this.paused) this.logger.warn('outbox relay paused: Redis is unreachable; jobs wait in PostgreSQL');
      this.paused = true;
      return 0;
    }
    if (this.paused) this.logger.log('outbox relay resumed: Redis is back');
    this.paused = false;
    // A pass that follows a full batch resumes after it: the index of pending rows still holds the entries of
    // the rows just dispatched (until vacuum), which a pass from the start would walk again each time. A row
    // whose transaction committed late behind a higher id is found by the next pass from the start, once the
    // backlog is through.
    const after = this.resumeAfter;
    this.resumeAfter = '0';
    const rows = await this.db.transaction(
      crossOrganisation('the outbox relay moves every organisation’s jobs'),
      async () => {
        // Losing this commit to a PostgreSQL crash would only send its jobs again, which their stable ids make
        // harmless: it need not wait for the disk.
        await this.db.manager.query(`SET LOCAL synchronous_commit = off`);
        // Claimed and marked in one statement; the mark commits only once Redis has taken the jobs (a failure
        // below rolls it back, and the rows wait for the next pass).
        const [claimed]: [{ id: string; queue: string; job_name: string; job_id: string; payload: object }[], number] =
          await this.db.manager.query(
            `UPDATE outbox_entry o SET dispatched_at = now()
               FROM (SELECT id FROM outbox_entry WHERE dispatched_at IS NULL AND id > $2
                      ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED) pending
              WHERE o.id = pending.id
          RETURNING o.id, o.queue, o.job_name, o.job_id, o.payload`,
            [BATCH, after],
          );
        // One pipelined addBulk per queue rather than a round trip per job.
        const byQueue = new Map<string, typeof claimed>();
        for (const row of claimed) {
          if (!byQueue.has(row.queue)) byQueue.set(row.queue, []);
          byQueue.get(row.queue)!.push(row);
        }
        await Promise.all(
          [...byQueue].map(([queue, jobs]) =>
            this.queue(queue).addBulk(
              jobs.map((row) => ({ name: row.job_name, data: row.payload, opts: { jobId: row.job_id } })),
            ),
          ),
        );
        return claimed;
      },
    );
    if (rows.length === BATCH)
      this.resumeAfter = rows.reduce((max, r) => (BigInt(r.id) > BigInt(max) ? r.id : max), '0');
    const relayed = rows.length;
    if (++this.ticks % 1000 === 0) {
      await this.db.within(crossOrganisation('the outbox relay prunes every organisation’s dispatched jobs'), () =>
        this.db.query(`DELETE FROM outbox_entry WHERE dispatched_at < now() - make_interval(days => $1)`, [
          KEEP_DISPATCHED_DAYS,
        ]),
      );
    }
    return relayed;
  }

  private queue(name: string): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }
}
