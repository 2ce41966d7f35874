import { Campaign, CampaignsService } from '@crowdcomms/campaigns';
import { AppConfig } from '@crowdcomms/config';
import { returnedRows, TransactionalConnection } from '@crowdcomms/data-access';
import { forOrganisation, RequestContext, Role } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { IsNull, MoreThanOrEqual } from 'typeorm';
import { CalendarEventsService } from './calendar-events.service';
import { CalendarFeed } from './calendar-feed.entity';
import { memberCommitmentsSql, openFeedSql, revokeFeedsSql, TaskEventRow } from './calendars.sql';
import { toIcs } from './ics';

/** `<organisation id>.<secret>.ics`: the organisation says where to look, the secret (32 random bytes) opens it. */
const FEED_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})\.ics$/;

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

/**
 * Members' calendar subscriptions: a secret URL that lists the member's own commitments (tasks they are
 * on, workshops where they hold a place, campaigns they take part in) for a calendar app to poll. Only
 * the secret's hash is kept; making a new URL revokes the old one; the feed stops when it is revoked or
 * its member is deactivated or erased.
 */
@Injectable()
export class CalendarFeedsService {
  private readonly appUrl: string;

  constructor(
    config: AppConfig,
    private readonly db: TransactionalConnection,
    private readonly events: CalendarEventsService,
    private readonly campaigns: CampaignsService,
  ) {
    this.appUrl = config.get('APP_URL').replace(/\/+$/, '');
  }

  /** The caller's live feed, if any (never its URL: that is shown once, when made). */
  mine(ctx: RequestContext): Promise<CalendarFeed | null> {
    return this.db.scoped(ctx, CalendarFeed).findOne({
      where: { membershipId: ctx.membershipId, revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
  }

  /** A new secret URL for the caller's calendar; any earlier one stops at once. */
  create(ctx: RequestContext): Promise<{ url: string; feed: CalendarFeed }> {
    return this.db.transaction(ctx, async () => {
      await this.db.run(revokeFeedsSql(ctx.organisationId, ctx.membershipId));
      const secret = randomBytes(32).toString('base64url');
      const feeds = this.db.scoped(ctx, CalendarFeed);
      const feed = await feeds.save(feeds.create({ membershipId: ctx.membershipId, hash: hashOf(secret) }));
      return { url: `${this.appUrl}/calendar/${ctx.organisationId}.${secret}.ics`, feed };
    });
  }

  /** Stops the caller's feed; false when there was none. */
  async revoke(ctx: RequestContext): Promise<boolean> {
    const result: unknown = await this.db.transaction(ctx, () =>
      this.db.run(revokeFeedsSql(ctx.organisationId, ctx.membershipId)),
    );
    return returnedRows(result).length > 0;
  }

  /**
   * The iCalendar text behind a feed's file name (`<organisation>.<secret>.ics`), or null when the
   * name is malformed, the secret unknown or revoked, or its member no longer active.
   */
  async open(file: string): Promise<string | null> {
    const parsed = FEED_FILE.exec(file);
    if (!parsed) return null;
    const [, organisationId, secret] = parsed;
    return this.db.within({ organisationId }, async () => {
      const [owner] = await this.db.run<{ membershipId: string; userId: string; roles: Role[] }[]>(
        openFeedSql(organisationId, hashOf(secret)),
      );
      if (!owner) return null;
      // The feed reads as its member would: their organisation, their own commitments only.
      const ctx = forOrganisation(organisationId, {
        roles: owner.roles,
        actingAs: { membershipId: owner.membershipId, userId: owner.userId },
      });
      const tasks = await this.db.run<TaskEventRow[]>(memberCommitmentsSql(organisationId, owner.membershipId));
      const campaigns = await this.myCampaigns(ctx);
      const events = [
        ...tasks.map((t) => this.events.fromTask(t)),
        ...campaigns.map((c) => this.events.fromCampaign(c)),
      ];
      return toIcs('Crowdcomms', events);
    });
  }

  /** Campaigns the member takes part in that ended at most 180 days ago. */
  private async myCampaigns(ctx: RequestContext): Promise<Campaign[]> {
    const since = new Date(Date.now() - 180 * 86_400_000).toISOString().slice(0, 10);
    const recent = await this.db.scoped(ctx, Campaign).find({
      where: { endsOn: MoreThanOrEqual(since) },
      order: { startsOn: 'ASC', id: 'ASC' },
      take: 100,
    });
    const mine: Campaign[] = [];
    for (const campaign of recent) {
      if ((await this.campaigns.participants(ctx, campaign)).includes(ctx.membershipId)) mine.push(campaign);
    }
    return mine;
  }
}
