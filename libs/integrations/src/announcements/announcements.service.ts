import { AppConfig } from '@crowdcomms/config';
import { TransactionalConnection } from '@crowdcomms/data-access';
import { BadInputError, ConflictError, NotFoundError } from '@crowdcomms/errors';
import { AnnouncementEvent, OutboxService, QueueName } from '@crowdcomms/queue';
import { RequestContext } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { SecretBox } from '../secret-box';
import { AnnouncementDestination, AnnouncementDestinationKind } from './announcement-destination.entity';
import { checkWebhookUrl, WebhookUrlError } from './webhook-address';

/** A destination's settings as the audit log records them: never its URL or secret. */
export function describeDestination(d: AnnouncementDestination) {
  return { id: d.id, name: d.name, kind: d.kind, host: d.urlHost, events: d.events, paused: !!d.pausedAt };
}

/**
 * Where an organisation's announcements go: admins connect Teams, Slack and generic webhooks, choose
 * what each announces, send a test message and resume one that paused itself after failures.
 */
@Injectable()
export class AnnouncementsService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly box: SecretBox,
    private readonly config: AppConfig,
    private readonly outbox: OutboxService,
  ) {}

  list(ctx: RequestContext): Promise<AnnouncementDestination[]> {
    return this.db.scoped(ctx, AnnouncementDestination).find({ order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async get(ctx: RequestContext, id: string): Promise<AnnouncementDestination> {
    const destination = await this.db.scoped(ctx, AnnouncementDestination).findOneBy({ id });
    if (!destination) throw new NotFoundError('Announcement destination');
    return destination;
  }

  /** A new destination; a generic webhook gets a signing secret, returned this once. */
  async create(
    ctx: RequestContext,
    input: { name: string; kind: AnnouncementDestinationKind; url: string; events: AnnouncementEvent[] },
  ): Promise<{ destination: AnnouncementDestination; signingSecret: string | null }> {
    const name = nameOf(input.name);
    const url = await this.checkUrl(input.url);
    const signingSecret = input.kind === AnnouncementDestinationKind.GENERIC ? newSigningSecret() : null;
    const destinations = this.db.scoped(ctx, AnnouncementDestination);
    const destination = await destinations.save(
      destinations.create({
        name,
        kind: input.kind,
        events: [...new Set(input.events)],
        sealedUrl: this.box.seal(url.href),
        urlHost: url.host,
        sealedSigningSecret: signingSecret ? this.box.seal(signingSecret) : null,
        createdByMembershipId: ctx.membershipId,
      }),
    );
    return { destination, signingSecret };
  }

  async update(
    ctx: RequestContext,
    input: { id: string; name?: string; url?: string; events?: AnnouncementEvent[] },
  ): Promise<{ before: AnnouncementDestination; after: AnnouncementDestination }> {
    const before = await this.get(ctx, input.id);
    const changes: Partial<AnnouncementDestination> = {};
    if (input.name !== undefined) changes.name = nameOf(input.name);
    if (input.events !== undefined) changes.events = [...new Set(input.events)];
    if (input.url !== undefined) {
      const url = await this.checkUrl(input.url);
      changes.sealedUrl = this.box.seal(url.href);
      changes.urlHost = url.host;
    }
    const destinations = this.db.scoped(ctx, AnnouncementDestination);
    if (Object.keys(changes).length) await destinations.update({ id: input.id }, changes);
    return { before, after: await this.get(ctx, input.id) };
  }

  /**
   * A new signing secret for a generic webhook, returned this once. For `keepPreviousHours` each delivery is
   * also signed with the secret it replaces, so that the receiver can switch without refusing a delivery in
   * between; 0 stops the old secret at once (as when it leaked).
   */
  async rotateSigningSecret(
    ctx: RequestContext,
    id: string,
    keepPreviousHours: number,
  ): Promise<{ destination: AnnouncementDestination; signingSecret: string }> {
    if (!Number.isInteger(keepPreviousHours) || keepPreviousHours < 0 || keepPreviousHours > MAX_SECRET_OVERLAP_HOURS) {
      throw new BadInputError(`Keep the previous secret for 0 to ${MAX_SECRET_OVERLAP_HOURS} hours`, {
        argument: 'keepPreviousHours',
      });
    }
    return this.db.transaction(ctx, async () => {
      const destinations = this.db.scoped(ctx, AnnouncementDestination);
      // Locked: two rotations at once must not both replace the same secret (one new secret would be lost).
      const destination = await destinations.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!destination) throw new NotFoundError('Announcement destination');
      if (destination.kind !== AnnouncementDestinationKind.GENERIC || !destination.sealedSigningSecret) {
        throw new BadInputError(
          'Only a generic webhook signs its deliveries: Teams and Slack have no secret to rotate',
          {
            argument: 'id',
          },
        );
      }
      // A second rotation while the first one's old secret still signs would drop that secret, which the receiver
      // may still hold: only "stop the old ones now" is taken until the overlap ends.
      const overlapEnds = destination.previousSecretExpiresAt;
      if (keepPreviousHours > 0 && overlapEnds && overlapEnds > new Date()) {
        throw new ConflictError(
          `The secret before the current one still signs until ${overlapEnds.toISOString()}: make a new one after that, or stop the old ones now (keepPreviousHours: 0)`,
          { reason: 'SECRET_OVERLAP_RUNNING', argument: 'keepPreviousHours' },
        );
      }
      const signingSecret = newSigningSecret();
      const keep = keepPreviousHours > 0;
      await destinations.update(
        { id },
        {
          sealedSigningSecret: this.box.seal(signingSecret),
          sealedPreviousSigningSecret: keep ? destination.sealedSigningSecret : null,
          previousSecretExpiresAt: keep ? new Date(Date.now() + keepPreviousHours * 3_600_000) : null,
        },
      );
      return { destination: await this.get(ctx, id), signingSecret };
    });
  }

  async remove(ctx: RequestContext, id: string): Promise<AnnouncementDestination> {
    const destination = await this.get(ctx, id);
    await this.db.scoped(ctx, AnnouncementDestination).delete({ id });
    return destination;
  }

  /** Sends again after a pause: the failure streak starts over. Resuming a live destination changes nothing. */
  async resume(ctx: RequestContext, id: string): Promise<{ destination: AnnouncementDestination; changed: boolean }> {
    const destination = await this.get(ctx, id);
    if (!destination.pausedAt) return { destination, changed: false };
    await this.db.scoped(ctx, AnnouncementDestination).update({ id }, { pausedAt: null, consecutiveFailures: 0 });
    return { destination: await this.get(ctx, id), changed: true };
  }

  /** Queues a test message to one destination (delivered and logged like any announcement). */
  async sendTest(ctx: RequestContext, id: string): Promise<AnnouncementDestination> {
    return this.db.transaction(ctx, async () => {
      const destination = await this.get(ctx, id);
      if (destination.pausedAt) {
        throw new ConflictError('This destination is paused after repeated failures: resume it first', {
          reason: 'DESTINATION_PAUSED',
        });
      }
      const testId = randomUUID();
      await this.outbox.enqueue({
        queue: QueueName.ANNOUNCEMENTS,
        name: 'deliver',
        jobId: `deliver-${destination.id}-test-${testId}`,
        payload: {
          organisationId: ctx.organisationId,
          destinationId: destination.id,
          event: 'TEST',
          eventId: testId,
          occurredAt: new Date().toISOString(),
          data: {
            title: 'Announcements from Crowdcomms will appear here.',
            link: this.config.get('APP_URL'),
          },
        },
        organisationId: ctx.organisationId,
      });
      return destination;
    });
  }

  /** A URL an admin entered, checked (https, a public host unless allowed); refused as BAD_USER_INPUT on `url`. */
  private async checkUrl(raw: string): Promise<URL> {
    try {
      return await checkWebhookUrl(raw, this.config.get('WEBHOOK_ALLOW_PRIVATE_HOSTS'));
    } catch (error) {
      if (error instanceof WebhookUrlError) throw new BadInputError(error.message, { field: 'url' });
      throw error;
    }
  }
}

/** The longest a rotated-out signing secret may keep signing: a week. */
export const MAX_SECRET_OVERLAP_HOURS = 168;

function newSigningSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

function nameOf(raw: string): string {
  const name = raw.trim();
  if (!name) throw new BadInputError('Give the destination a name, e.g. "Comms team channel"', { field: 'name' });
  return name;
}
