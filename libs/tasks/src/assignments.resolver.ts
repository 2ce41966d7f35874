import { Membership, MembersService } from '@crowdcomms/identity';
import { ConnectionShape } from '@crowdcomms/pagination';
import {
  AnyMember,
  CurrentContext,
  Loaders,
  RequestContext,
  RequestLoaders,
  Role,
  Roles,
} from '@crowdcomms/request-context';
import { Skill, SkillsService } from '@crowdcomms/skills';
import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AssignmentsService } from './assignments.service';
import {
  AssignmentConnection,
  AssignmentsArgs,
  CompleteAssignmentInput,
  DecideAssignmentInput,
  MarkAssignmentDoneInput,
  OfferTaskInput,
  TaskAssignmentsArgs,
} from './dto/assignments.types';
import { Assignment } from './entities/assignment.entity';
import { CommsTask } from './entities/comms-task.entity';
import { memberLoader, skillLoader, taskLoader } from './tasks.loaders';
import { TasksService } from './tasks.service';

@Resolver(() => Assignment)
export class AssignmentsResolver {
  constructor(
    private readonly assignments: AssignmentsService,
    private readonly tasks: TasksService,
    private readonly members: MembersService,
    private readonly skills: SkillsService,
  ) {}

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => Assignment, { description: 'Offer an open task to a member; they are told in-app and by e-mail.' })
  offerTask(@CurrentContext() ctx: RequestContext, @Args('input') input: OfferTaskInput): Promise<Assignment> {
    return this.assignments.offer(ctx, input);
  }

  @AnyMember()
  @Mutation(() => Assignment, {
    description: 'Say you would like to help on a task; when it is full you join its waitlist.',
  })
  expressInterestInTask(
    @CurrentContext() ctx: RequestContext,
    @Args('taskId', { type: () => ID }, new ParseUUIDPipe()) taskId: string,
  ): Promise<Assignment> {
    return this.assignments.expressInterest(ctx, taskId);
  }

  @AnyMember()
  @Mutation(() => Assignment, {
    description:
      'Take up a task that allows it: the seat is yours at once. CONFLICT with reason TAKE_UP_NOT_ALLOWED, TASK_FULL or ALREADY_ON_TASK otherwise.',
  })
  takeUpTask(
    @CurrentContext() ctx: RequestContext,
    @Args('taskId', { type: () => ID }, new ParseUUIDPipe()) taskId: string,
  ): Promise<Assignment> {
    return this.assignments.takeUp(ctx, taskId);
  }

  @AnyMember()
  @Mutation(() => Assignment, { description: 'Accept your offer; CONFLICT when every seat is taken.' })
  acceptAssignment(
    @CurrentContext() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<Assignment> {
    return this.assignments.accept(ctx, id);
  }

  @AnyMember()
  @Mutation(() => Assignment, { description: 'Decline your offer, optionally saying why.' })
  declineAssignment(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: DecideAssignmentInput,
  ): Promise<Assignment> {
    return this.assignments.decline(ctx, input);
  }

  @AnyMember()
  @Mutation(() => Assignment, {
    description:
      'Step back: members from their own assignment, comms from anyone’s. A freed seat goes to the waitlist.',
  })
  withdrawAssignment(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: DecideAssignmentInput,
  ): Promise<Assignment> {
    return this.assignments.withdraw(ctx, input);
  }

  @AnyMember()
  @Mutation(() => Assignment, {
    description:
      'Mark your own accepted work done, with what came of it; comms are told and may add feedback and endorsements.',
  })
  markAssignmentDone(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: MarkAssignmentDoneInput,
  ): Promise<Assignment> {
    return this.assignments.markDone(ctx, input);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => Assignment, {
    description:
      'Mark accepted work completed, with feedback, impact and endorsements (also for work the volunteer marked done).',
  })
  completeAssignment(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: CompleteAssignmentInput,
  ): Promise<Assignment> {
    return this.assignments.complete(ctx, input);
  }

  @AnyMember()
  @Query(() => AssignmentConnection, { description: 'Your assignments, newest first.' })
  myAssignments(
    @CurrentContext() ctx: RequestContext,
    @Args() args: AssignmentsArgs,
  ): Promise<ConnectionShape<Assignment>> {
    return this.assignments.mine(ctx, args);
  }

  @AnyMember()
  @Query(() => Assignment, { description: 'An assignment: comms see any, members their own.' })
  assignment(
    @CurrentContext() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<Assignment> {
    return this.assignments.get(ctx, id);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Query(() => AssignmentConnection, { description: 'Everyone on a task, oldest first.' })
  taskAssignments(
    @CurrentContext() ctx: RequestContext,
    @Args() args: TaskAssignmentsArgs,
  ): Promise<ConnectionShape<Assignment>> {
    return this.assignments.forTask(ctx, args);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Query(() => [Assignment], { description: 'A task’s waitlist, in the order seats will be handed out.' })
  taskWaitlist(
    @CurrentContext() ctx: RequestContext,
    @Args('taskId', { type: () => ID }, new ParseUUIDPipe()) taskId: string,
  ): Promise<Assignment[]> {
    return this.assignments.waitlist(ctx, taskId);
  }

  @ResolveField(() => CommsTask, { nullable: true })
  task(
    @CurrentContext() ctx: RequestContext,
    @Parent() assignment: Assignment,
    @Loaders() loaders: RequestLoaders,
  ): Promise<CommsTask | null> {
    return taskLoader(loaders, ctx, this.tasks).load(assignment.taskId);
  }

  @ResolveField(() => Membership, { nullable: true })
  member(
    @CurrentContext() ctx: RequestContext,
    @Parent() assignment: Assignment,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Membership | null> {
    return memberLoader(loaders, ctx, this.members).load(assignment.membershipId);
  }

  @ResolveField(() => [Skill], { description: 'Skills comms endorsed on completion.' })
  async endorsedSkills(
    @CurrentContext() ctx: RequestContext,
    @Parent() assignment: Assignment,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Skill[]> {
    const endorsements = await loaders
      .get<string, string[]>('tasks.endorsedSkillIds', async (ids) => {
        const rows = await this.assignments.endorsementsOf(ctx, ids);
        return ids.map((id) => rows.filter((r) => r.assignmentId === id).map((r) => r.skillId));
      })
      .load(assignment.id);
    const skills = await skillLoader(loaders, ctx, this.skills).loadMany(endorsements);
    return skills.filter((s): s is Skill => s instanceof Skill);
  }
}
