import { TransactionalConnection } from '@crowdcomms/data-access';
import { BadInputError, ConflictError, isUniqueViolation } from '@crowdcomms/errors';
import { RequestContext } from '@crowdcomms/request-context';
import { SkillsService } from '@crowdcomms/skills';
import { Injectable } from '@nestjs/common';
import { toCsv } from '@crowdcomms/csv';
import { RecordSkillDemandInput, SkillsGapInput, SkillsGapRow, SkillsGapSort, SortDirection } from './dto/gap.types';
import { SkillDemand, SkillDemandSource } from './entities/skill-demand.entity';
import { visibleTo } from './visibility';

/** Ten years: long enough for any planning horizon, short enough to reject typos like 20260-01-01. */
const MAX_RANGE_DAYS = 3660;

/**
 * The skills-gap report: for a period, demand per skill and minimum level (from
 * SkillDemand — written by hand, and by comms tasks while they are open or
 * done), supply (active members whose profile the caller may see holding the
 * skill at that level or above, and their available hours), learners (who want
 * to develop it) and the gap in people.
 */
@Injectable()
export class SkillsGapService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly skills: SkillsService,
  ) {}

  /** Records demand by hand; a demand with a source (task, call) is unique per source and skill. */
  async recordDemand(ctx: RequestContext, input: RecordSkillDemandInput): Promise<SkillDemand> {
    assertDate(input.period, 'period');
    const skill = (await this.skills.resolve(ctx, [input.skillId])).get(input.skillId)!;
    if (input.sourceId && !input.sourceKind) throw new BadInputError('sourceId needs a sourceKind');
    try {
      const repo = this.db.getRepository(SkillDemand);
      return await repo.save(
        repo.create({
          organisationId: ctx.organisationId,
          skillId: skill.id,
          minLevel: input.minLevel,
          people: input.people,
          hours: input.hours ?? 0,
          sourceKind: input.sourceKind ?? SkillDemandSource.MANUAL,
          sourceId: input.sourceId ?? null,
          period: input.period,
          note: input.note?.trim() || null,
          createdByMembershipId: ctx.membershipId,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('That source already has demand for this skill');
      throw error;
    }
  }

  /**
   * Replaces the demand a source (a comms task, an ambassador call) places, inside
   * the caller's transaction: the report then counts real work. An empty list
   * withdraws it (a cancelled task). Idempotent.
   */
  async replaceSourceDemand(
    organisationId: string,
    source: { kind: SkillDemandSource; id: string; period: Date },
    needs: { skillId: string; minLevel: number; people: number; hours: number }[],
  ): Promise<void> {
    await this.db.manager.delete(SkillDemand, { organisationId, sourceKind: source.kind, sourceId: source.id });
    if (!needs.length) return;
    await this.db.manager.insert(
      SkillDemand,
      needs.map((need) => ({
        organisationId,
        ...need,
        sourceKind: source.kind,
        sourceId: source.id,
        period: source.period.toISOString().slice(0, 10),
      })),
    );
  }

  /** One row per demanded (skill, minimum level) in the period, sorted as asked. */
  async report(ctx: RequestContext, input: SkillsGapInput): Promise<SkillsGapRow[]> {
    assertDate(input.from, 'from');
    assertDate(input.to, 'to');
    if (input.from > input.to) throw new BadInputError('from must not be after to');
    const days = (Date.parse(input.to) - Date.parse(input.from)) / 86_400_000;
    if (days > MAX_RANGE_DAYS) throw new BadInputError('The period can be at most ten years');

    // membership is identity's table: joined here only to keep supply to active members, as search does.
    const rows: Omit<SkillsGapRow, 'skill' | 'gap'>[] = await this.db.query(
      `WITH demand AS (
         SELECT d.skill_id, d.min_level, sum(d.people)::int AS demand_people, sum(d.hours)::int AS demand_hours
           FROM skill_demand d
          WHERE d.organisation_id = $1 AND d.period BETWEEN $2::date AND $3::date
          GROUP BY d.skill_id, d.min_level
       ),
       visible AS (
         SELECT p.id, p.available_hours_per_month
           FROM profile p
           JOIN membership m ON m.organisation_id = p.organisation_id AND m.id = p.membership_id
          WHERE p.organisation_id = $1 AND p.visibility = ANY($4::text[]) AND m.status = 'ACTIVE'
       )
       SELECT d.skill_id AS "skillId", d.min_level AS "minLevel",
              d.demand_people AS "demandPeople", d.demand_hours AS "demandHours",
              COALESCE(sup.people, 0)::int AS "supplyPeople", COALESCE(sup.hours, 0)::int AS "supplyHoursPerMonth",
              COALESCE(learn.people, 0)::int AS "learners"
         FROM demand d
         LEFT JOIN LATERAL (
           SELECT count(*) AS people, sum(v.available_hours_per_month) AS hours
             FROM profile_skill ps JOIN visible v ON v.id = ps.profile_id
            WHERE ps.organisation_id = $1 AND ps.skill_id = d.skill_id AND ps.kind = 'HAS'
              AND ps.level >= d.min_level
         ) sup ON true
         LEFT JOIN LATERAL (
           SELECT count(*) AS people
             FROM profile_skill ps JOIN visible v ON v.id = ps.profile_id
            WHERE ps.organisation_id = $1 AND ps.skill_id = d.skill_id AND ps.kind = 'WANTS'
         ) learn ON true`,
      [ctx.organisationId, input.from, input.to, visibleTo(ctx)],
    );
    const skills = new Map(
      (
        await this.skills.byIds(
          ctx,
          rows.map((r) => r.skillId),
        )
      ).map((s) => [s.id, s]),
    );
    const result = rows
      .filter((r) => skills.has(r.skillId))
      .map((r) =>
        Object.assign(new SkillsGapRow(), r, {
          skill: skills.get(r.skillId)!,
          gap: Math.max(r.demandPeople - r.supplyPeople, 0),
        }),
      );
    return sortRows(result, input.sort ?? SkillsGapSort.GAP, input.direction);
  }

  /** The same report as CSV. */
  async exportCsv(ctx: RequestContext, input: SkillsGapInput): Promise<string> {
    const rows = await this.report(ctx, input);
    return toCsv(
      [
        'skill',
        'category',
        'min_level',
        'demand_people',
        'demand_hours',
        'supply_people',
        'supply_hours_per_month',
        'learners',
        'gap',
      ],
      rows.map((r) => [
        r.skill.name,
        r.skill.category,
        r.minLevel,
        r.demandPeople,
        r.demandHours,
        r.supplyPeople,
        r.supplyHoursPerMonth,
        r.learners,
        r.gap,
      ]),
    );
  }
}

function assertDate(value: string, name: string): void {
  const time = Date.parse(`${value}T00:00:00Z`);
  // Date.parse accepts 2026-02-31 by rolling over; a real calendar date prints back the same.
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) {
    throw new BadInputError(`${name} must be a date (YYYY-MM-DD)`);
  }
}

function sortRows(rows: SkillsGapRow[], sort: SkillsGapSort, direction?: SortDirection): SkillsGapRow[] {
  const dir =
    (direction ?? (sort === SkillsGapSort.SKILL ? SortDirection.ASC : SortDirection.DESC)) === SortDirection.ASC
      ? 1
      : -1;
  const key: Record<SkillsGapSort, (r: SkillsGapRow) => number | string> = {
    [SkillsGapSort.GAP]: (r) => r.gap,
    [SkillsGapSort.DEMAND]: (r) => r.demandPeople,
    [SkillsGapSort.SUPPLY]: (r) => r.supplyPeople,
    [SkillsGapSort.LEARNERS]: (r) => r.learners,
    [SkillsGapSort.SKILL]: (r) => r.skill.name.toLowerCase(),
  };
  const k = key[sort];
  return rows.sort((a, b) => {
    const x = k(a);
    const y = k(b);
    const primary = x < y ? -dir : x > y ? dir : 0;
    // Ties read in a fixed order: by skill name, then level.
    return primary || a.skill.name.localeCompare(b.skill.name) || a.minLevel - b.minLevel;
  });
}
