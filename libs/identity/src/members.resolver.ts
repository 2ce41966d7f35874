import { ConnectionShape } from '@crowdcomms/pagination';
import {
  AnyMember,
  CurrentContext,
  GraphQLRequestContext,
  RequestContext,
  Role,
  Roles,
} from '@crowdcomms/request-context';
import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ChangeRolesInput, MemberConnection, MembersArgs, UpdateMemberInput } from './dto/members.types';
import { Membership } from './entities/membership.entity';
import { User } from './entities/user.entity';
import { knownUser, userLoader } from './identity.loaders';
import { MembersService } from './members.service';

@Resolver(() => Membership)
export class MembersResolver {
  constructor(private readonly membersService: MembersService) {}

  @AnyMember()
  @Query(() => MemberConnection, { description: 'Members of your organisation (active ones unless filtered).' })
  members(@CurrentContext() ctx: RequestContext, @Args() args: MembersArgs): Promise<ConnectionShape<Membership>> {
    return this.membersService.list(ctx, args);
  }

  @AnyMember()
  @Query(() => Membership)
  member(
    @CurrentContext() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<Membership> {
    return this.membersService.get(ctx, id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Membership, { description: 'Set department, grade and location.' })
  updateMember(@CurrentContext() ctx: RequestContext, @Args('input') input: UpdateMemberInput): Promise<Membership> {
    return this.membersService.update(ctx, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Membership)
  changeMemberRoles(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: ChangeRolesInput,
  ): Promise<Membership> {
    return this.membersService.changeRoles(ctx, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Membership, { description: 'Deactivate a member; their sessions end at once.' })
  deactivateMember(
    @CurrentContext() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<Membership> {
    return this.membersService.deactivate(ctx, id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Membership)
  reactivateMember(
    @CurrentContext() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<Membership> {
    return this.membersService.reactivate(ctx, id);
  }

  // Raw resolver arguments, no parameter decorators: @nestjs/graphql then binds the method directly,
  // without a per-call execution context and pipe chain (it runs for every author on every feed page).
  // A member read with its user (`withUser`) answers synchronously; any other loads through the loader.
  @ResolveField(() => User)
  user(member: Membership, _args: unknown, context: GraphQLRequestContext): User | Promise<User> {
    return knownUser(member) ?? (userLoader(context.loaders, this.membersService).load(member.userId) as Promise<User>);
  }
}
