import { AppConfig } from '@crowdcomms/config';
import { returnedRows, TransactionalConnection } from '@crowdcomms/data-access';
import { ForbiddenError, NotFoundError } from '@crowdcomms/errors';
import { MembersService } from '@crowdcomms/identity';
import { hashSecret } from '@crowdcomms/notifications';
import { OutboxService, QueueName } from '@crowdcomms/queue';
import { RequestContext, Role } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { PrivacyRequest, PrivacyRequestKind, PrivacyRequestStatus } from './entities/privacy-request.entity';
import { claimDownloadSql } from './privacy-requests.sql';

const HOUR_MS = 3600_000;

/**
 * "Download my data" and "Erase me": the requests, their jobs (through the outbox, so a
 * Redis outage delays them and loses none) and the single-use download.
 */
@Injectable()
export class PrivacyRequestsService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly outbox: OutboxService,
    private readonly members: MembersService,
    private readonly config: AppConfig,
  ) {}

  /** Asks for an export of everything held about the caller; asking again while it is built gives the same one. */
  requestExport(ctx: RequestContext): Promise<PrivacyRequest> {
    return this.db.transaction(ctx, async () => {
      await this.db.lock(`privacy-request:${ctx.organisationId}:${ctx.membershipId}`);
      const requests = this.db.scoped(ctx, PrivacyRequest);
      const pending = await requests.findOneBy({
        membershipId: ctx.membershipId,
        kind: PrivacyRequestKind.EXPORT,
        status: PrivacyRequestStatus.PENDING,
      });
      if (pending) return pending;
      const request = await requests.save(
        requests.create({
          kind: PrivacyRequestKind.EXPORT,
          status: PrivacyRequestStatus.PENDING,
          membershipId: ctx.membershipId,
          requestedByMembershipId: ctx.membershipId,
        }),
      );
      await this.outbox.enqueue({
        queue: QueueName.PRIVACY,
        name: 'build-export',
        jobId: `privacy-export-${request.id}`,
        payload: { organisationId: ctx.organisationId, requestId: request.id },
        organisationId: ctx.organisationId,
      });
      return request;
    });
  }

  /**
   * Schedules the erasure of `memberId` (the caller, or — for an admin acting on a request —
   * another member) after the cooling-off. The organisation's only admin cannot be erased.
   */
  requestErasure(ctx: RequestContext, memberId: string): Promise<PrivacyRequest> {
    if (memberId !== ctx.membershipId && !ctx.roles.includes(Role.ADMIN)) throw new NotFoundError('Member');
    return this.db.transaction(ctx, async () => {
      await this.members.get(ctx, memberId);
      await this.members.assertNotOnlyAdmin(
        ctx,
        memberId,
        memberId === ctx.membershipId
          ? 'You are the only admin of this organisation: make someone else an admin before asking to be erased'
          : 'This member is the only admin of the organisation: make someone else an admin first',
      );
      await this.db.lock(`privacy-request:${ctx.organisationId}:${memberId}`);
      const requests = this.db.scoped(ctx, PrivacyRequest);
      const pending = await requests.findOneBy({
        membershipId: memberId,
        kind: PrivacyRequestKind.ERASURE,
        status: PrivacyRequestStatus.PENDING,
      });
      if (pending) return pending;
      const request = await requests.save(
        requests.create({
          kind: PrivacyRequestKind.ERASURE,
          status: PrivacyRequestStatus.PENDING,
          membershipId: memberId,
          requestedByMembershipId: ctx.membershipId,
          notBefore: new Date(Date.now() + this.config.get('ERASURE_COOLING_OFF_HOURS') * HOUR_MS),
        }),
      );
      // The job waits out the cooling-off in BullMQ; the scheduled tick queues it again if Redis lost it.
      await this.outbox.enqueue({
        queue: QueueName.PRIVACY,
        name: 'erase',
        jobId: `privacy-erase-${request.id}`,
        payload: { organisationId: ctx.organisationId, requestId: request.id },
        organisationId: ctx.organisationId,
      });
      return request;
    });
  }

  /** Calls off a waiting erasure: the caller's own, or (for an admin) a member's. */
  cancelErasure(ctx: RequestContext, memberId = ctx.membershipId): Promise<PrivacyRequest> {
    if (memberId !== ctx.membershipId && !ctx.roles.includes(Role.ADMIN)) {
      throw new ForbiddenError('Only an admin can call off the erasure of another member');
    }
    return this.db.transaction(ctx, async () => {
      const requests = this.db.scoped(ctx, PrivacyRequest);
      const pending = await requests.findOne({
        where: { membershipId: memberId, kind: PrivacyRequestKind.ERASURE, status: PrivacyRequestStatus.PENDING },
        lock: { mode: 'pessimistic_write' },
      });
      if (!pending) throw new NotFoundError('Erasure request');
      pending.status = PrivacyRequestStatus.CANCELLED;
      pending.completedAt = new Date();
      return requests.save(pending);
    });
  }

  /** The caller's requests, newest first. */
  mine(ctx: RequestContext): Promise<PrivacyRequest[]> {
    return this.db
      .scoped(ctx, PrivacyRequest)
      .find({ where: { membershipId: ctx.membershipId }, order: { createdAt: 'DESC' }, take: 20 });
  }

  /**
   * The archive behind an e-mailed link, handed over once and only to the member it was built
   * for: a used, expired or foreign link, or another member's, is NOT_FOUND.
   */
  async download(ctx: RequestContext, token: unknown): Promise<Record<string, unknown>> {
    const missing = new NotFoundError('Download');
    if (typeof token !== 'string' || token.length < 16 || token.length > 200) throw missing;
    const [claimed] = returnedRows<{ archive: Record<string, unknown> | null }>(
      await this.db.transaction(ctx, () =>
        this.db.run(claimDownloadSql(ctx.organisationId, ctx.membershipId, hashSecret(token))),
      ),
    );
    if (!claimed?.archive) throw missing;
    return claimed.archive;
  }
}
