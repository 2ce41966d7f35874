import {
  JobPayload,
  MATCHING_DEBOUNCE_MS,
  OrganisationWorkerHost,
  QueueName,
  RECOVERABLE_WORKER_OPTIONS,
  waitUntil,
} from '@crowdcomms/queue';
import { Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { MatchingService } from './matching.service';

type MatchingJob =
  | Job<JobPayload<QueueName.MATCHING, 'recompute-volunteer'>, unknown, 'recompute-volunteer'>
  | Job<JobPayload<QueueName.MATCHING, 'recompute-task'>, unknown, 'recompute-task'>
  | Job<JobPayload<QueueName.MATCHING, 'propose-plan'>, unknown, 'propose-plan'>;

/**
 * A short lock: when a worker dies mid-job (SIGKILL, `close(true)`), another
 * worker finds the job stalled within seconds and runs it again. Long jobs
 * keep their lock alive (BullMQ renews it every half lock).
 */
export const MATCHING_WORKER_OPTIONS = { ...RECOVERABLE_WORKER_OPTIONS, concurrency: 4 } as const;

/**
 * Matching's jobs in the worker. Each recompute reads the current state and
 * upserts, so repeating one (at-least-once delivery, a crashed worker's job
 * run again) changes nothing.
 */
@Processor(QueueName.MATCHING, MATCHING_WORKER_OPTIONS)
export class MatchingProcessor extends OrganisationWorkerHost {
  constructor(private readonly matching: MatchingService) {
    super();
  }

  async handle(job: MatchingJob): Promise<unknown> {
    switch (job.name) {
      case 'recompute-volunteer':
        await debounce(job.data.notBefore);
        return this.matching.recomputeVolunteer(job.data.organisationId, job.data.membershipId);
      case 'recompute-task':
        await debounce(job.data.notBefore);
        return this.matching.recomputeTask(job.data.organisationId, job.data.taskId);
      case 'propose-plan':
        return this.matching.computePlan(job.data.organisationId, job.data.planId);
    }
  }
}

/** Grace after the debounce window, for transactions that enqueued at its very end to commit. */
const COMMIT_GRACE_MS = 100;

/**
 * Waits for the end of the job's debounce window, so the recompute sees every change made during it.
 * A genuine window ends at most one debounce period after the job was queued; a larger (forged) value
 * waits no longer than that.
 */
async function debounce(notBefore: number): Promise<void> {
  const wait = waitUntil(notBefore + COMMIT_GRACE_MS, MATCHING_DEBOUNCE_MS + COMMIT_GRACE_MS);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}
