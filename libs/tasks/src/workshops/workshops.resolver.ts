import { Membership, MembersService } from '@crowdcomms/identity';
import {
  AnyMember,
  CurrentContext,
  Loaders,
  RequestContext,
  RequestLoaders,
  Role,
  Roles,
} from '@crowdcomms/request-context';
import { ParseUUIDPipe } from '@nestjs/common';
import { Args, Field, ID, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommsTask, CommsTaskKind } from '../entities/comms-task.entity';
import { WorkshopRegistration } from '../entities/workshop-registration.entity';
import { memberLoader } from '../tasks.loaders';
import { WorkshopsService } from './workshops.service';

@ObjectType({ description: 'Who comes to a workshop: those holding a place and the waitlist, in order.' })
export class WorkshopAttendance {
  @Field(() => CommsTask)
  task: CommsTask;
  @Field(() => [WorkshopRegistration], { description: 'In the order they got their place.' })
  registered: WorkshopRegistration[];
  @Field(() => [WorkshopRegistration], { description: 'In the order places will go.' })
  waitlist: WorkshopRegistration[];
}

@Resolver(() => WorkshopRegistration)
export class WorkshopsResolver {
  constructor(
    private readonly workshops: WorkshopsService,
    private readonly members: MembersService,
  ) {}

  @AnyMember()
  @Mutation(() => WorkshopRegistration, {
    description:
      'Register for a workshop: REGISTERED when a place is free, otherwise WAITLISTED with your position. CONFLICT with a reason: ALREADY_REGISTERED, NOT_A_WORKSHOP, WORKSHOP_PAST, WORKSHOP_CLOSED, NO_ATTENDEE_PLACES.',
  })
  registerForWorkshop(
    @CurrentContext() ctx: RequestContext,
    @Args('taskId', { type: () => ID }, new ParseUUIDPipe()) taskId: string,
  ): Promise<WorkshopRegistration> {
    return this.workshops.register(ctx, taskId);
  }

  @AnyMember()
  @Mutation(() => WorkshopRegistration, {
    description:
      'Give up your place at a workshop (or leave its waitlist); a freed place goes at once to the first person waiting.',
  })
  cancelWorkshopRegistration(
    @CurrentContext() ctx: RequestContext,
    @Args('taskId', { type: () => ID }, new ParseUUIDPipe()) taskId: string,
  ): Promise<WorkshopRegistration> {
    return this.workshops.cancel(ctx, taskId);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Query(() => WorkshopAttendance, { description: 'A workshop’s attendees and waitlist.' })
  async workshopAttendance(
    @CurrentContext() ctx: RequestContext,
    @Args('taskId', { type: () => ID }, new ParseUUIDPipe()) taskId: string,
  ): Promise<WorkshopAttendance> {
    return this.workshops.attendance(ctx, taskId);
  }

  @ResolveField(() => Membership, { nullable: true, description: 'The attendee (name and department).' })
  member(
    @CurrentContext() ctx: RequestContext,
    @Parent() registration: WorkshopRegistration,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Membership | null> {
    return memberLoader(loaders, ctx, this.members).load(registration.membershipId);
  }
}

@Resolver(() => CommsTask)
export class WorkshopTaskResolver {
  constructor(private readonly workshops: WorkshopsService) {}

  @ResolveField(() => WorkshopRegistration, {
    nullable: true,
    description: 'Workshops: your registration (a place or the waitlist), if you have one.',
  })
  myWorkshopRegistration(
    @CurrentContext() ctx: RequestContext,
    @Parent() task: CommsTask,
    @Loaders() loaders: RequestLoaders,
  ): Promise<WorkshopRegistration | null> | null {
    if (task.kind !== CommsTaskKind.WORKSHOP) return null;
    return loaders
      .get<string, WorkshopRegistration | null>('tasks.myWorkshopRegistration', async (ids) => {
        const rows = await this.workshops.mineFor(ctx, ids);
        return ids.map((id) => rows.find((r) => r.taskId === id) ?? null);
      })
      .load(task.id);
  }
}
