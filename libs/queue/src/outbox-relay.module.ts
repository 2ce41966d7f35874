import { Module } from '@nestjs/common';
import { OutboxRelay } from './outbox-relay.service';

/** The relay runs in the worker only. */
@Module({ providers: [OutboxRelay], exports: [OutboxRelay] })
export class OutboxRelayModule {}
