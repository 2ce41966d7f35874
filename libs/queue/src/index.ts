export * from './queues';
export * from './outbox-entry.entity';
export * from './outbox.service';
export * from './outbox-relay.service';
export * from './outbox-relay.module';
export * from './queue.module';
export * from './redis-connection';
export * from './redis.provider';
