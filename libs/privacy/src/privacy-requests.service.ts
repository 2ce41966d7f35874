import { AppConfig } from '@crowdcomms/config';
import { returnedRows, TransactionalConnection } from '@crowdcomms/data-access';
import { ForbiddenError, NotFoundError } from '@crowdcomms/errors';
import { MembersService, OrganisationsService } from '@crowdcomms/identity';
import { hashSecret, MailService } from '@crowdcomms/notifications';
import { OutboxService, QueueName } from '@crowdcomms/queue';
import { RequestContext, Role } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { Not } from 'typeorm';
import { PrivacyRequest, PrivacyRequestKind, PrivacyRequestStatus } from './entities/privacy-request.entity';
import { claimDownloadSql } from './privacy-requests.sql';

const HOUR_MS = 3600_000;

const WHEN = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'full',
  timeStyle: 'short',
  timeZone: 'UTC',
});

/** "Tuesday 8 December 2026 at 03:25 UTC". */
function formatWhen(date: Date): string {
  return `${WHEN.format(date)} UTC`;
}

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
    private readonly organisations: OrganisationsService,
    private readonly mail: MailService,
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
      await this.tellPerson(ctx, memberId, request.notBefore, memberId === ctx.membershipId ? 'SELF' : 'ADMIN');
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
      const saved = await requests.save(pending);
      if (memberId !== ctx.membershipId) await this.tellPerson(ctx, memberId, null, 'CALLED_OFF');
      return saved;
    });
  }

  /**
   * E-mails the person about their erasure, in the same transaction (the outbox sends it): when it
   * will run and how to call it off, or that an admin called it off. It names nothing but them,
   * and erasure deletes it with the rest of their e-mails.
   */
  private async tellPerson(
    ctx: RequestContext,
    memberId: string,
    when: Date | null,
    about: 'SELF' | 'ADMIN' | 'CALLED_OFF',
  ): Promise<void> {
    const member = await this.members.get(ctx, memberId);
    const [user] = await this.members.usersByIds([member.userId]);
    if (!user) return;
    const { name } = await this.organisations.settingsView(ctx.organisationId);
    const profile = `${this.config.get('APP_URL')}/profile`;
    const text =
      about === 'CALLED_OFF'
        ? [
            `Hello,`,
            ``,
            `An admin of ${name} has called off the erasure of your Crowdcomms account there.`,
            `Your account and everything held about you stay as they are.`,
            ``,
            `If you still want to be erased, you can ask again on My profile: ${profile}`,
          ]
        : [
            `Hello,`,
            ``,
            about === 'SELF'
              ? `You asked for your Crowdcomms account in ${name} to be erased.`
              : `An admin of ${name} has asked, on your behalf, for your Crowdcomms account there to be erased.`,
            `It will be erased, with everything held about you there, on ${formatWhen(when!)}.`,
            ``,
            `To call it off, sign in before then and choose "Keep my account" on My profile:`,
            profile,
            ``,
            `After that it cannot be undone.`,
          ];
    await this.mail.queueEmail({
      organisationId: ctx.organisationId,
      to: user.email,
      subject:
        about === 'CALLED_OFF'
          ? 'The erasure of your Crowdcomms account has been called off'
          : 'Your Crowdcomms account is due to be erased',
      text: text.join('\n'),
    });
  }

  /** The organisation's erasures (for admins): waiting ones first, soonest due; then the 50 most recent others. */
  async erasures(ctx: RequestContext): Promise<PrivacyRequest[]> {
    const requests = this.db.scoped(ctx, PrivacyRequest);
    const waiting = await requests.find({
      where: { kind: PrivacyRequestKind.ERASURE, status: PrivacyRequestStatus.PENDING },
      order: { notBefore: 'ASC' },
      take: 200,
    });
    const finished = await requests.find({
      where: { kind: PrivacyRequestKind.ERASURE, status: Not(PrivacyRequestStatus.PENDING) },
      order: { completedAt: 'DESC' },
      take: 50,
    });
    return [...waiting, ...finished];
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
