import { TransactionalConnection } from '@crowdcomms/data-access';
import { BadInputError, ConflictError, DomainError, NotFoundError } from '@crowdcomms/errors';
import { MembersService } from '@crowdcomms/identity';
import { GroupsService, normaliseHashtag, PostsService } from '@crowdcomms/community';
import { ConnectionShape, PageArgs, paginate } from '@crowdcomms/pagination';
import { hasRole, RequestContext, Role } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { CampaignAudience, CampaignCadence, ShareChannel, ShareForm } from './campaigns.enums';
import { buddyCompletionSql, upsertBaselineShareSql } from './campaigns.sql';
import {
  BaselineImportResult,
  BaselineImportRow,
  BaselineShareInput,
  BuddyRoundCompletion,
  CampaignMetrics,
  CampaignProgress,
  CampaignReport,
  CreateCampaignInput,
  FollowerGrowth,
  LogShareInput,
  NonSharers,
  PeriodComparison,
  RecordFollowerSnapshotsInput,
  UpdateShareInteractionsInput,
} from './dto/campaigns.types';
import { parseCsv, toCsv } from '@crowdcomms/csv';
import { Campaign } from './entities/campaign.entity';
import { CampaignShare } from './entities/campaign-share.entity';
import { FollowerSnapshot } from './entities/follower-snapshot.entity';
import { addDays, addSteps, baselineOf, campaignPeriods, DayRange, toDate, toDay } from './periods';

/** How far back a new campaign may start, and how long it may last. */
export const MAX_DAYS_BACK = 90;
export const MAX_MONTHS = 24;

const isDay = (s: string) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && toDay(toDate(s)) === s;
const assertDay = (s: string, argument: string) => {
  if (!isDay(s)) throw new BadInputError(`${argument} is not a calendar day`, { argument });
};
/** A campaign's hashtag as posts carry it; BAD_USER_INPUT on `hashtag` when no post could. */
const campaignHashtag = (tag: string | null | undefined): string | null => {
  if (tag === null || tag === undefined || tag.trim() === '') return null;
  const normalised = normaliseHashtag(tag);
  if (!normalised) {
    throw new BadInputError('A hashtag is 1–50 letters, digits or underscores, not only digits', { field: 'hashtag' });
  }
  return normalised;
};

/** How far before the start a baseline share may be dated. */
export const MAX_BASELINE_DAYS = 366;
/** Lines a baseline import may hold after its header. */
export const MAX_BASELINE_LINES = 1000;
const BASELINE_COLUMNS = ['member', 'channel', 'form', 'url', 'title', 'sharedon'];
const isHttpUrl = (s: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(s).protocol) && s.length <= 2000;
  } catch {
    return false;
  }
};

const rate = (a: number, b: number) => (b ? Math.round((a / b) * 10000) / 10000 : 0);

/** Comms and admins run campaigns; members log their own shares. */
export const runsCampaigns = (ctx: RequestContext) => hasRole(ctx, Role.COMMS, Role.ADMIN);

/**
 * Sharing campaigns: set-up, shares, follower snapshots and metrics against
 * the baseline. Internal shares are the participants' community posts that
 * carry the campaign's hashtag, read through `PostsService.activityByMember` —
 * posts every member may see, that is: a private group's posts are not shares
 * to the organisation, and counting them would tell people outside the group
 * that it is talking. A campaign without a hashtag (every campaign created
 * before hashtags existed) counts all such posts, as it always did, until comms
 * set one. External sharing before the start is recorded as baseline shares, so
 * the baseline counts external sharing as the campaign does.
 */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly members: MembersService,
    private readonly posts: PostsService,
    private readonly groups: GroupsService,
  ) {}

  async create(ctx: RequestContext, input: CreateCampaignInput, today = toDay(new Date())): Promise<Campaign> {
    assertDay(input.startsOn, 'startsOn');
    assertDay(input.endsOn, 'endsOn');
    if (input.endsOn < input.startsOn) {
      throw new BadInputError('endsOn must not be before startsOn', { argument: 'endsOn' });
    }
    // Every period of a campaign becomes a published digest and e-mails: a range reaching years back
    // would make the next run publish them all at once.
    if (input.startsOn < addDays(today, -MAX_DAYS_BACK)) {
      throw new BadInputError(`startsOn can be at most ${MAX_DAYS_BACK} days ago`, { argument: 'startsOn' });
    }
    if (input.endsOn >= addSteps(input.startsOn, CampaignCadence.MONTHLY, MAX_MONTHS)) {
      throw new BadInputError(`A campaign can last at most ${MAX_MONTHS / 12} years`, { argument: 'endsOn' });
    }
    campaignHashtag(input.hashtag);
    const audience = input.audience ?? CampaignAudience.EVERYONE;
    const ids = audience === CampaignAudience.EVERYONE ? [] : (input.participantMemberIds ?? []);
    const groupIds = audience === CampaignAudience.GROUPS ? (input.participantGroupIds ?? []) : [];
    if (audience === CampaignAudience.PEOPLE && !ids.length) {
      throw new BadInputError('Choose at least one participant', { argument: 'participantMemberIds' });
    }
    if (audience === CampaignAudience.GROUPS && !groupIds.length) {
      throw new BadInputError('Choose at least one group', { argument: 'participantGroupIds' });
    }
    if (ids.length && (await this.members.findByIds(ctx, ids)).length !== ids.length) throw new NotFoundError('Member');
    if (groupIds.length && (await this.groups.activeMemberIdsByGroup(ctx, groupIds)).length !== groupIds.length) {
      throw new NotFoundError('Group');
    }
    return this.db.getRepository(Campaign).save(
      this.db.getRepository(Campaign).create({
        organisationId: ctx.organisationId,
        name: input.name.trim(),
        aims: (input.aims ?? []).map((a) => a.trim()).filter(Boolean),
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        cadence: input.cadence ?? CampaignCadence.MONTHLY,
        targetPerPeriod: input.targetPerPeriod ?? 1,
        audience,
        participantMemberIds: ids,
        participantGroupIds: groupIds,
        channels: input.channels ?? Object.values(ShareChannel),
        hashtag: campaignHashtag(input.hashtag),
        createdByMembershipId: ctx.membershipId,
      }),
    );
  }

  async get(ctx: RequestContext, id: string): Promise<Campaign> {
    const campaign = await this.db.getRepository(Campaign).findOneBy({ organisationId: ctx.organisationId, id });
    if (!campaign) throw new NotFoundError('Campaign');
    return campaign;
  }

  list(ctx: RequestContext, args: PageArgs): Promise<ConnectionShape<Campaign>> {
    const query = this.db
      .getRepository(Campaign)
      .createQueryBuilder('c')
      .where('c.organisationId = :org', { org: ctx.organisationId });
    return paginate(query, args, {
      column: 'c.createdAt',
      valueOf: (c) => c.createdAt,
      direction: 'DESC',
      idColumn: 'c.id',
      idOf: (c) => c.id,
    });
  }

  periods(campaign: Campaign): DayRange[] {
    return campaignPeriods(campaign.startsOn, campaign.endsOn, campaign.cadence);
  }

  /**
   * The participants' member ids: every active member, the chosen people, or
   * the chosen groups' active members (plus any people listed) who are still
   * active in the organisation.
   */
  async participants(ctx: RequestContext, campaign: Campaign): Promise<string[]> {
    if (campaign.audience === CampaignAudience.PEOPLE) return campaign.participantMemberIds;
    const active = await this.members.activeMemberIds(ctx);
    if (campaign.audience === CampaignAudience.EVERYONE) return active;
    const groups = await this.groups.activeMemberIdsByGroup(ctx, campaign.participantGroupIds);
    const chosen = new Set([...campaign.participantMemberIds, ...groups.flatMap((g) => g.memberIds)]);
    return active.filter((id) => chosen.has(id));
  }

  /**
   * Logs an external share. Logging the same URL again by the same person for
   * the same campaign updates it (idempotent retry); anyone else's URL is a CONFLICT.
   */
  async logShare(ctx: RequestContext, input: LogShareInput, today = toDay(new Date())): Promise<CampaignShare> {
    const campaign = await this.get(ctx, input.campaignId);
    assertDay(input.sharedOn, 'sharedOn');
    if (input.channel === ShareChannel.INTERNAL) {
      throw new BadInputError('Internal shares are community posts: post in the community instead', {
        argument: 'channel',
      });
    }
    if (!campaign.channels.includes(input.channel)) {
      throw new BadInputError(`${input.channel} does not count in this campaign`, { argument: 'channel' });
    }
    if (input.sharedOn < campaign.startsOn || input.sharedOn > campaign.endsOn) {
      throw new BadInputError('sharedOn must be within the campaign', { argument: 'sharedOn' });
    }
    if (input.sharedOn > today) throw new BadInputError('sharedOn must not be in the future', { argument: 'sharedOn' });
    if (!(await this.participants(ctx, campaign)).includes(ctx.membershipId)) {
      throw new BadInputError('You are not a participant of this campaign', { argument: 'campaignId' });
    }
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO campaign_share (organisation_id, campaign_id, membership_id, channel, form, url, title, shared_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT ON CONSTRAINT campaign_share_organisation_url_key DO UPDATE
          SET channel = EXCLUDED.channel, form = EXCLUDED.form, title = EXCLUDED.title, shared_on = EXCLUDED.shared_on
        WHERE campaign_share.membership_id = EXCLUDED.membership_id AND campaign_share.campaign_id = EXCLUDED.campaign_id
       RETURNING id`,
      [
        ctx.organisationId,
        campaign.id,
        ctx.membershipId,
        input.channel,
        input.form,
        input.url,
        input.title.trim(),
        input.sharedOn,
      ],
    );
    if (!rows.length) throw new ConflictError('This URL has already been logged', { argument: 'url' });
    return this.db.getRepository(CampaignShare).findOneByOrFail({ organisationId: ctx.organisationId, id: rows[0].id });
  }

  /**
   * Sets (or with null clears) the hashtag whose posts count as internal shares. Figures are computed when
   * read, so every period — past ones included — is then counted by the hashtag.
   */
  async setHashtag(ctx: RequestContext, campaignId: string, hashtag: string | null): Promise<Campaign> {
    const campaign = await this.get(ctx, campaignId);
    const tag = campaignHashtag(hashtag);
    await this.db.scoped(ctx, Campaign).update({ id: campaign.id }, { hashtag: tag });
    return { ...campaign, hashtag: tag };
  }

  /**
   * Comms record something a participant shared outside before the campaign started, marked as a baseline
   * share, so the baseline counts external sharing as the campaign's periods do.
   */
  async recordBaselineShare(
    ctx: RequestContext,
    input: BaselineShareInput,
    today = toDay(new Date()),
  ): Promise<CampaignShare> {
    const campaign = await this.get(ctx, input.campaignId);
    const participants = new Set(await this.participants(ctx, campaign));
    const id = await this.saveBaselineShare(ctx, campaign, participants, input, today);
    const share = await this.db.scoped(ctx, CampaignShare).findOneBy({ id });
    if (!share) throw new NotFoundError('Share');
    return share;
  }

  /**
   * Imports baseline shares from CSV with the header `member,channel,form,url,title,sharedOn` (member: the
   * participant's e-mail or member id). Each line stands alone: good lines are recorded, the others come back
   * with the column at fault and why. A wrong header or size refuses the whole file.
   */
  async importBaselineShares(
    ctx: RequestContext,
    campaignId: string,
    csv: string,
    today = toDay(new Date()),
  ): Promise<BaselineImportResult> {
    const campaign = await this.get(ctx, campaignId);
    const [header, ...lines] = parseCsv(csv);
    const columns = (header?.fields ?? []).map((f) => f.trim().toLowerCase());
    if (columns.join(',') !== BASELINE_COLUMNS.join(',')) {
      throw new BadInputError('The first line must be: member,channel,form,url,title,sharedOn', { field: 'csv' });
    }
    if (!lines.length || lines.length > MAX_BASELINE_LINES) {
      throw new BadInputError(`Import 1 to ${MAX_BASELINE_LINES} lines`, { field: 'csv' });
    }
    const participants = new Set(await this.participants(ctx, campaign));
    const cells = lines.map((l) => l.fields.map((f) => f.trim()));
    const emails = cells.map((c) => c[0] ?? '').filter((m) => m.includes('@'));
    const byEmail = new Map((await this.members.findByEmails(ctx, emails)).map((m) => [m.email, m.id]));
    const rows: BaselineImportRow[] = [];
    for (const [i, c] of cells.entries()) {
      const line = lines[i].line;
      const [member = '', channel = '', form = '', url = '', title = '', sharedOn = ''] = c;
      const memberId = member.includes('@') ? (byEmail.get(member.toLowerCase()) ?? '') : member;
      try {
        if (c.length !== BASELINE_COLUMNS.length) {
          throw new BadInputError(`A line has ${BASELINE_COLUMNS.length} columns`, { field: 'member' });
        }
        if (!Object.values(ShareChannel).includes(channel as ShareChannel)) {
          throw new BadInputError('Unknown channel', { field: 'channel' });
        }
        if (!Object.values(ShareForm).includes(form as ShareForm)) {
          throw new BadInputError('Unknown form', { field: 'form' });
        }
        if (!isHttpUrl(url)) throw new BadInputError('url must be an http(s) URL', { field: 'url' });
        if (!title || title.length > 300) throw new BadInputError('A title is 1–300 characters', { field: 'title' });
        const shareId = await this.saveBaselineShare(
          ctx,
          campaign,
          participants,
          {
            campaignId: campaign.id,
            memberId,
            channel: channel as ShareChannel,
            form: form as ShareForm,
            url,
            title,
            sharedOn,
          },
          today,
        );
        rows.push({ line, shareId, field: null, error: null });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        const field = (error.details?.field ?? error.details?.argument ?? null) as string | null;
        rows.push({ line, shareId: null, field: field === 'memberId' ? 'member' : field, error: error.message });
      }
    }
    const imported = rows.filter((r) => r.shareId).length;
    return { imported, refused: rows.length - imported, rows };
  }

  private async saveBaselineShare(
    ctx: RequestContext,
    campaign: Campaign,
    participants: Set<string>,
    input: BaselineShareInput,
    today: string,
  ): Promise<string> {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.sharedOn) || !isDay(input.sharedOn)) {
      throw new BadInputError('sharedOn must be a day (YYYY-MM-DD)', { field: 'sharedOn' });
    }
    if (input.sharedOn >= campaign.startsOn) {
      throw new BadInputError('A baseline share is dated before the campaign starts', { field: 'sharedOn' });
    }
    if (input.sharedOn > today) throw new BadInputError('sharedOn must not be in the future', { field: 'sharedOn' });
    if (input.sharedOn < addDays(campaign.startsOn, -MAX_BASELINE_DAYS)) {
      throw new BadInputError(`A baseline share is at most ${MAX_BASELINE_DAYS} days before the start`, {
        field: 'sharedOn',
      });
    }
    if (input.channel === ShareChannel.INTERNAL) {
      throw new BadInputError('Internal shares are community posts: they are counted already', { field: 'channel' });
    }
    if (!campaign.channels.includes(input.channel)) {
      throw new BadInputError(`${input.channel} does not count in this campaign`, { field: 'channel' });
    }
    // Someone unknown, of another organisation or not taking part reads the same: not a participant.
    if (!participants.has(input.memberId)) {
      throw new BadInputError('Not a participant of this campaign', { field: 'memberId', reason: 'NOT_A_PARTICIPANT' });
    }
    const rows: { id: string }[] = await this.db.run(
      upsertBaselineShareSql(ctx.organisationId, {
        campaignId: campaign.id,
        membershipId: input.memberId,
        channel: input.channel,
        form: input.form,
        url: input.url,
        title: input.title.trim(),
        sharedOn: input.sharedOn,
      }),
    );
    if (!rows.length) throw new ConflictError('This URL has already been logged', { field: 'url' });
    return rows[0].id;
  }

  /** Per buddy round: pairs, how many met and the completion rate. */
  async buddyCompletion(ctx: RequestContext, campaignId: string): Promise<BuddyRoundCompletion[]> {
    const rows: { round: number; pairs: number; met: number }[] = await this.db.run(
      buddyCompletionSql(ctx.organisationId, campaignId),
    );
    return rows.map((r) => ({ ...r, completionRate: rate(r.met, r.pairs) }));
  }

  /** The sharer (or comms) records likes, comments, reshares and views as they grow. */
  async updateInteractions(ctx: RequestContext, input: UpdateShareInteractionsInput): Promise<CampaignShare> {
    const repo = this.db.getRepository(CampaignShare);
    const share = await repo.findOneBy({ organisationId: ctx.organisationId, id: input.shareId });
    if (!share || (share.membershipId !== ctx.membershipId && !runsCampaigns(ctx))) throw new NotFoundError('Share');
    for (const key of ['likes', 'comments', 'reshares', 'views'] as const) {
      if (input[key] !== undefined && input[key] !== null) share[key] = input[key];
    }
    return repo.save(share);
  }

  /** A campaign's shares: all of them for comms, one's own for everyone else; newest first. */
  async shares(ctx: RequestContext, campaignId: string): Promise<CampaignShare[]> {
    const campaign = await this.get(ctx, campaignId);
    return this.db.getRepository(CampaignShare).find({
      where: {
        organisationId: ctx.organisationId,
        campaignId: campaign.id,
        ...(runsCampaigns(ctx) ? {} : { membershipId: ctx.membershipId }),
      },
      order: { sharedOn: 'DESC', createdAt: 'DESC' },
      take: 2000,
    });
  }

  /** Upserts follower figures (one per channel and day); the whole batch or nothing. */
  async recordFollowerSnapshots(ctx: RequestContext, input: RecordFollowerSnapshotsInput): Promise<FollowerSnapshot[]> {
    input.snapshots.forEach((s, i) => assertDay(s.takenOn, `snapshots[${i}].takenOn`));
    const seen = new Set(input.snapshots.map((s) => `${s.channel}/${s.takenOn}`));
    if (seen.size !== input.snapshots.length) {
      throw new BadInputError('Each channel may have one figure per day', { argument: 'snapshots' });
    }
    await this.db
      .createQueryBuilder()
      .insert()
      .into(FollowerSnapshot)
      .values(input.snapshots.map((s) => ({ organisationId: ctx.organisationId, ...s })))
      .orUpdate(['followers'], ['organisation_id', 'channel', 'taken_on'])
      .execute();
    return this.followerSnapshots(ctx);
  }

  /** Imports `channel,takenOn,followers` lines (a header line first); a bad line rejects the file. */
  async importFollowerSnapshotsCsv(ctx: RequestContext, csv: string): Promise<FollowerSnapshot[]> {
    const lines = csv.split(/\r?\n/).filter((l) => l.trim());
    const header = (lines.shift() ?? '').toLowerCase().replace(/\s|"/g, '');
    if (header !== 'channel,takenon,followers') {
      throw new BadInputError('The first line must be: channel,takenOn,followers', { argument: 'csv' });
    }
    if (!lines.length || lines.length > 1000) throw new BadInputError('Import 1 to 1000 lines', { argument: 'csv' });
    const snapshots = lines.map((line, i) => {
      const [channel, takenOn, followers] = line.split(',').map((f) => f.trim().replace(/^"|"$/g, ''));
      const ok =
        Object.values(ShareChannel).includes(channel as ShareChannel) &&
        /^\d{4}-\d{2}-\d{2}$/.test(takenOn ?? '') &&
        isDay(takenOn) &&
        /^\d{1,9}$/.test(followers ?? '');
      if (!ok) throw new BadInputError(`Line ${i + 2} is not channel,YYYY-MM-DD,followers`, { argument: 'csv' });
      return { channel: channel as ShareChannel, takenOn, followers: Number(followers) };
    });
    return this.recordFollowerSnapshots(ctx, { snapshots });
  }

  followerSnapshots(ctx: RequestContext): Promise<FollowerSnapshot[]> {
    return this.db.getRepository(FollowerSnapshot).find({
      where: { organisationId: ctx.organisationId },
      order: { channel: 'ASC', takenOn: 'ASC' },
      take: 5000,
    });
  }

  /** Metrics of each period and of the whole campaign, each against the range of equal length before the start. */
  async report(ctx: RequestContext, campaignId: string): Promise<CampaignReport> {
    const campaign = await this.get(ctx, campaignId);
    const participants = await this.participants(ctx, campaign);
    const compare = async (index: number, range: DayRange, steps: number): Promise<PeriodComparison> => {
      const baseline = baselineOf(range, campaign.startsOn, campaign.cadence);
      const [current, before] = await Promise.all([
        this.metrics(ctx, campaign, participants, range, steps),
        this.metrics(ctx, campaign, participants, baseline, steps),
      ]);
      return { index, current, baseline: before };
    };
    const periods = this.periods(campaign);
    const whole = { from: campaign.startsOn, to: addDays(campaign.endsOn, 1) };
    return {
      campaign,
      periods: await Promise.all(periods.map((p, i) => compare(i + 1, p, 1))),
      overall: await compare(0, whole, periods.length),
      buddyRounds: await this.buddyCompletion(ctx, campaign.id),
    };
  }

  /** The report as CSV: one line per period (0 = whole campaign) and scope (campaign or baseline). */
  async reportCsv(ctx: RequestContext, campaignId: string): Promise<string> {
    const report = await this.report(ctx, campaignId);
    const header = [
      'period',
      'scope',
      'from',
      'to',
      'participants',
      'shares',
      'participantsMeetingTarget',
      'participationRate',
      'interactions',
      'interactionsPerShare',
      'posts',
      'replies',
      'reactions',
      'sharesByForm',
      'sharesByChannel',
      'followerGrowth',
    ];
    const kv = (list: { key: string; count: number }[]) => list.map((x) => `${x.key}=${x.count}`).join(' ');
    const line = (index: number, scope: string, m: CampaignMetrics) => [
      index,
      scope,
      m.from,
      m.to,
      m.participants,
      m.shares,
      m.participantsMeetingTarget,
      m.participationRate,
      m.interactions,
      m.interactionsPerShare,
      m.posts,
      m.replies,
      m.reactions,
      kv(m.sharesByForm),
      kv(m.sharesByChannel),
      m.followerGrowth.map((g) => `${g.channel}=${g.growth ?? ''}`).join(' '),
    ];
    const rows = [...report.periods, report.overall].flatMap((p) => [
      line(p.index, 'campaign', p.current),
      line(p.index, 'baseline', p.baseline),
    ]);
    return toCsv(header, rows);
  }

  /** Participants who have shared nothing yet in the period containing `on` (today by default). */
  async nonSharers(ctx: RequestContext, campaignId: string, on = toDay(new Date())): Promise<NonSharers> {
    assertDay(on, 'on');
    const campaign = await this.get(ctx, campaignId);
    const period = this.periods(campaign).find((p) => p.from <= on && on < p.to);
    if (!period) throw new BadInputError('The campaign has no period on that day', { argument: 'on' });
    const participants = await this.participants(ctx, campaign);
    const counts = await this.sharesPerMember(ctx, campaign, participants, period);
    return { ...period, memberIds: participants.filter((id) => !counts.get(id)).sort() };
  }

  /** The caller's shares in the period containing `today`, against the campaign's target. */
  async myProgress(ctx: RequestContext, campaignId: string, today = toDay(new Date())): Promise<CampaignProgress> {
    const campaign = await this.get(ctx, campaignId);
    const participating = (await this.participants(ctx, campaign)).includes(ctx.membershipId);
    const index = this.periods(campaign).findIndex((p) => p.from <= today && today < p.to);
    const period = index < 0 ? null : this.periods(campaign)[index];
    const shares =
      participating && period
        ? ((await this.sharesPerMember(ctx, campaign, [ctx.membershipId], period)).get(ctx.membershipId) ?? 0)
        : 0;
    return {
      participating,
      periodIndex: index + 1,
      from: period?.from ?? null,
      to: period?.to ?? null,
      shares,
      target: campaign.targetPerPeriod,
    };
  }

  private async sharesPerMember(
    ctx: RequestContext,
    campaign: Campaign,
    participants: string[],
    range: DayRange,
  ): Promise<Map<string, number>> {
    const { perMember } = await this.collect(ctx, campaign, participants, range);
    return perMember;
  }

  /** Counts from the same data for any range, so a baseline before the campaign is measured like the campaign. */
  private async collect(ctx: RequestContext, campaign: Campaign, participants: string[], range: DayRange) {
    const external: { membership_id: string; form: string; channel: string; interactions: number }[] =
      await this.db.query(
        `SELECT membership_id, form, channel, (likes + comments + reshares)::int AS interactions
           FROM campaign_share
          WHERE organisation_id = $1 AND membership_id = ANY($2::uuid[])
            AND shared_on >= $3 AND shared_on < $4 AND channel = ANY($5::text[])`,
        [ctx.organisationId, participants, range.from, range.to, campaign.channels],
      );
    const internal = await this.posts.activityByMember(ctx, toDate(range.from), toDate(range.to), participants, {
      hashtag: campaign.hashtag,
    });
    const countsInternal = campaign.channels.includes(ShareChannel.INTERNAL);
    const perMember = new Map<string, number>();
    const byForm = new Map<string, number>();
    const byChannel = new Map<string, number>();
    const bump = (map: Map<string, number>, key: string, n = 1) => n && map.set(key, (map.get(key) ?? 0) + n);
    let interactions = 0;
    for (const s of external) {
      bump(perMember, s.membership_id);
      bump(byForm, s.form);
      bump(byChannel, s.channel);
      interactions += s.interactions;
    }
    let posts = 0;
    let replies = 0;
    let reactions = 0;
    for (const a of internal) {
      posts += a.posts;
      replies += a.replies;
      reactions += a.reactions;
      if (!countsInternal) continue;
      bump(perMember, a.membershipId, a.posts);
      bump(byForm, 'LINK', a.linkPosts);
      bump(byForm, 'TEXT', a.posts - a.linkPosts);
      bump(byChannel, ShareChannel.INTERNAL, a.posts);
      interactions += a.interactionsReceived;
    }
    return { perMember, byForm, byChannel, interactions, posts, replies, reactions };
  }

  private async metrics(
    ctx: RequestContext,
    campaign: Campaign,
    participants: string[],
    range: DayRange,
    periods: number,
  ): Promise<CampaignMetrics> {
    const c = await this.collect(ctx, campaign, participants, range);
    const shares = [...c.perMember.values()].reduce((a, b) => a + b, 0);
    // Over several periods the target is the per-period target times the number of periods.
    const target = campaign.targetPerPeriod * periods;
    const meeting = participants.filter((id) => (c.perMember.get(id) ?? 0) >= target).length;
    const sorted = (m: Map<string, number>) =>
      [...m.entries()]
        .map(([key, count]) => ({ key, count }))
        .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
    return {
      from: range.from,
      to: range.to,
      participants: participants.length,
      shares,
      participantsMeetingTarget: meeting,
      participationRate: rate(meeting, participants.length),
      sharesByForm: sorted(c.byForm),
      sharesByChannel: sorted(c.byChannel),
      interactions: c.interactions,
      interactionsPerShare: rate(c.interactions, shares),
      followerGrowth: await this.followerGrowth(ctx, range),
      posts: c.posts,
      replies: c.replies,
      reactions: c.reactions,
    };
  }

  /** Per channel: the latest figure on or before the first day, and on or before the day after the range. */
  private async followerGrowth(ctx: RequestContext, range: DayRange): Promise<FollowerGrowth[]> {
    const rows: { channel: ShareChannel; start: number | null; end: number | null }[] = await this.db.query(
      `SELECT ch.channel,
              (SELECT followers FROM follower_snapshot s WHERE s.organisation_id = $1 AND s.channel = ch.channel
                  AND s.taken_on <= $2 ORDER BY taken_on DESC LIMIT 1) AS start,
              (SELECT followers FROM follower_snapshot s WHERE s.organisation_id = $1 AND s.channel = ch.channel
                  AND s.taken_on <= $3 ORDER BY taken_on DESC LIMIT 1) AS "end"
         FROM (SELECT DISTINCT channel FROM follower_snapshot WHERE organisation_id = $1) ch
        ORDER BY ch.channel`,
      [ctx.organisationId, range.from, range.to],
    );
    return rows.map((r) => ({
      channel: r.channel,
      start: r.start,
      end: r.end,
      growth: r.start === null || r.end === null ? null : r.end - r.start,
    }));
  }
}
