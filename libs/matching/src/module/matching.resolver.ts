import { AnyMember, CurrentContext, RequestContext, Role, Roles } from '@crowdcomms/request-context';
import { Assignment } from '@crowdcomms/tasks';
import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  CandidatesArgs,
  MatchCandidate,
  MatchedTask,
  MatchesArgs,
  MyNearMisses,
  NearMissesArgs,
  TaskCandidatePool,
  MatchPlanLine,
  MatchPlanTask,
  MatchPlanView,
  OfferPlanInput,
  WorkshopToAttend,
} from './dto/matching.types';
import { MatchPlan } from './match-plan.entity';
import { MatchingService } from './matching.service';
import { WorkshopSuggestionsService } from './workshop-suggestions.service';

/** A stored plan as GraphQL shows it, with its lines grouped per task. */
export function toPlanView(plan: MatchPlan): MatchPlanView {
  const lines: MatchPlanLine[] = plan.lines.map((l) => ({
    taskId: l.taskId,
    memberId: l.membershipId,
    score: l.score,
    explanation: l.explanation,
    outcome: l.outcome ?? null,
    assignmentId: l.assignmentId ?? null,
    error: l.error ?? null,
  }));
  const byTask = new Map<string, MatchPlanTask>();
  for (const line of lines) {
    const task = byTask.get(line.taskId) ?? { taskId: line.taskId, picks: [], total: 0 };
    task.picks.push(line);
    task.total += line.score;
    byTask.set(line.taskId, task);
  }
  return {
    id: plan.id,
    status: plan.status,
    method: plan.method,
    total: plan.total,
    upperBound: plan.upperBound,
    lines,
    tasks: [...byTask.values()],
    createdAt: plan.createdAt,
    computedAt: plan.computedAt,
    offeredAt: plan.offeredAt,
  };
}

@Resolver()
export class MatchingResolver {
  constructor(
    private readonly matching: MatchingService,
    private readonly workshopSuggestions: WorkshopSuggestionsService,
  ) {}

  @AnyMember()
  @Query(() => [WorkshopToAttend], {
    description: 'Workshops open for registration that teach skills you want to develop, best first, with why.',
  })
  myWorkshopSuggestions(
    @CurrentContext() ctx: RequestContext,
    @Args() args: NearMissesArgs,
  ): Promise<WorkshopToAttend[]> {
    return this.workshopSuggestions.forMe(ctx, args.first);
  }

  @AnyMember()
  @Query(() => [MatchedTask], { description: 'Open tasks that match you best, with why. Kept fresh as things change.' })
  async myMatchedTasks(@CurrentContext() ctx: RequestContext, @Args() args: MatchesArgs): Promise<MatchedTask[]> {
    const views = await this.matching.myMatchedTasks(ctx, args.first);
    return views.map(({ task, suggestion: s }) => ({
      task,
      score: s.score,
      parts: s.parts,
      explanation: s.explanation,
      computedAt: s.computedAt,
    }));
  }

  @AnyMember()
  @Query(() => MyNearMisses, {
    description:
      'Open tasks you are not matched to, nearest first, with what stands in the way and what would change it.',
  })
  myNearMisses(@CurrentContext() ctx: RequestContext, @Args() args: NearMissesArgs): Promise<MyNearMisses> {
    return this.matching.myNearMisses(ctx, args.first);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Query(() => TaskCandidatePool, {
    description:
      'Why an open task has the candidates it has: counts by reason, and the changes that would widen its pool. CONFLICT for a task that is not open.',
  })
  taskCandidatePool(
    @CurrentContext() ctx: RequestContext,
    @Args('taskId', { type: () => ID }, new ParseUUIDPipe()) taskId: string,
  ): Promise<TaskCandidatePool> {
    return this.matching.taskCandidatePool(ctx, taskId);
  }

  @AnyMember()
  @Mutation(() => Assignment, {
    description:
      'Take up a matched task, with the match’s why: the seat is yours at once (ACCEPTED) when the task allows direct take-up; otherwise you are INTERESTED, or waitlisted when it is full.',
  })
  takeUpMatchedTask(
    @CurrentContext() ctx: RequestContext,
    @Args('taskId', { type: () => ID }, new ParseUUIDPipe()) taskId: string,
  ): Promise<Assignment> {
    return this.matching.takeUpMatch(ctx, taskId);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Query(() => [MatchCandidate], { description: 'The volunteers who match a task best, with why.' })
  async candidatesForTask(
    @CurrentContext() ctx: RequestContext,
    @Args() args: CandidatesArgs,
  ): Promise<MatchCandidate[]> {
    const rows = await this.matching.candidatesForTask(ctx, args.taskId, args.first);
    return rows.map((s) => ({
      memberId: s.membershipId,
      score: s.score,
      parts: s.parts,
      explanation: s.explanation,
      computedAt: s.computedAt,
    }));
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => MatchPlanView, {
    description: 'Run the optimiser over every open task and volunteer; the plan is PENDING until it is READY.',
  })
  async proposeAssignments(@CurrentContext() ctx: RequestContext): Promise<MatchPlanView> {
    return toPlanView(await this.matching.proposeAssignments(ctx));
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Query(() => MatchPlanView, { description: 'A proposed plan: its total and each task’s picks.' })
  async matchPlan(
    @CurrentContext() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<MatchPlanView> {
    return toPlanView(await this.matching.plan(ctx, id));
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => MatchPlanView, { description: 'Offer every accepted line of a READY plan at once.' })
  async offerPlan(@CurrentContext() ctx: RequestContext, @Args('input') input: OfferPlanInput): Promise<MatchPlanView> {
    return toPlanView(await this.matching.offerPlan(ctx, input.planId, input.acceptedLines, input.message));
  }
}
