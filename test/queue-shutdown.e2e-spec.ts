import { Test } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';

/**
 * A process that stops right after it starts (a CLI run, a test, a crash loop) must
 * shut its queues down cleanly, even while their Redis connections are still opening.
 */
describe('queue shutdown', () => {
  it('closes every queue without an unhandled error, however soon after start', async () => {
    Object.assign(process.env, {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      REDIS_PREFIX: `test-${randomBytes(6).toString('hex')}`,
      JWT_SECRET: randomBytes(32).toString('hex'),
    });
    // Imported only now: configuration is read when the modules load.
    const { AppConfigModule } = await import('@crowdcomms/config');
    const { OutboxService, QueueModule } = await import('@crowdcomms/queue');
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      for (let round = 0; round < 40; round++) {
        const app = await Test.createTestingModule({
          imports: [AppConfigModule.forRoot(), QueueModule.forRoot()],
        })
          // Only the queues are under test: the outbox writer needs a database.
          .overrideProvider(OutboxService)
          .useValue({})
          .compile();
        // The queues start connecting as they are created; stop at varying points of that.
        await new Promise((resolve) => setTimeout(resolve, round % 5));
        await app.close();
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      process.off('unhandledRejection', record);
    }
    expect(unhandled).toEqual([]);
  }, 60_000);
});
