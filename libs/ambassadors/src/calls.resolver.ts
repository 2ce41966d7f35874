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
import { memberLoader, skillLoader } from './ambassadors.loaders';
import { CallsService } from './calls.service';
import {
  AmbassadorCallConnection,
  AmbassadorCallsArgs,
  CreateAmbassadorCallInput,
  UpdateAmbassadorCallInput,
} from './dto/calls.types';
import { AmbassadorCall } from './entities/ambassador-call.entity';

@Resolver(() => AmbassadorCall)
export class CallsResolver {
  constructor(
    private readonly calls: CallsService,
    private readonly skills: SkillsService,
    private readonly members: MembersService,
  ) {}

  @AnyMember()
  @Query(() => AmbassadorCallConnection, {
    description: 'Ambassador calls, newest first: comms see all (filter by status); members see the open ones.',
  })
  ambassadorCalls(
    @CurrentContext() ctx: RequestContext,
    @Args() args: AmbassadorCallsArgs,
  ): Promise<ConnectionShape<AmbassadorCall>> {
    return this.calls.list(ctx, args);
  }

  @AnyMember()
  @Query(() => AmbassadorCall, { description: 'A call; drafts are visible to comms only.' })
  ambassadorCall(
    @CurrentContext() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<AmbassadorCall> {
    return this.calls.get(ctx, id);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => AmbassadorCall, { description: 'Draft a call for ambassadors.' })
  createAmbassadorCall(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: CreateAmbassadorCallInput,
  ): Promise<AmbassadorCall> {
    return this.calls.create(ctx, input);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => AmbassadorCall, { description: 'Edit a draft or open call.' })
  updateAmbassadorCall(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: UpdateAmbassadorCallInput,
  ): Promise<AmbassadorCall> {
    return this.calls.update(ctx, input);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => AmbassadorCall, {
    description:
      'DRAFT → OPEN; members whose skills match are notified in the app, and with emailMembers also e-mailed ' +
      'the call’s link (those whose notification settings allow it). Publishing an open call again is a ' +
      'CONFLICT with reason ALREADY_OPEN.',
  })
  openAmbassadorCall(
    @CurrentContext() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
    @Args('emailMembers', { type: () => Boolean, defaultValue: false }) emailMembers: boolean,
  ): Promise<AmbassadorCall> {
    return this.calls.open(ctx, id, { emailMembers });
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => AmbassadorCall, { description: 'OPEN → CLOSED: no more sign-ups.' })
  closeAmbassadorCall(
    @CurrentContext() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<AmbassadorCall> {
    return this.calls.close(ctx, id);
  }

  @ResolveField(() => String, {
    description: 'The call’s address in the web app, to share inside the organisation (members open it signed in).',
  })
  link(@Parent() call: AmbassadorCall): string {
    return this.calls.link(call.id);
  }

  @ResolveField(() => [Skill])
  async skillsSought(
    @CurrentContext() ctx: RequestContext,
    @Parent() call: AmbassadorCall,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Skill[]> {
    const skills = await skillLoader(loaders, ctx, this.skills).loadMany(call.skillIds);
    return skills.filter((s): s is Skill => s instanceof Skill);
  }

  @ResolveField(() => Membership, { nullable: true, description: 'Who posted it.' })
  createdBy(
    @CurrentContext() ctx: RequestContext,
    @Parent() call: AmbassadorCall,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Membership | null> {
    return memberLoader(loaders, ctx, this.members).load(call.createdByMembershipId);
  }
}
