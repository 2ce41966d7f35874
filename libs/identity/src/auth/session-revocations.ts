import { AppConfig } from '@crowdcomms/config';
import { TransactionalConnection } from '@crowdcomms/data-access';
import { createRedisClient, InjectRedis, RedisClient, redisTarget } from '@crowdcomms/queue';
import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { EntitySubscriberInterface, TransactionCommitEvent } from 'typeorm';

/** Where, on the transaction's query runner, revocations wait for the commit. */
const PENDING = 'crowdcomms:revoked-sessions';

type RevokedListener = (sessionIds: string[]) => void;

/**
 * Tells every API replica that sessions have ended, through Redis pub/sub, so
 * each can close the WebSockets opened with them. A revocation made inside a
 * transaction is announced when (and only if) it commits. The database stays
 * the authority — every request checks the session — so a lost announcement
 * (Redis down at that moment) only leaves a socket open until its access token
 * expires.
 */
@Injectable()
export class SessionRevocations implements OnModuleInit, OnApplicationShutdown, EntitySubscriberInterface {
  private readonly logger = new Logger(SessionRevocations.name);
  private readonly listeners = new Set<RevokedListener>();
  private subscriber: RedisClient | undefined;

  constructor(
    private readonly db: TransactionalConnection,
    @InjectRedis() private readonly redis: RedisClient,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    // A TypeORM subscriber added at run time: it hears every transaction's commit and rollback.
    this.db.addSubscriber(this);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }

  /** Announces the ended sessions: now, or when the current transaction commits. */
  async announce(sessionIds: string[]): Promise<void> {
    if (!sessionIds.length) return;
    const runner = this.db.manager.queryRunner;
    if (this.db.inTransaction && runner) {
      const data = runner.data as Record<string, string[] | undefined>;
      data[PENDING] = [...(data[PENDING] ?? []), ...sessionIds];
      return;
    }
    await this.publish(sessionIds);
  }

  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const data = event.queryRunner.data as Record<string, string[] | undefined>;
    const pending = data[PENDING];
    if (!pending) return;
    delete data[PENDING];
    await this.publish(pending);
  }

  afterTransactionRollback(event: TransactionCommitEvent): void {
    delete (event.queryRunner.data as Record<string, unknown>)[PENDING];
  }

  /** Calls `listener` with the ids of sessions ended anywhere (the API's WebSocket layer listens). */
  async onRevoked(listener: RevokedListener): Promise<void> {
    this.listeners.add(listener);
    if (this.subscriber) return;
    this.subscriber = createRedisClient(redisTarget(this.config));
    this.subscriber.on('message', (_channel: string, message: string) => {
      const sessionIds = parseIds(message);
      for (const notify of this.listeners) notify(sessionIds);
    });
    this.subscriber.on('error', (error: Error) => this.logger.warn(`session revocations: ${error.message}`));
    await this.subscriber.subscribe(this.channel());
  }

  private async publish(sessionIds: string[]): Promise<void> {
    try {
      await this.redis.publish(this.channel(), JSON.stringify({ sessionIds }));
    } catch (error) {
      // The sessions are ended in the database whatever happens here; sockets then close at token expiry.
      this.logger.warn(`could not announce ended sessions: ${(error as Error).message}`);
    }
  }

  private channel(): string {
    return `${this.config.get('REDIS_PREFIX')}:session-revoked`;
  }
}

function parseIds(message: string): string[] {
  try {
    const parsed = JSON.parse(message) as { sessionIds?: unknown };
    return Array.isArray(parsed.sessionIds) ? parsed.sessionIds.filter((id) => typeof id === 'string') : [];
  } catch {
    return [];
  }
}
