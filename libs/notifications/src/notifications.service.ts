import { TransactionalConnection } from '@crowdcomms/data-access';
import { ConnectionShape, paginate, PageArgs } from '@crowdcomms/pagination';
import { OutboxService, QueueName } from '@crowdcomms/queue';
import { RequestContext } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { In, IsNull } from 'typeorm';
import { Notification } from './notification.entity';

export interface NotifyInput {
  organisationId: string;
  recipientMembershipIds: string[];
  kind: string;
  title: string;
  body: string;
  data?: Record<string, string>;
  /** Unread notifications with the same key collapse into one, counting events. */
  groupKey?: string;
}

/**
 * In-app notifications. `notify` runs inside the caller's transaction and
 * queues their live delivery through the outbox, so a rollback notifies no one.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly outbox: OutboxService,
  ) {}

  async notify(input: NotifyInput): Promise<Notification[]> {
    const recipients = [...new Set(input.recipientMembershipIds)];
    if (!recipients.length) return [];
    // One statement per recipient set; grouped notifications upsert onto the unread one.
    const values: unknown[] = [];
    const tuples = recipients.map((recipient) => {
      values.push(
        input.organisationId,
        recipient,
        input.kind,
        input.title,
        input.body,
        input.data ?? {},
        input.groupKey ?? null,
      );
      const n = values.length;
      return `($${n - 6}, $${n - 5}, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
    });
    const rows: { id: string }[] = await this.db.manager.query(
      `INSERT INTO notification (organisation_id, recipient_membership_id, kind, title, body, data, group_key)
       VALUES ${tuples.join(', ')}
       ON CONFLICT (organisation_id, recipient_membership_id, group_key)
         WHERE read_at IS NULL AND group_key IS NOT NULL
       DO UPDATE SET title = EXCLUDED.title, body = EXCLUDED.body, data = EXCLUDED.data,
                     count = notification.count + 1, created_at = now()
       RETURNING id`,
      values,
    );
    const ids = rows.map((r) => r.id);
    await this.outbox.enqueue({
      queue: QueueName.NOTIFICATIONS,
      name: 'publish',
      jobId: `notify-${randomUUID()}`,
      payload: { organisationId: input.organisationId, notificationIds: ids },
      organisationId: input.organisationId,
    });
    return this.db.manager.findBy(Notification, { organisationId: input.organisationId, id: In(ids) });
  }

  list(ctx: RequestContext, args: PageArgs & { unreadOnly?: boolean }): Promise<ConnectionShape<Notification>> {
    const query = this.db
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.organisationId = :org AND n.recipientMembershipId = :me', {
        org: ctx.organisationId,
        me: ctx.membershipId,
      });
    if (args.unreadOnly) query.andWhere('n.readAt IS NULL');
    return paginate(query, args, {
      column: 'n.createdAt',
      valueOf: (n) => n.createdAt,
      direction: 'DESC',
      idColumn: 'n.id',
      idOf: (n) => n.id,
    });
  }

  unreadCount(ctx: RequestContext): Promise<number> {
    return this.db.getRepository(Notification).countBy({
      organisationId: ctx.organisationId,
      recipientMembershipId: ctx.membershipId,
      readAt: IsNull(),
    });
  }

  /** Marks the given notifications (or all, when `ids` is omitted) read; returns how many changed. */
  async markRead(ctx: RequestContext, ids?: string[]): Promise<number> {
    const result = await this.db.getRepository(Notification).update(
      {
        organisationId: ctx.organisationId,
        recipientMembershipId: ctx.membershipId,
        readAt: IsNull(),
        ...(ids ? { id: In(ids) } : {}),
      },
      { readAt: () => 'now()' },
    );
    return result.affected ?? 0;
  }

  /** Loads notifications for delivery by the worker. */
  findForDelivery(organisationId: string, ids: string[]): Promise<Notification[]> {
    return this.db.getRepository(Notification).findBy({ organisationId, id: In(ids) });
  }
}
