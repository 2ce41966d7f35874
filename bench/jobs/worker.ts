/**
 * The worker as `bench/jobs` runs it, in a process of its own (so it can be SIGKILLed): the product's
 * WorkerModule — every processor and the outbox relay — plus one cheap job registered only here.
 *
 * The cheap job records its effect in PostgreSQL keyed by the change it carries and counts its runs:
 * a lost job leaves a change without a row, a job run twice (at-least-once delivery after a worker
 * died or Redis went away mid-job) shows as `runs` > 1 on an effect that is still there once.
 */
import { DEFAULT_JOB_OPTIONS, RECOVERABLE_WORKER_OPTIONS } from '@crowdcomms/queue';
import { BullModule, InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Job, Queue } from 'bullmq';
import { Pool } from 'pg';
import { WorkerModule } from '../../apps/worker/src/worker.module';

export const BENCH_QUEUE = 'bench-jobs';
export const BENCH_JOB = 'record-change';

// Asynchronous commit: on this machine's shared disk a flush per commit caps the inserts at ~1 000/s
// for the whole machine. PostgreSQL is not restarted by the bench, so no recorded effect can be lost to it.
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10, options: '-c synchronous_commit=off' });

@Processor(BENCH_QUEUE, { ...RECOVERABLE_WORKER_OPTIONS, concurrency: Number(process.env.BENCH_CONCURRENCY ?? 50) })
class RecordChangeProcessor extends WorkerHost implements OnApplicationShutdown {
  constructor(@InjectQueue(BENCH_QUEUE) queue: Queue) {
    super();
    // As the product's queues are heard (QueueReadiness): a Redis outage is logged, not thrown unheard.
    const logger = new Logger('BenchQueue');
    queue.on('error', (error: Error) => logger.warn(`queue ${BENCH_QUEUE}: ${error.message}`));
  }

  async process(job: Job<{ change: number }>): Promise<void> {
    await pool.query(
      `INSERT INTO bench_job_effect (change, job_id) VALUES ($1, $2)
       ON CONFLICT (change) DO UPDATE SET runs = bench_job_effect.runs + 1`,
      [job.data.change, job.id],
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await pool.end();
  }
}

@Module({
  imports: [WorkerModule, BullModule.registerQueue({ name: BENCH_QUEUE, defaultJobOptions: DEFAULT_JOB_OPTIONS })],
  providers: [RecordChangeProcessor],
})
class BenchWorkerModule {}

if (require.main === module) {
  NestFactory.createApplicationContext(BenchWorkerModule, { logger: ['error', 'warn'] })
    .then((app) => {
      app.enableShutdownHooks();
      console.log('Worker ready');
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
