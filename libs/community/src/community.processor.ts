import { TransactionalConnection } from '@crowdcomms/data-access';
import { InjectPubSub } from '@crowdcomms/notifications';
import { jobNow, JobPayload, QueueName, OrganisationWorkerHost } from '@crowdcomms/queue';
import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { DigestService } from './digest.service';
import { Post } from './entities/post.entity';
import { NewPostEvent, newPostChannel } from './live-feed';

type CommunityJob =
  | Job<JobPayload<QueueName.COMMUNITY, 'publish-post'>, unknown, 'publish-post'>
  | Job<JobPayload<QueueName.COMMUNITY, 'digest-tick'>, unknown, 'digest-tick'>
  | Job<JobPayload<QueueName.COMMUNITY, 'digest'>, unknown, 'digest'>;

/**
 * How digests run in production: every worker, on start, upserts the BullMQ job
 * scheduler `community-digest` (idempotent; several workers share one schedule in
 * Redis). At 07:00 UTC each day it adds a `digest-tick` job, which adds one
 * `digest` job per organisation (job id `digest-<org>-<hour>`); that job calls
 * `DigestService.sendDueDigests(org, now)`, which e-mails members whose daily or
 * weekly digest is due. To run one by hand: add a `digest-tick` (or `digest`
 * with `{ organisationId, now }`) job to the `community` queue, e.g. from the
 * Bull Board at /admin/queues.
 */
export const DIGEST_SCHEDULE = { id: 'community-digest', pattern: '0 7 * * *', tz: 'UTC' } as const;

/**
 * The community's jobs in the worker: announce committed posts to live
 * subscribers (any API replica) and build digests. Each is safe to repeat.
 */
@Processor(QueueName.COMMUNITY)
export class CommunityProcessor extends OrganisationWorkerHost {
  private readonly logger = new Logger(CommunityProcessor.name);

  constructor(
    private readonly db: TransactionalConnection,
    @InjectPubSub() private readonly pubSub: RedisPubSub,
    @InjectQueue(QueueName.COMMUNITY) private readonly queue: Queue,
    private readonly digests: DigestService,
  ) {
    super();
  }

  async handle(job: CommunityJob): Promise<unknown> {
    switch (job.name) {
      case 'publish-post': {
        const post = await this.db
          .getRepository(Post)
          .findOneBy({ organisationId: job.data.organisationId, id: job.data.postId });
        if (!post) return; // deleted before we got to it
        const event: NewPostEvent = {
          newPostAvailable: {
            postId: post.id,
            authorId: post.authorMembershipId,
            groupId: post.groupId,
            createdAt: post.createdAt.toISOString(),
          },
        };
        await this.pubSub.publish(newPostChannel(post.organisationId), event);
        return;
      }
      case 'digest-tick': {
        const now = jobNow(job.data.now).toISOString();
        const organisations = await this.digests.organisationIds();
        // One job per organisation and run: the stable id makes a repeated tick harmless.
        await this.queue.addBulk(
          organisations.map((organisationId) => ({
            name: 'digest',
            data: { organisationId, now },
            opts: { jobId: `digest-${organisationId}-${now.slice(0, 13)}` },
          })),
        );
        return organisations.length;
      }
      case 'digest': {
        const sent = await this.digests.sendDueDigests(job.data.organisationId, jobNow(job.data.now));
        this.logger.log(`digest for ${job.data.organisationId}: ${sent} e-mails`);
        return sent;
      }
    }
  }
}

/** Registers the repeatable digest tick in Redis when a worker starts (idempotent across workers). */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.COMMUNITY) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      DIGEST_SCHEDULE.id,
      { pattern: DIGEST_SCHEDULE.pattern, tz: DIGEST_SCHEDULE.tz },
      { name: 'digest-tick', data: {} },
    );
  }
}
