import { AppConfig } from '@crowdcomms/config';
import { QueueName } from '@crowdcomms/queue';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BullBoardInstance, BullBoardModule, InjectBullBoard } from '@bull-board/nestjs';
import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Module, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Queue } from 'bullmq';
import { OperatorOnlyMiddleware } from './operator-only.middleware';

/** Adds every queue to the board, read-only unless the configuration says otherwise (also hides the buttons). */
@Injectable()
class QueueBoardQueues implements OnModuleInit {
  constructor(
    @InjectBullBoard() private readonly board: BullBoardInstance,
    private readonly moduleRef: ModuleRef,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const readOnlyMode = this.config.get('QUEUE_DASHBOARD_READ_ONLY');
    for (const name of Object.values(QueueName)) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      this.board.addQueue(new BullMQAdapter(queue, { readOnlyMode }));
    }
  }
}

/** Bull Board at /admin/queues: an operator screen behind OperatorOnlyMiddleware (see docs/operations.md). */
@Module({
  imports: [
    BullBoardModule.forRoot({ route: '/admin/queues', adapter: ExpressAdapter, middleware: OperatorOnlyMiddleware }),
  ],
  providers: [QueueBoardQueues],
})
export class AdminQueuesModule {}
