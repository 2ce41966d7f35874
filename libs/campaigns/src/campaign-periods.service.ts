import { crossOrganisation, TransactionalConnection } from '@crowdcomms/data-access';
import { BadInputError, ConflictError, DomainError, NotFoundError } from '@crowdcomms/errors';
import { escapeMarkdown, markdownLink, PostsService, PostKind } from '@crowdcomms/community';
import { MembershipStatus, MembersService } from '@crowdcomms/identity';
import { AppConfig } from '@crowdcomms/config';
import { MailService } from '@crowdcomms/notifications';
import { AnnouncementEvent, announcementJob, OutboxService } from '@crowdcomms/queue';
import { forOrganisation, RequestContext, Role } from '@crowdcomms/request-context';
import { Injectable, Logger } from '@nestjs/common';
import { CampaignsService } from './campaigns.service';
import { CurateDigestInput } from './dto/digests.types';
import { Campaign } from './entities/campaign.entity';
import { CampaignDigest } from './entities/campaign-digest.entity';
import { CampaignReminder } from './entities/campaign-reminder.entity';
import { CampaignShare } from './entities/campaign-share.entity';
import { daysBetween, DayRange, toDate, toDay } from './periods';

/** Reminders go to those who have not shared yet when this many days (or fewer) of the period are left. */
export const REMINDER_DAYS_BEFORE_END = 3;
const MAX_BODY = 9_000;

const FORM_LABEL: Record<string, string> = {
  TEXT: 'Text',
  IMAGE: 'Images',
  AUDIO: 'Audio',
  VIDEO: 'Video',
  BLOG_POST: 'Blog posts',
  LINK: 'Links',
};

/**
 * What happens at the end of each period, run by the worker with an explicit
 * `now` (so tests drive it with a chosen clock): the period's digest is built,
 * published as a community post and e-mailed to participants; near the end of
 * a period, those who have not shared yet get one gentle reminder. Both are
 * idempotent: the digest row is locked and marked published in the same
 * transaction as its post and e-mails, and each reminder is a unique row.
 */
@Injectable()
export class CampaignPeriodsService {
  private readonly logger = new Logger(CampaignPeriodsService.name);

  constructor(
    private readonly db: TransactionalConnection,
    private readonly campaigns: CampaignsService,
    private readonly members: MembersService,
    private readonly posts: PostsService,
    private readonly mail: MailService,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  /** Comms pick highlights and add a note before the worker publishes the period's digest. */
  async curate(ctx: RequestContext, input: CurateDigestInput): Promise<CampaignDigest> {
    const campaign = await this.campaigns.get(ctx, input.campaignId);
    const period = this.campaigns.periods(campaign)[input.periodIndex - 1];
    if (!period) throw new BadInputError('The campaign has no such period', { argument: 'periodIndex' });
    const ids = input.highlightShareIds ?? [];
    if (ids.length) {
      const [{ n }]: { n: number }[] = await this.db.query(
        `SELECT count(*)::int AS n FROM campaign_share WHERE organisation_id = $1 AND campaign_id = $2
            AND id = ANY($3::uuid[]) AND shared_on >= $4 AND shared_on < $5`,
        [ctx.organisationId, campaign.id, ids, period.from, period.to],
      );
      if (n !== ids.length) throw new NotFoundError('Share');
    }
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO campaign_digest (organisation_id, campaign_id, period_index, highlight_share_ids, note)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ON CONSTRAINT campaign_digest_organisation_campaign_period_key DO UPDATE
          SET highlight_share_ids = EXCLUDED.highlight_share_ids, note = EXCLUDED.note
        WHERE campaign_digest.published_at IS NULL
       RETURNING id`,
      [ctx.organisationId, campaign.id, input.periodIndex, ids, input.note?.trim() || null],
    );
    if (!rows.length) throw new ConflictError('This period’s digest has already been published');
    return this.db
      .getRepository(CampaignDigest)
      .findOneByOrFail({ organisationId: ctx.organisationId, id: rows[0].id });
  }

  /**
   * Comms publish a period's digest now rather than waiting for the period to end: it
   * covers what was shared so far, and the worker then leaves that period alone.
   */
  async publishNow(
    ctx: RequestContext,
    campaignId: string,
    periodIndex: number,
    now = new Date(),
  ): Promise<CampaignDigest> {
    const campaign = await this.campaigns.get(ctx, campaignId);
    const period = this.campaigns.periods(campaign)[periodIndex - 1];
    if (!period) throw new BadInputError('The campaign has no such period', { argument: 'periodIndex' });
    if (period.from > toDay(now)) {
      throw new BadInputError('This period has not started yet', { argument: 'periodIndex' });
    }
    if (!(await this.publish(campaign, periodIndex, period, now, { manual: true }))) {
      throw new ConflictError('This period’s digest has already been published', { reason: 'DIGEST_PUBLISHED' });
    }
    const digest = await this.db.scoped(ctx, CampaignDigest).findOneBy({ campaignId: campaign.id, periodIndex });
    if (!digest) throw new NotFoundError('Digest');
    return digest;
  }

  /**
   * Comms take back a published digest: its community post is removed and the digest is marked unpublished
   * (when and by whom), so it can be curated and published again with `publishNow`; the worker leaves it alone.
   * E-mails already sent cannot be recalled.
   */
  async unpublish(
    ctx: RequestContext,
    campaignId: string,
    periodIndex: number,
    now = new Date(),
  ): Promise<CampaignDigest> {
    const campaign = await this.campaigns.get(ctx, campaignId);
    if (!this.campaigns.periods(campaign)[periodIndex - 1]) {
      throw new BadInputError('The campaign has no such period', { field: 'periodIndex' });
    }
    const author = this.campaignContext(campaign);
    const unpublished = await this.db.transaction(author, async () => {
      const digest = await this.db
        .scoped(ctx, CampaignDigest)
        .createQueryBuilder('d')
        .setLock('pessimistic_write')
        .andWhere('d.campaignId = :id AND d.periodIndex = :index', { id: campaign.id, index: periodIndex })
        .getOne();
      if (!digest?.publishedAt) return false;
      if (digest.postId) {
        try {
          await this.posts.delete(author, digest.postId);
        } catch (error) {
          // Someone (a moderator) removed the post already: the digest is unpublished all the same.
          if (!(error instanceof NotFoundError)) throw error;
        }
      }
      await this.db
        .scoped(ctx, CampaignDigest)
        .update(
          { id: digest.id },
          { publishedAt: null, postId: null, unpublishedAt: now, unpublishedByMembershipId: ctx.membershipId },
        );
      this.logger.log(`digest ${periodIndex} of campaign ${campaign.id} unpublished by ${ctx.membershipId}`);
      return true;
    });
    if (!unpublished) {
      throw new ConflictError('This period’s digest is not published', { reason: 'DIGEST_NOT_PUBLISHED' });
    }
    const digest = await this.db.scoped(ctx, CampaignDigest).findOneBy({ campaignId: campaign.id, periodIndex });
    if (!digest) throw new NotFoundError('Digest');
    return digest;
  }

  /**
   * Comms remind, now, the participants who have not shared yet this period: at most one
   * reminder per person and period (the worker's included), never to those who opted out.
   * Returns how many were sent.
   */
  async remindNow(ctx: RequestContext, campaignId: string, now = new Date()): Promise<number> {
    const campaign = await this.campaigns.get(ctx, campaignId);
    const today = toDay(now);
    if (!this.campaigns.periods(campaign).some((p) => p.from <= today && today < p.to)) {
      throw new BadInputError('The campaign is not running today', { argument: 'campaignId' });
    }
    return this.remind(campaign, today, { anyDay: true });
  }

  async digests(ctx: RequestContext, campaignId: string): Promise<CampaignDigest[]> {
    const campaign = await this.campaigns.get(ctx, campaignId);
    return this.db.getRepository(CampaignDigest).find({
      where: { organisationId: ctx.organisationId, campaignId: campaign.id },
      order: { periodIndex: 'ASC' },
    });
  }

  /** Members may turn off the reminders of one campaign (and on again). */
  async setReminders(ctx: RequestContext, campaignId: string, enabled: boolean): Promise<boolean> {
    const campaign = await this.campaigns.get(ctx, campaignId);
    const optOut = {
      organisationId: ctx.organisationId,
      campaignId: campaign.id,
      periodIndex: 0,
      membershipId: ctx.membershipId,
    };
    if (enabled) await this.db.getRepository(CampaignReminder).delete(optOut);
    else
      await this.db.getRepository(CampaignReminder).createQueryBuilder().insert().values(optOut).orIgnore().execute();
    return enabled;
  }

  /** Organisations with a campaign running or recently ended (the scheduler fans out over them). */
  async organisationIds(now: Date): Promise<string[]> {
    const rows: { organisation_id: string }[] = await this.db.within(
      crossOrganisation('the campaign tick fans out to every organisation with a running campaign'),
      () =>
        this.db.query(
          `SELECT DISTINCT organisation_id FROM campaign WHERE starts_on <= $1::date AND ends_on >= $1::date - 62`,
          [toDay(now)],
        ),
    );
    return rows.map((r) => r.organisation_id);
  }

  /**
   * Publishes the digest of every period that ended by `now`. Each period is
   * on its own: one that fails is recorded on its digest (visible to comms)
   * and counted in `failed`, and the others still go out; a later run retries it.
   */
  async closeDuePeriods(organisationId: string, now: Date): Promise<{ published: number; failed: string[] }> {
    const today = toDay(now);
    let published = 0;
    const failed: string[] = [];
    for (const campaign of await this.campaignsOf(organisationId, today)) {
      const periods = this.campaigns.periods(campaign);
      for (const [i, period] of periods.entries()) {
        if (period.to > today) break;
        try {
          if (await this.publish(campaign, i + 1, period, now)) published++;
        } catch (error) {
          failed.push(`digest ${i + 1} of campaign ${campaign.id}`);
          await this.recordFailure(campaign, i + 1, error);
        }
      }
    }
    return { published, failed };
  }

  /**
   * Sends one reminder per person and period to participants who have not
   * shared when the period nears its end. A campaign whose reminders fail is
   * logged and named in `failed`; the other campaigns' reminders still go out.
   */
  async sendDueReminders(organisationId: string, now: Date): Promise<{ sent: number; failed: string[] }> {
    const today = toDay(now);
    let sent = 0;
    const failed: string[] = [];
    for (const campaign of await this.campaignsOf(organisationId, today)) {
      try {
        sent += await this.remind(campaign, today);
      } catch (error) {
        failed.push(`reminders of campaign ${campaign.id}`);
        this.logger.error(`reminders of campaign ${campaign.id} failed`, error instanceof Error ? error.stack : error);
      }
    }
    return { sent, failed };
  }

  /** One campaign's due reminders; returns how many were sent. */
  private async remind(campaign: Campaign, today: string, options: { anyDay?: boolean } = {}): Promise<number> {
    const organisationId = campaign.organisationId;
    let sent = 0;
    const periods = this.campaigns.periods(campaign);
    const index = periods.findIndex((p) => p.from <= today && today < p.to);
    if (index < 0) return 0;
    if (!options.anyDay && daysBetween(today, periods[index].to) > REMINDER_DAYS_BEFORE_END) return 0;
    const ctx = this.campaignContext(campaign);
    const { memberIds, to } = await this.campaigns.nonSharers(ctx, campaign.id, today);
    const recipients = await this.contacts(ctx, memberIds);
    for (const r of recipients) {
      const fresh = await this.db.transaction(ctx, async () => {
        const opted = await this.db.manager.existsBy(CampaignReminder, {
          organisationId,
          campaignId: campaign.id,
          periodIndex: 0,
          membershipId: r.membershipId,
        });
        if (opted) return false;
        const inserted = await this.db.manager
          .createQueryBuilder()
          .insert()
          .into(CampaignReminder)
          .values({ organisationId, campaignId: campaign.id, periodIndex: index + 1, membershipId: r.membershipId })
          .orIgnore()
          .returning('id')
          .execute();
        if (!(inserted.raw as unknown[]).length) return false; // already reminded this period
        await this.mail.queueEmail({
          organisationId,
          to: r.email,
          subject: `${campaign.name}: one useful thing to share before ${to}?`,
          text: [
            `Hello ${r.name},`,
            '',
            `There are a few days left in this period of "${campaign.name}" and we have not seen a share from you yet.`,
            'A community post counts, and so does anything you share outside — a blog post, a photo, a tweet. Log it in Crowdcomms.',
            '',
            'Not for you right now? You can turn these reminders off for this campaign.',
          ].join('\n'),
        });
        return true;
      });
      if (fresh) sent++;
    }
    return sent;
  }

  /** Keeps why a digest could not be published on its row, where comms see it (`campaignDigests`). */
  private async recordFailure(campaign: Campaign, index: number, error: unknown): Promise<void> {
    // A domain error's message is written for people; anything else stays in the log.
    const reason =
      error instanceof DomainError
        ? error.message.slice(0, 500)
        : 'The digest could not be published because of an unexpected error; it will be tried again.';
    this.logger.error(
      `digest ${index} of campaign ${campaign.id} failed`,
      error instanceof Error ? error.stack : String(error),
    );
    await this.db.query(
      `INSERT INTO campaign_digest (organisation_id, campaign_id, period_index, failed_attempts, last_error, last_failed_at)
       VALUES ($1, $2, $3, 1, $4, now())
       ON CONFLICT ON CONSTRAINT campaign_digest_organisation_campaign_period_key DO UPDATE
          SET failed_attempts = campaign_digest.failed_attempts + 1, last_error = EXCLUDED.last_error,
              last_failed_at = EXCLUDED.last_failed_at
        WHERE campaign_digest.published_at IS NULL`,
      [campaign.organisationId, campaign.id, index, reason],
    );
  }

  private campaignsOf(organisationId: string, today: string): Promise<Campaign[]> {
    return this.db
      .getRepository(Campaign)
      .createQueryBuilder('c')
      .where('c.organisationId = :org AND c.startsOn <= :today', { org: organisationId, today })
      .orderBy('c.startsOn', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
  }

  /** The worker acts for the campaign's creator (the author of its digest posts). */
  /** The period's work is the campaign's: done with comms rights, published as its creator. */
  private campaignContext(campaign: Campaign): RequestContext {
    return forOrganisation(campaign.organisationId, {
      roles: [Role.COMMS],
      actingAs: { membershipId: campaign.createdByMembershipId },
    });
  }

  private async contacts(ctx: RequestContext, memberIds: string[]) {
    const memberships = (await this.members.findByIds(ctx, memberIds)).filter(
      (m) => m.status === MembershipStatus.ACTIVE,
    );
    const users = await this.members.usersByIds(memberships.map((m) => m.userId));
    return memberships
      .map((m) => {
        const user = users.find((u) => u.id === m.userId);
        return user ? { membershipId: m.id, email: user.email, name: user.displayName } : null;
      })
      .filter((c): c is { membershipId: string; email: string; name: string } => !!c)
      .sort((a, b) => (a.membershipId < b.membershipId ? -1 : 1));
  }

  private async publish(
    campaign: Campaign,
    index: number,
    period: DayRange,
    now: Date,
    { manual = false }: { manual?: boolean } = {},
  ): Promise<boolean> {
    const org = campaign.organisationId;
    const ctx = this.campaignContext(campaign);
    const participants = await this.campaigns.participants(ctx, campaign);
    const body = await this.body(ctx, campaign, index, period, participants);
    const recipients = await this.contacts(ctx, participants);
    return this.db.transaction(ctx, async () => {
      await this.db.manager.query(
        `INSERT INTO campaign_digest (organisation_id, campaign_id, period_index) VALUES ($1, $2, $3)
         ON CONFLICT ON CONSTRAINT campaign_digest_organisation_campaign_period_key DO NOTHING`,
        [org, campaign.id, index],
      );
      const digest = await this.db.manager
        .createQueryBuilder(CampaignDigest, 'd')
        .setLock('pessimistic_write')
        .where('d.organisationId = :org AND d.campaignId = :id AND d.periodIndex = :index', {
          org,
          id: campaign.id,
          index,
        })
        .getOneOrFail();
      if (digest.publishedAt) return false; // another run got there first
      // Comms took it back: only they publish it again (publishNow), never the worker.
      if (digest.unpublishedAt && !manual) return false;
      const text = this.withCuration(body, digest);
      const post = await this.posts.create(
        ctx,
        { body: text, kind: PostKind.ANNOUNCEMENT },
        {
          generated: true,
        },
      );
      for (const r of recipients) {
        await this.mail.queueEmail({
          organisationId: org,
          to: r.email,
          subject: `${campaign.name}: what we shared, ${period.from} to ${toDay(new Date(toDate(period.to).getTime() - 86400000))}`,
          text: `Hello ${r.name},\n\n${text}\n`,
        });
      }
      await this.db.manager.update(
        CampaignDigest,
        { organisationId: org, id: digest.id },
        { publishedAt: now, postId: post.id, body: text, lastError: null, lastFailedAt: null },
      );
      // Channels that announce campaign digests hear of it: the campaign and period only (the digest names people).
      await this.outbox.enqueue(
        announcementJob(org, AnnouncementEvent.CAMPAIGN_DIGEST, post.id, {
          title: `${campaign.name}: the digest of ${period.from} to ${toDay(new Date(toDate(period.to).getTime() - 86400000))}`,
          link: `${this.config.get('APP_URL')}/community`,
        }),
      );
      this.logger.log(`published digest ${index} of campaign ${campaign.id}`);
      return true;
    });
  }

  private withCuration(
    body: { head: string; highlights: (ids: string[]) => string; rest: string },
    digest: CampaignDigest,
  ) {
    const parts = [body.head];
    if (digest.note) parts.push(digest.note);
    const highlights = body.highlights(digest.highlightShareIds);
    if (highlights) parts.push(highlights);
    parts.push(body.rest);
    const text = parts.join('\n\n');
    return text.length > MAX_BODY ? `${text.slice(0, MAX_BODY - 1)}…` : text;
  }

  /**
   * The period's shares grouped by person and form, the most engaged people
   * first (external interactions plus reactions and replies on their posts).
   */
  private async body(ctx: RequestContext, campaign: Campaign, index: number, period: DayRange, participants: string[]) {
    const shares = await this.db
      .getRepository(CampaignShare)
      .createQueryBuilder('s')
      .where('s.organisationId = :org AND s.campaignId = :id', { org: ctx.organisationId, id: campaign.id })
      .andWhere('s.sharedOn >= :from AND s.sharedOn < :to', period)
      .getMany();
    const activity = await this.posts.activityByMember(ctx, toDate(period.from), toDate(period.to), participants, {
      hashtag: campaign.hashtag,
    });
    const engagement = (s: CampaignShare) => s.likes + s.comments + s.reshares;
    const people = new Map<string, { shares: CampaignShare[]; posts: number; score: number }>();
    for (const s of shares) {
      const p = people.get(s.membershipId) ?? { shares: [], posts: 0, score: 0 };
      p.shares.push(s);
      p.score += engagement(s);
      people.set(s.membershipId, p);
    }
    for (const a of activity.filter((x) => x.posts > 0)) {
      const p = people.get(a.membershipId) ?? { shares: [], posts: 0, score: 0 };
      p.posts += a.posts;
      p.score += a.interactionsReceived;
      people.set(a.membershipId, p);
    }
    const names = new Map((await this.contacts(ctx, [...people.keys()])).map((c) => [c.membershipId, c.name]));
    // Names, titles and the campaign's name are member-written: escaped, so they show as typed and
    // cannot add links, markup, hashtags or mentions to the digest.
    const name = (id: string) => escapeMarkdown(names.get(id) ?? 'A former member');
    const ordered = [...people.entries()].sort(
      ([a, x], [b, y]) => y.score - x.score || name(a).localeCompare(name(b)) || (a < b ? -1 : 1),
    );
    const total = shares.length + activity.reduce((n, a) => n + a.posts, 0);
    const lines = ordered.map(([id, p]) => {
      const byForm = new Map<string, CampaignShare[]>();
      for (const s of [...p.shares].sort((a, b) => engagement(b) - engagement(a) || a.title.localeCompare(b.title))) {
        byForm.set(s.form, [...(byForm.get(s.form) ?? []), s]);
      }
      const forms = [...byForm.entries()].map(
        ([form, list]) =>
          `  - ${FORM_LABEL[form] ?? form}: ${list.map((s) => markdownLink(s.title, s.url)).join(', ')}`,
      );
      const posts = p.posts ? [`  - Community posts: ${p.posts}`] : [];
      return [`- **${name(id)}**`, ...forms, ...posts].join('\n');
    });
    return {
      head: `**${escapeMarkdown(campaign.name)} — period ${index} (${period.from} to ${toDay(new Date(toDate(period.to).getTime() - 86400000))})**: ${total} share${total === 1 ? '' : 's'} by ${people.size} of ${participants.length} people.`,
      highlights: (ids: string[]) => {
        const picked = ids.map((id) => shares.find((s) => s.id === id)).filter((s): s is CampaignShare => !!s);
        return picked.length
          ? ['Highlights:', ...picked.map((s) => `- ${markdownLink(s.title, s.url)} by ${name(s.membershipId)}`)].join(
              '\n',
            )
          : '';
      },
      rest: lines.length ? lines.join('\n') : 'Nothing was shared this period.',
    };
  }
}
