import { AppConfig } from '@crowdcomms/config';
import { TransactionalConnection } from '@crowdcomms/data-access';
import { AnnouncementPayload } from '@crowdcomms/queue';
import { forOrganisation } from '@crowdcomms/request-context';
import { Injectable, Logger } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { SecretBox } from '../secret-box';
import { AnnouncementDestination } from './announcement-destination.entity';
import { webhookMessage } from './announcement-messages';
import { destinationsAnnouncingSql, recordDeliverySql, recordFailureSql } from './announcements.sql';
import { DeliveryError, sendWebhook } from './webhook-sender';

/** Failed attempts in a row after which a destination pauses itself until an admin resumes it. */
export const PAUSE_AFTER_FAILURES = 5;
/** Attempts of one announcement to one destination (the pause usually comes first). */
export const DELIVERY_ATTEMPTS = 6;

export type DeliveryOutcome = 'DELIVERED' | 'SKIPPED' | { failed: string; paused: boolean };

/** The worker's side of announcements: who gets an event, and one delivery with its log. */
@Injectable()
export class AnnouncementDeliveryService {
  private readonly logger = new Logger(AnnouncementDeliveryService.name);
  private readonly ca: string[] | undefined;

  constructor(
    private readonly db: TransactionalConnection,
    private readonly box: SecretBox,
    private readonly config: AppConfig,
  ) {
    const file = config.get('WEBHOOK_CA_FILE');
    this.ca = file ? [...rootCertificates, readFileSync(file, 'utf8')] : undefined;
  }

  /** The organisation's live destinations that announce this event. */
  async destinationsFor(organisationId: string, event: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.run(destinationsAnnouncingSql(organisationId, event));
    return rows.map((r) => r.id);
  }

  /**
   * Posts an announcement to one destination and logs the attempt on it. A destination that is gone,
   * paused, or no longer announces the event gets nothing.
   */
  async deliver(
    payload: AnnouncementPayload & { destinationId: string },
    deliveryId: string,
  ): Promise<DeliveryOutcome> {
    const ctx = forOrganisation(payload.organisationId);
    const destination = await this.db.scoped(ctx, AnnouncementDestination).findOneBy({ id: payload.destinationId });
    if (!destination || destination.pausedAt) return 'SKIPPED';
    if (payload.event !== 'TEST' && !destination.events.includes(payload.event as never)) return 'SKIPPED';
    try {
      const url = this.box.open(destination.sealedUrl);
      const message = webhookMessage(destination.kind, payload, deliveryId, this.signingSecrets(destination));
      await sendWebhook(
        { url, ...message },
        { allowance: this.config.get('WEBHOOK_ALLOW_PRIVATE_HOSTS'), ca: this.ca },
      );
    } catch (error) {
      const reason =
        error instanceof DeliveryError
          ? error.message
          : /sealed|authenticate|decrypt/i.test((error as Error).message)
            ? 'The stored URL can no longer be read (the encryption key changed): enter the URL again'
            : `The delivery failed: ${(error as Error).message}`;
      const [row]: { paused: boolean }[] = await this.db.run(
        recordFailureSql(payload.organisationId, destination.id, reason, PAUSE_AFTER_FAILURES),
      );
      if (row?.paused) this.logger.warn(`announcement destination ${destination.id} paused after repeated failures`);
      return { failed: reason, paused: !!row?.paused };
    }
    await this.db.run(recordDeliverySql(payload.organisationId, destination.id));
    return 'DELIVERED';
  }

  /** The secrets a delivery is signed with: the current one, and the one it replaced while that still signs. */
  private signingSecrets(destination: AnnouncementDestination, now = new Date()): string[] {
    const secrets = destination.sealedSigningSecret ? [this.box.open(destination.sealedSigningSecret)] : [];
    const previous = destination.sealedPreviousSigningSecret;
    if (previous && destination.previousSecretExpiresAt && destination.previousSecretExpiresAt > now) {
      secrets.push(this.box.open(previous));
    }
    return secrets;
  }
}
