import { TransactionalConnection } from '@crowdcomms/data-access';
import { BadInputError, ConflictError, DomainError, NotFoundError } from '@crowdcomms/errors';
import { MembersService } from '@crowdcomms/identity';
import { NotificationsService } from '@crowdcomms/notifications';
import { OutboxService, QueueName } from '@crowdcomms/queue';
import { forOrganisation, RequestContext } from '@crowdcomms/request-context';
import { AssignmentsService, CommsTask, CommsTaskStatus, TasksService } from '@crowdcomms/tasks';
import { Injectable, Logger } from '@nestjs/common';
import { nearMissesForVolunteer, poolForTask, type NearMiss, type TaskPoolReport } from '../engine/near-miss';
import { optimiseAssignments } from '../engine/optimise';
import { topCandidatesForTask, topTasksForVolunteer } from '../engine/rank';
import { score as scorePair, isMatch } from '../engine/score';
import type { MatchScore } from '../engine/types';
import { MatchPlan, MatchPlanLineData, MatchPlanStatus } from './match-plan.entity';
import { MatchSuggestion } from './match-suggestion.entity';
import { MatchingLoader } from './matching.loader';

/** How many of a volunteer's best matches make their "top matches" (a change is notified). */
export const TOP_MATCHES = 3;

/** A stored suggestion with its task, as a volunteer browses it. */
export interface MatchedTaskView {
  task: CommsTask;
  suggestion: MatchSuggestion;
}

/**
 * Matching for the organisation: keeps stored suggestions fresh (the worker
 * calls {@link recomputeVolunteer} / {@link recomputeTask}), serves them, and
 * turns optimiser plans into offers.
 *
 * Recomputes of one organisation are serialised by a transaction-scoped
 * advisory lock and write everything (rows and the "matches changed"
 * notification) in one transaction: a job repeated after a crash either
 * finds nothing committed or recomputes the same rows and sees no change.
 */
@Injectable()
export class MatchingService {
  private readonly logger = new Logger(MatchingService.name);

  constructor(
    private readonly db: TransactionalConnection,
    private readonly loader: MatchingLoader,
    private readonly tasks: TasksService,
    private readonly assignments: AssignmentsService,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
    private readonly members: MembersService,
  ) {}

  // ---- reads ----

  /** The caller's stored matches with open tasks, best first (ties by task id). */
  async myMatchedTasks(ctx: RequestContext, first: number): Promise<MatchedTaskView[]> {
    const rows = await this.db
      .getRepository(MatchSuggestion)
      .createQueryBuilder('s')
      .innerJoin(CommsTask, 't', 't.organisationId = s.organisationId AND t.id = s.taskId')
      .where('s.organisationId = :org AND s.membershipId = :me AND t.status = :open', {
        org: ctx.organisationId,
        me: ctx.membershipId,
        open: 'OPEN',
      })
      .orderBy('s.score', 'DESC')
      .addOrderBy('s.taskId', 'ASC')
      .take(first)
      .getMany();
    const tasks = new Map(
      (
        await this.tasks.byIds(
          ctx,
          rows.map((r) => r.taskId),
        )
      ).map((t) => [t.id, t]),
    );
    return rows.filter((r) => tasks.has(r.taskId)).map((r) => ({ task: tasks.get(r.taskId)!, suggestion: r }));
  }

  /** Stored candidates for a task of the caller's organisation, best first (NOT_FOUND for others' tasks). */
  async candidatesForTask(ctx: RequestContext, taskId: string, first: number): Promise<MatchSuggestion[]> {
    await this.tasks.get(ctx, taskId);
    return this.db.getRepository(MatchSuggestion).find({
      where: { organisationId: ctx.organisationId, taskId },
      order: { score: 'DESC', membershipId: 'ASC' },
      take: first,
    });
  }

  /**
   * Why the caller has the matches they have: the open tasks they are not
   * matched to, nearest misses first, with what stands in the way. Outside
   * the volunteer pool (not an active ambassador) there is nothing to compare.
   */
  async myNearMisses(
    ctx: RequestContext,
    first: number,
  ): Promise<{ inPool: boolean; tasks: { task: CommsTask; obstacles: NearMiss['obstacles'] }[] }> {
    const inputs = await this.loader.load(ctx.organisationId, { membershipIds: [ctx.membershipId] });
    const me = inputs.volunteers[0];
    if (!me) return { inPool: false, tasks: [] };
    const misses = nearMissesForVolunteer(me, inputs.tasks, inputs.context, first);
    const tasks = new Map(
      (
        await this.tasks.byIds(
          ctx,
          misses.map((m) => m.taskId),
        )
      ).map((t) => [t.id, t]),
    );
    return {
      inPool: true,
      tasks: misses
        .filter((m) => tasks.has(m.taskId))
        .map((m) => ({ task: tasks.get(m.taskId)!, obstacles: m.obstacles })),
    };
  }

  /** Comms: how an open task's pool stands and what would widen it (NOT_FOUND for others' tasks). */
  async taskCandidatePool(ctx: RequestContext, taskId: string): Promise<TaskPoolReport & { volunteers: number }> {
    const task = await this.tasks.get(ctx, taskId);
    if (task.status !== CommsTaskStatus.OPEN) {
      throw new ConflictError(`The task is ${task.status}; only an open task is matched`, { status: task.status });
    }
    const inputs = await this.loader.load(ctx.organisationId, { taskIds: [taskId] });
    if (!inputs.tasks.length) throw new ConflictError('The task is no longer open', { status: 'CHANGED' });
    return { ...poolForTask(inputs.tasks[0], inputs.volunteers, inputs.context), volunteers: inputs.volunteers.length };
  }

  /**
   * The caller takes up a suggested task: a seat at once when the task allows
   * direct take-up, otherwise interest in the normal assignment flow
   * (INTERESTED, or the waitlist when full), carrying the match's score and explanation.
   */
  async takeUpMatch(ctx: RequestContext, taskId: string) {
    const assignment = await this.assignments.sayYes(ctx, taskId);
    const suggestion = await this.db
      .getRepository(MatchSuggestion)
      .findOneBy({ organisationId: ctx.organisationId, membershipId: ctx.membershipId, taskId });
    if (suggestion) {
      await this.assignments.recordMatch(ctx, assignment.id, suggestion.score, suggestion.explanation);
      assignment.score = suggestion.score;
      assignment.explanation = suggestion.explanation;
    }
    return assignment;
  }

  // ---- plans ----

  /** Queues the optimiser for the organisation; the plan is PENDING until the worker stores it. */
  proposeAssignments(ctx: RequestContext): Promise<MatchPlan> {
    return this.db.transaction(ctx, async () => {
      const plan = await this.db.manager.save(
        this.db.manager.create(MatchPlan, {
          organisationId: ctx.organisationId,
          status: MatchPlanStatus.PENDING,
          requestedByMembershipId: ctx.membershipId,
          lines: [],
        }),
      );
      await this.outbox.enqueue({
        queue: QueueName.MATCHING,
        name: 'propose-plan',
        jobId: `match-plan-${plan.id}`,
        payload: { organisationId: ctx.organisationId, planId: plan.id },
        organisationId: ctx.organisationId,
      });
      return plan;
    });
  }

  async plan(ctx: RequestContext, id: string): Promise<MatchPlan> {
    const plan = await this.db.getRepository(MatchPlan).findOneBy({ organisationId: ctx.organisationId, id });
    if (!plan) throw new NotFoundError('Match plan');
    return plan;
  }

  /**
   * Worker: runs the optimiser over the organisation's volunteers and open
   * tasks and stores the plan (once: a READY plan is left as it is).
   */
  async computePlan(organisationId: string, planId: string): Promise<void> {
    const plan = await this.db.getRepository(MatchPlan).findOneBy({ organisationId, id: planId });
    if (!plan || plan.status !== MatchPlanStatus.PENDING) return;
    const inputs = await this.loader.load(organisationId);
    const result = optimiseAssignments(inputs.volunteers, inputs.tasks, inputs.context);
    const volunteers = new Map(inputs.volunteers.map((v) => [v.id, v]));
    const tasks = new Map(inputs.tasks.map((t) => [t.id, t]));
    const lines: MatchPlanLineData[] = result.assignments.map((a) => {
      const scored = scorePair(volunteers.get(a.volunteerId)!, tasks.get(a.taskId)!, inputs.context);
      return {
        taskId: a.taskId,
        membershipId: a.volunteerId,
        score: a.score,
        explanation: isMatch(scored) ? scored.explanation : '',
      };
    });
    await this.db.getRepository(MatchPlan).update(
      { organisationId, id: planId, status: MatchPlanStatus.PENDING },
      {
        status: MatchPlanStatus.READY,
        method: result.method,
        total: result.total,
        upperBound: result.upperBound ?? null,
        lines,
        computedAt: new Date(),
      },
    );
  }

  /**
   * Offers the accepted lines of a READY plan (all of them when `accepted`
   * is not given) through the tasks context's offer, one by one, in one
   * transaction with the plan's outcome; a line that cannot be offered any
   * more (seat gone, member on the task) records why. Offering a plan twice,
   * even at the same moment, offers nothing twice.
   */
  async offerPlan(
    ctx: RequestContext,
    planId: string,
    accepted: { taskId: string; memberId: string }[] | undefined,
    message: string | undefined,
  ): Promise<MatchPlan> {
    // One transaction: the offers, their notifications and e-mails commit with the plan's outcome, or
    // none of them do (a failure part-way leaves the plan READY and nobody offered).
    return this.db.transaction(ctx, async () => {
      const plans = this.db.scoped(ctx, MatchPlan);
      // The plan row is locked: a second offer of the same plan waits here, then finds it OFFERED.
      const plan = await plans.findOne({ where: { id: planId }, lock: { mode: 'pessimistic_write' } });
      if (!plan) throw new NotFoundError('Match plan');
      if (plan.status === MatchPlanStatus.OFFERED) return plan;
      if (plan.status !== MatchPlanStatus.READY) {
        throw new ConflictError(`The plan is ${plan.status}; only a READY plan can be offered`, {
          status: plan.status,
        });
      }
      const wanted = accepted ? new Set(accepted.map((l) => `${l.taskId}/${l.memberId}`)) : null;
      if (wanted) {
        // A line the plan does not have is a mistake (a stale or mistyped plan): refuse it rather than
        // mark the plan OFFERED with nothing offered.
        const known = new Set(plan.lines.map((l) => `${l.taskId}/${l.membershipId}`));
        if (!wanted.size) {
          throw new BadInputError('Accept at least one line of the plan', { argument: 'acceptedLines' });
        }
        if ([...wanted].some((key) => !known.has(key))) {
          throw new BadInputError('acceptedLines must be lines of the plan', { argument: 'acceptedLines' });
        }
      }
      const lines: MatchPlanLineData[] = [];
      for (const line of plan.lines) {
        if (wanted && !wanted.has(`${line.taskId}/${line.membershipId}`)) {
          lines.push({ ...line, outcome: 'SKIPPED' });
          continue;
        }
        try {
          // A line that can no longer be offered (seat gone, member on the task) is recorded as FAILED;
          // its savepoint undoes whatever it had written, and the other lines go on.
          const assignmentId = await this.db.savepoint(async () => {
            const assignment = await this.assignments.offer(ctx, {
              taskId: line.taskId,
              memberId: line.membershipId,
              message,
            });
            await this.assignments.recordMatch(ctx, assignment.id, line.score, line.explanation);
            return assignment.id;
          });
          lines.push({ ...line, outcome: 'OFFERED', assignmentId });
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          lines.push({ ...line, outcome: 'FAILED', error: error.message });
        }
      }
      await plans.update({ id: planId }, { status: MatchPlanStatus.OFFERED, lines, offeredAt: new Date() });
      return this.plan(ctx, planId);
    });
  }

  // ---- freshness (worker) ----

  /** Recomputes one volunteer's suggestions against every open task. */
  recomputeVolunteer(organisationId: string, membershipId: string): Promise<number> {
    return this.db.transaction({ organisationId }, async () => {
      await this.lock(organisationId);
      const inputs = await this.loader.load(organisationId, { membershipIds: [membershipId] });
      // Read after loading, and held until commit: a member erased (or deactivated) meanwhile gets
      // no suggestions and no notification, only their leftovers removed.
      const active = await this.members.holdActive(forOrganisation(organisationId), [membershipId]);
      const volunteer = active.has(membershipId) ? inputs.volunteers[0] : undefined;
      const matches = volunteer
        ? topTasksForVolunteer(volunteer, inputs.tasks, inputs.tasks.length, inputs.context)
        : [];
      const before = await this.topMatches(organisationId, [...active]);
      await this.db.manager.query(
        `DELETE FROM match_suggestion WHERE organisation_id = $1 AND membership_id = $2
            AND NOT (task_id = ANY($3::uuid[]))`,
        [organisationId, membershipId, matches.map((m) => m.taskId)],
      );
      await this.upsert(organisationId, matches);
      await this.notifyChanged(organisationId, before, inputs.taskTitles);
      return matches.length;
    });
  }

  /** Recomputes one task's candidates among every volunteer (none when it is no longer open). */
  recomputeTask(organisationId: string, taskId: string): Promise<number> {
    return this.db.transaction({ organisationId }, async () => {
      await this.lock(organisationId);
      const inputs = await this.loader.load(organisationId);
      const task = inputs.tasks.find((t) => t.id === taskId);
      const ranked = task
        ? topCandidatesForTask(task, inputs.volunteers, inputs.volunteers.length, inputs.context)
        : [];
      const touched: { membership_id: string }[] = await this.db.manager.query(
        `SELECT membership_id FROM match_suggestion WHERE organisation_id = $1 AND task_id = $2`,
        [organisationId, taskId],
      );
      const affected = [...new Set([...touched.map((r) => r.membership_id), ...ranked.map((m) => m.volunteerId)])];
      // Read after loading, and held until commit: members erased (or deactivated) since are skipped.
      const active = await this.members.holdActive(forOrganisation(organisationId), affected);
      const matches = ranked.filter((m) => active.has(m.volunteerId));
      const before = await this.topMatches(
        organisationId,
        affected.filter((id) => active.has(id)),
      );
      await this.db.manager.query(
        `DELETE FROM match_suggestion WHERE organisation_id = $1 AND task_id = $2
            AND NOT (membership_id = ANY($3::uuid[]))`,
        [organisationId, taskId, matches.map((m) => m.volunteerId)],
      );
      await this.upsert(organisationId, matches);
      await this.notifyChanged(organisationId, before, inputs.taskTitles);
      return matches.length;
    });
  }

  /** One recompute per organisation at a time: two jobs never interleave their reads and writes. */
  private async lock(organisationId: string): Promise<void> {
    await this.db.lock(`matching:${organisationId}`);
  }

  private async upsert(organisationId: string, matches: MatchScore[]): Promise<void> {
    const CHUNK = 500;
    for (let i = 0; i < matches.length; i += CHUNK) {
      const chunk = matches.slice(i, i + CHUNK);
      const values: unknown[] = [];
      const rows = chunk.map((m, j) => {
        values.push(m.volunteerId, m.taskId, m.score, JSON.stringify(m.parts), m.explanation);
        const b = j * 5;
        return `($1, $${b + 2}::uuid, $${b + 3}::uuid, $${b + 4}::float8, $${b + 5}::jsonb, $${b + 6}, now())`;
      });
      // Unchanged rows are left alone, so a repeated job changes nothing at all.
      await this.db.manager.query(
        `INSERT INTO match_suggestion (organisation_id, membership_id, task_id, score, parts, explanation, computed_at)
         VALUES ${rows.join(', ')}
         ON CONFLICT (organisation_id, membership_id, task_id) DO UPDATE
           SET score = EXCLUDED.score, parts = EXCLUDED.parts, explanation = EXCLUDED.explanation,
               computed_at = EXCLUDED.computed_at
         WHERE match_suggestion.score IS DISTINCT FROM EXCLUDED.score
            OR match_suggestion.explanation IS DISTINCT FROM EXCLUDED.explanation
            OR match_suggestion.parts IS DISTINCT FROM EXCLUDED.parts`,
        [organisationId, ...values],
      );
    }
  }

  /** Each member's top task ids, best first. */
  private async topMatches(organisationId: string, membershipIds: string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>(membershipIds.map((id) => [id, []]));
    if (!membershipIds.length) return result;
    const rows: { membership_id: string; task_id: string }[] = await this.db.manager.query(
      `SELECT membership_id, task_id FROM (
         SELECT s.membership_id, s.task_id,
                row_number() OVER (PARTITION BY s.membership_id ORDER BY s.score DESC, s.task_id) AS n
           FROM match_suggestion s
          WHERE s.organisation_id = $1 AND s.membership_id = ANY($2::uuid[])) ranked
        WHERE n <= $3 ORDER BY membership_id, n`,
      [organisationId, membershipIds, TOP_MATCHES],
    );
    for (const r of rows) result.get(r.membership_id)!.push(r.task_id);
    return result;
  }

  /** Tells each member whose top matches changed, live and in-app (one grouped notification per member). */
  private async notifyChanged(
    organisationId: string,
    before: Map<string, string[]>,
    titles: Map<string, string>,
  ): Promise<void> {
    const after = await this.topMatches(organisationId, [...before.keys()]);
    for (const [membershipId, was] of before) {
      const now = after.get(membershipId) ?? [];
      if (was.join() === now.join()) continue;
      const best = now.map((id) => titles.get(id)).filter((t): t is string => !!t);
      await this.notifications.notify({
        organisationId,
        recipientMembershipIds: [membershipId],
        kind: 'MATCHES_CHANGED',
        title: now.length ? 'Your best-matched tasks have changed' : 'No tasks match you right now',
        body: best.length ? `Best for you now: ${best.join(', ')}.` : 'We will tell you when a task fits you.',
        data: { taskIds: now.join(',') },
        groupKey: `matches-${membershipId}`,
      });
    }
    this.logger.debug(`matching: checked ${before.size} members' top matches`);
  }
}
