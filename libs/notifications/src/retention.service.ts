import { AppConfig } from '@crowdcomms/config';
import { crossOrganisation, TransactionalConnection } from '@crowdcomms/data-access';
import { Injectable } from '@nestjs/common';

/** Rows deleted per statement, so a large backlog never holds long locks. */
const BATCH = 5000;
const DAY_MS = 24 * 3600_000;

/**
 * Deletes e-mail records older than `EMAIL_RETENTION_DAYS` and in-app
 * notifications older than `NOTIFICATION_RETENTION_DAYS`. Run daily by the
 * worker's job scheduler; running it twice deletes nothing more.
 */
@Injectable()
export class NotificationsRetention {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly config: AppConfig,
  ) {}

  async purge(now: Date): Promise<{ emails: number; notifications: number }> {
    const emails = await this.deleteOlderThan(
      'email_message',
      new Date(now.getTime() - this.config.get('EMAIL_RETENTION_DAYS') * DAY_MS),
    );
    const notifications = await this.deleteOlderThan(
      'notification',
      new Date(now.getTime() - this.config.get('NOTIFICATION_RETENTION_DAYS') * DAY_MS),
    );
    return { emails, notifications };
  }

  private async deleteOlderThan(table: 'email_message' | 'notification', cutoff: Date): Promise<number> {
    let deleted = 0;
    for (;;) {
      // One short transaction per batch, declared cross-organisation: retention applies to every tenant alike.
      const [, affected]: [unknown, number] = await this.db.transaction(
        crossOrganisation(`retention deletes expired ${table} rows of every organisation`),
        () =>
          this.db.query(
            `WITH doomed AS (SELECT id FROM ${table} WHERE created_at < $1 LIMIT $2)
             DELETE FROM ${table} t USING doomed WHERE t.id = doomed.id`,
            [cutoff, BATCH],
          ),
      );
      deleted += affected;
      if (affected < BATCH) return deleted;
    }
  }
}
