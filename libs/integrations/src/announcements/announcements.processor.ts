import { AppConfig } from '@crowdcomms/config';
import { JobPayload, OrganisationWorkerHost, QueueName } from '@crowdcomms/queue';
import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Job, Queue, UnrecoverableError } from 'bullmq';
import { AnnouncementDeliveryService, DELIVERY_ATTEMPTS } from './announcement-delivery.service';

type AnnouncementsJob =
  | Job<JobPayload<QueueName.ANNOUNCEMENTS, 'announce'>, unknown, 'announce'>
  | Job<JobPayload<QueueName.ANNOUNCEMENTS, 'deliver'>, unknown, 'deliver'>;

/**
 * `announce` (queued through the outbox with the event) fans out one `deliver` per destination that
 * announces the event; their ids are stable, so a repeated `announce` posts nothing twice. A `deliver`
 * that fails is tried again with exponential backoff (`WEBHOOK_RETRY_DELAY_MS`, doubling) until it
 * succeeds, runs out of attempts, or its destination pauses itself.
 */
@Processor(QueueName.ANNOUNCEMENTS, { concurrency: 4 })
export class AnnouncementsProcessor extends OrganisationWorkerHost {
  constructor(
    @InjectQueue(QueueName.ANNOUNCEMENTS) private readonly queue: Queue,
    private readonly delivery: AnnouncementDeliveryService,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async handle(job: AnnouncementsJob): Promise<unknown> {
    switch (job.name) {
      case 'announce': {
        const destinations = await this.delivery.destinationsFor(job.data.organisationId, job.data.event);
        await this.queue.addBulk(
          destinations.map((destinationId) => ({
            name: 'deliver',
            data: { ...job.data, destinationId },
            opts: {
              jobId: `deliver-${destinationId}-${job.data.event}-${job.data.eventId}`,
              attempts: DELIVERY_ATTEMPTS,
              backoff: { type: 'exponential', delay: this.config.get('WEBHOOK_RETRY_DELAY_MS') },
            },
          })),
        );
        return { destinations: destinations.length };
      }
      case 'deliver': {
        const outcome = await this.delivery.deliver(
          job.data,
          job.id ?? `${job.data.destinationId}-${job.data.eventId}`,
        );
        if (typeof outcome === 'object') {
          // Paused: no more attempts (an admin resumes it); otherwise BullMQ tries again later.
          throw outcome.paused ? new UnrecoverableError(outcome.failed) : new Error(outcome.failed);
        }
        return outcome;
      }
    }
  }
}
