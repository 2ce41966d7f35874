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
import {
  CancelCommsTaskInput,
  CommsTaskConnection,
  CommsTasksArgs,
  CreateCommsTaskInput,
  UpdateCommsTaskInput,
} from './dto/tasks.types';
import { CommsTask } from './entities/comms-task.entity';
import { CommsTaskSkill } from './entities/comms-task-skill.entity';
import { memberLoader, skillLoader } from './tasks.loaders';
import { TasksService } from './tasks.service';

@Resolver(() => CommsTask)
export class TasksResolver {
  constructor(
    private readonly tasks: TasksService,
    private readonly members: MembersService,
  ) {}

  @AnyMember()
  @Query(() => CommsTaskConnection, { description: 'Comms tasks, newest first; members never see drafts.' })
  commsTasks(@CurrentContext() ctx: RequestContext, @Args() args: CommsTasksArgs): Promise<ConnectionShape<CommsTask>> {
    return this.tasks.list(ctx, args);
  }

  @AnyMember()
  @Query(() => CommsTask)
  commsTask(
    @CurrentContext() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<CommsTask> {
    return this.tasks.get(ctx, id);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => CommsTask, { description: 'Draft a comms task.' })
  createCommsTask(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: CreateCommsTaskInput,
  ): Promise<CommsTask> {
    return this.tasks.create(ctx, input);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => CommsTask, { description: 'Edit a task; seats never below those taken.' })
  updateCommsTask(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: UpdateCommsTaskInput,
  ): Promise<CommsTask> {
    return this.tasks.update(ctx, input);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => CommsTask, { description: 'DRAFT → OPEN.' })
  openCommsTask(
    @CurrentContext() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<CommsTask> {
    return this.tasks.open(ctx, id);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => CommsTask, { description: 'OPEN | FILLED → DONE.' })
  completeCommsTask(
    @CurrentContext() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<CommsTask> {
    return this.tasks.complete(ctx, id);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => CommsTask, { description: 'DRAFT | OPEN | FILLED → CANCELLED; everyone on it is told.' })
  cancelCommsTask(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: CancelCommsTaskInput,
  ): Promise<CommsTask> {
    return this.tasks.cancel(ctx, input.id, input.reason);
  }

  @ResolveField(() => [CommsTaskSkill])
  requiredSkills(
    @CurrentContext() ctx: RequestContext,
    @Parent() task: CommsTask,
    @Loaders() loaders: RequestLoaders,
  ): Promise<CommsTaskSkill[]> {
    return loaders
      .get<string, CommsTaskSkill[]>('tasks.requirementsByTask', async (ids) => {
        const rows = await this.tasks.requirementsOf(ctx, ids);
        return ids.map((id) => rows.filter((r) => r.taskId === id));
      })
      .load(task.id);
  }

  @ResolveField(() => Membership, { nullable: true, description: 'Who posted it.' })
  createdBy(
    @CurrentContext() ctx: RequestContext,
    @Parent() task: CommsTask,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Membership | null> {
    return memberLoader(loaders, ctx, this.members).load(task.createdByMembershipId);
  }
}

@Resolver(() => CommsTaskSkill)
export class TaskSkillResolver {
  constructor(private readonly skills: SkillsService) {}

  @ResolveField(() => Skill)
  async skill(
    @CurrentContext() ctx: RequestContext,
    @Parent() row: CommsTaskSkill,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Skill> {
    return (await skillLoader(loaders, ctx, this.skills).load(row.skillId)) as Skill;
  }
}
