import { TransactionalConnection } from '@crowdcomms/data-access';
import { BadInputError, ConflictError, NotFoundError } from '@crowdcomms/errors';
import { MembersService } from '@crowdcomms/identity';
import { NotificationsService } from '@crowdcomms/notifications';
import { RequestContext } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { pairPeople, pastPairs } from './buddy-pairing';
import { CampaignsService, runsCampaigns } from './campaigns.service';
import { BuddyMessage } from './entities/buddy-message.entity';
import { recordBuddyMeetingSql } from './campaigns.sql';
import { BuddyPair } from './entities/buddy-pair.entity';
import { BuddyRound, DEFAULT_INTERVIEW_GUIDE } from './entities/buddy-round.entity';
import { Campaign } from './entities/campaign.entity';

/** Questions an interview guide may hold, and their length. */
export const MAX_GUIDE_QUESTIONS = 20;
export const MAX_GUIDE_QUESTION_LENGTH = 300;

/** An interview guide as typed: trimmed, blank lines dropped; BAD_USER_INPUT on `questions` otherwise. */
export function interviewGuide(questions: readonly string[] | null | undefined): string[] {
  if (questions === null || questions === undefined) return [...DEFAULT_INTERVIEW_GUIDE];
  const guide = questions.map((q) => q.trim()).filter(Boolean);
  if (!guide.length || guide.length > MAX_GUIDE_QUESTIONS) {
    throw new BadInputError(`An interview guide has 1 to ${MAX_GUIDE_QUESTIONS} questions`, { field: 'questions' });
  }
  if (guide.some((q) => q.length > MAX_GUIDE_QUESTION_LENGTH)) {
    throw new BadInputError(`A question is at most ${MAX_GUIDE_QUESTION_LENGTH} characters`, { field: 'questions' });
  }
  return guide;
}

/**
 * Buddy pairs for peer interviews: rounds of pairs from different teams where
 * possible, never the same two people twice, one group of three when the
 * count is odd. Each pair is told by notification and shares a thread. A round
 * has an interview guide (the charity's three questions unless comms change
 * it), and each pair records once that they met, so comms see how many
 * interviews happened.
 */
@Injectable()
export class BuddiesService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly campaigns: CampaignsService,
    private readonly members: MembersService,
    private readonly notifications: NotificationsService,
  ) {}

  async createRound(ctx: RequestContext, campaignId: string, questions?: string[] | null): Promise<BuddyPair[]> {
    const guide = interviewGuide(questions);
    const campaign = await this.campaigns.get(ctx, campaignId);
    const ids = await this.campaigns.participants(ctx, campaign);
    if (ids.length < 2) throw new BadInputError('Pairing needs at least two participants', { argument: 'campaignId' });
    const memberships = await this.members.findByIds(ctx, ids);
    const users = await this.members.usersByIds(memberships.map((m) => m.userId));
    const name = (id: string) =>
      users.find((u) => u.id === memberships.find((m) => m.id === id)?.userId)?.displayName ?? 'a colleague';
    return this.db.transaction(ctx, async () => {
      // One round at a time per campaign: rounds are numbered and checked against every earlier one.
      await this.db.manager
        .createQueryBuilder(Campaign, 'c')
        .setLock('pessimistic_write')
        .where('c.organisationId = :org AND c.id = :id', { org: ctx.organisationId, id: campaign.id })
        .getOne();
      const earlier = await this.db.manager.findBy(BuddyPair, {
        organisationId: ctx.organisationId,
        campaignId: campaign.id,
      });
      const round = earlier.reduce((n, p) => Math.max(n, p.round), 0) + 1;
      const groups = pairPeople(
        memberships.map((m) => ({ id: m.id, team: m.department })),
        pastPairs(earlier.map((p) => p.memberIds)),
        round,
      );
      if (!groups) throw new ConflictError('Everyone has already been paired with everyone they could be');
      await this.db.scoped(ctx, BuddyRound).insert({ campaignId: campaign.id, round, questions: guide });
      const pairs = await this.db.manager.save(
        groups.map((memberIds) =>
          this.db.manager.create(BuddyPair, {
            organisationId: ctx.organisationId,
            campaignId: campaign.id,
            round,
            memberIds,
          }),
        ),
      );
      for (const pair of pairs) {
        for (const member of pair.memberIds) {
          const others = pair.memberIds.filter((m) => m !== member).map(name);
          await this.notifications.notify({
            organisationId: ctx.organisationId,
            recipientMembershipIds: [member],
            kind: 'campaign.buddy-pair',
            title: `Your interview buddy for ${campaign.name}`,
            body: `You are paired with ${others.join(' and ')} to interview each other. Say hello in your shared thread.`,
            data: { campaignId: campaign.id, pairId: pair.id },
          });
        }
      }
      return pairs;
    });
  }

  /** A campaign's pairs (all for comms, one's own otherwise), by round. */
  async pairs(ctx: RequestContext, campaignId: string): Promise<BuddyPair[]> {
    const campaign = await this.campaigns.get(ctx, campaignId);
    const query = this.db
      .getRepository(BuddyPair)
      .createQueryBuilder('p')
      .where('p.organisationId = :org AND p.campaignId = :campaign', { org: ctx.organisationId, campaign: campaign.id })
      .orderBy('p.round', 'ASC')
      .addOrderBy('p.id', 'ASC');
    if (!runsCampaigns(ctx)) query.andWhere(':me = ANY(p.memberIds)', { me: ctx.membershipId });
    return query.getMany();
  }

  /** A campaign's rounds with their guides: every round for comms, the rounds one is paired in otherwise. */
  async rounds(ctx: RequestContext, campaignId: string): Promise<BuddyRound[]> {
    const campaign = await this.campaigns.get(ctx, campaignId);
    const query = this.db
      .scoped(ctx, BuddyRound)
      .createQueryBuilder('r')
      .andWhere('r.campaignId = :campaign', { campaign: campaign.id })
      .orderBy('r.round', 'ASC');
    if (!runsCampaigns(ctx)) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM buddy_pair p WHERE p.organisation_id = r.organisation_id AND p.campaign_id = r.campaign_id
                   AND p.round = r.round AND :me = ANY(p.member_ids))`,
        { me: ctx.membershipId },
      );
    }
    return query.getMany();
  }

  /** Comms change a round's interview guide (the questions the pairs ask each other). */
  async setGuide(ctx: RequestContext, campaignId: string, round: number, questions: string[]): Promise<BuddyRound> {
    const guide = interviewGuide(questions);
    const campaign = await this.campaigns.get(ctx, campaignId);
    const rounds = this.db.scoped(ctx, BuddyRound);
    const existing = await rounds.findOneBy({ campaignId: campaign.id, round });
    if (!existing) throw new NotFoundError('Buddy round');
    await rounds.update({ id: existing.id }, { questions: guide });
    return { ...existing, questions: guide };
  }

  /**
   * "We met": a member of the pair, or comms, records that the interview happened. Recorded once — the first
   * record (when, by whom) stays and a repeat returns the pair as it is. Anyone else gets NOT_FOUND, as for
   * a pair that does not exist.
   */
  async recordMeeting(ctx: RequestContext, pairId: string): Promise<BuddyPair> {
    const pairs = this.db.scoped(ctx, BuddyPair);
    const pair = await pairs.findOneBy({ id: pairId });
    if (!pair || (!pair.memberIds.includes(ctx.membershipId) && !runsCampaigns(ctx))) {
      throw new NotFoundError('Buddy pair');
    }
    await this.db.run(recordBuddyMeetingSql(ctx.organisationId, pair.id, ctx.membershipId));
    const updated = await pairs.findOneBy({ id: pair.id });
    if (!updated) throw new NotFoundError('Buddy pair');
    return updated;
  }

  async postMessage(ctx: RequestContext, pairId: string, body: string): Promise<BuddyMessage> {
    const pair = await this.myPair(ctx, pairId);
    const text = body.trim();
    if (!text) throw new BadInputError('Write something', { argument: 'body' });
    const repo = this.db.getRepository(BuddyMessage);
    return repo.save(
      repo.create({
        organisationId: ctx.organisationId,
        pairId: pair.id,
        authorMembershipId: ctx.membershipId,
        body: text,
      }),
    );
  }

  async messages(ctx: RequestContext, pairId: string): Promise<BuddyMessage[]> {
    const pair = await this.myPair(ctx, pairId);
    return this.db.getRepository(BuddyMessage).find({
      where: { organisationId: ctx.organisationId, pairId: pair.id },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: 500,
    });
  }

  /** The thread is the pair's own: anyone else gets NOT_FOUND. */
  private async myPair(ctx: RequestContext, pairId: string): Promise<BuddyPair> {
    const pair = await this.db.getRepository(BuddyPair).findOneBy({ organisationId: ctx.organisationId, id: pairId });
    if (!pair || !pair.memberIds.includes(ctx.membershipId)) throw new NotFoundError('Buddy pair');
    return pair;
  }
}
