import { TransactionalConnection } from '@crowdcomms/data-access';
import { MembersService } from '@crowdcomms/identity';
import { RequestContext } from '@crowdcomms/request-context';
import { Injectable } from '@nestjs/common';
import { CommunityHealth, MonthlyCommunityHealth, SelfSufficiency, WeeklyCommunityHealth } from './dto/health.types';
import { EVENTS, topicActivitySql, weeklyActivitySql } from './health.sql';

/** Below this many monthly active members a community rarely carries itself; above the upper mark it tends to. */
export const SELF_SUFFICIENCY_RANGE = [25, 35] as const;

/** Weeks in the weekly trend, the current week included. */
const WEEKS_OF_TREND = 8;

/**
 * Community health for comms and admins: who takes part, where, and the trend. A private group's activity
 * counts in the totals as numbers only; topics are named only from posts every member may see.
 */
@Injectable()
export class CommunityHealthService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly members: MembersService,
  ) {}

  async health(ctx: RequestContext, months: number, now = new Date()): Promise<CommunityHealth> {
    const org = ctx.organisationId;
    const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1));
    const day = 86_400_000;
    const last30 = new Date(now.getTime() - 30 * day);
    const last7 = new Date(now.getTime() - 7 * day);
    const since = monthStart < last30 ? monthStart : last30;

    const [recent]: { weekly: number; monthly: number; posters: number }[] = await this.db.query(
      `WITH events AS (${EVENTS})
       SELECT count(DISTINCT member) FILTER (WHERE at >= $3)::int AS weekly,
              count(DISTINCT member) FILTER (WHERE at >= $4)::int AS monthly,
              count(DISTINCT member) FILTER (WHERE at >= $4 AND kind IN ('POST', 'COMMENT'))::int AS posters
         FROM events`,
      [org, since, last7, last30],
    );
    const monthly: Omit<MonthlyCommunityHealth, 'newMembers'>[] = await this.db.query(
      `WITH events AS (${EVENTS}),
            months AS (SELECT generate_series(date_trunc('month', $2::timestamptz AT TIME ZONE 'UTC'),
                                              date_trunc('month', $3::timestamptz AT TIME ZONE 'UTC'), interval '1 month') AS month)
       SELECT to_char(months.month, 'YYYY-MM') AS month,
              count(DISTINCT e.member)::int AS "activeMembers",
              count(DISTINCT e.member) FILTER (WHERE e.kind IN ('POST', 'COMMENT'))::int AS posters,
              (count(DISTINCT e.member) - count(DISTINCT e.member) FILTER (WHERE e.kind IN ('POST', 'COMMENT')))::int AS readers,
              count(*) FILTER (WHERE e.kind = 'POST')::int AS posts,
              count(*) FILTER (WHERE e.kind = 'COMMENT')::int AS replies
         FROM months
         LEFT JOIN events e ON date_trunc('month', e.at AT TIME ZONE 'UTC') = months.month
        GROUP BY months.month ORDER BY months.month`,
      [org, monthStart, now],
    );
    const topics: { tag: string; posts: number; replies: number }[] = await this.db.run(topicActivitySql(org, last30));
    const weeklyTrend: WeeklyCommunityHealth[] = await this.db.run(
      weeklyActivitySql(org, new Date(now.getTime() - (WEEKS_OF_TREND - 1) * 7 * day), now),
    );
    const growth = await this.members.growth(ctx, since < monthStart ? since : monthStart);
    const newMembers = await this.joinedSince(ctx, last30);

    const active = recent.monthly;
    const [low, high] = SELF_SUFFICIENCY_RANGE;
    const selfSufficiency =
      active < low
        ? SelfSufficiency.BELOW
        : active <= high
          ? SelfSufficiency.REACHING
          : SelfSufficiency.SELF_SUFFICIENT;
    const selfSufficiencyNote =
      selfSufficiency === SelfSufficiency.BELOW
        ? `${active} active members this month: ${low - active} more to reach ${low}, where a community starts to carry itself.`
        : selfSufficiency === SelfSufficiency.REACHING
          ? `${active} active members: within ${low}–${high}, where a community tends to become self-sufficient.`
          : `${active} active members: past ${high}; the community can largely sustain itself.`;

    return {
      weeklyActiveMembers: recent.weekly,
      monthlyActiveMembers: recent.monthly,
      posters: recent.posters,
      readers: recent.monthly - recent.posters,
      members: growth.activeMembers,
      newMembers,
      selfSufficiency,
      selfSufficiencyNote,
      topics,
      weeklyTrend,
      trend: monthly.map((m) => ({
        ...m,
        newMembers: growth.joinedPerMonth.find((g) => g.month === m.month)?.joined ?? 0,
      })),
    };
  }

  private async joinedSince(ctx: RequestContext, since: Date): Promise<number> {
    const growth = await this.members.growth(ctx, since);
    return growth.joinedPerMonth.reduce((sum, m) => sum + m.joined, 0);
  }
}
