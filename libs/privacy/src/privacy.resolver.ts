import {
  AnyMember,
  CurrentContext,
  Loaders,
  RequestContext,
  RequestLoaders,
  Role,
  Roles,
} from '@crowdcomms/request-context';
import { Membership, memberLoader, MembersService, OrganisationsService } from '@crowdcomms/identity';
import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CancelErasureArgs, MemberErasureArgs } from './dto/privacy.types';
import { PrivacyRequest } from './entities/privacy-request.entity';
import { PrivacyRequestsService } from './privacy-requests.service';

@Resolver(() => PrivacyRequest)
export class PrivacyResolver {
  constructor(
    private readonly requests: PrivacyRequestsService,
    private readonly organisations: OrganisationsService,
    private readonly members: MembersService,
  ) {}

  @Roles(Role.ADMIN)
  @Query(() => [PrivacyRequest], {
    description:
      'Erasure requests in your organisation (admins): those waiting for their cooling-off first, then the 50 most recent carried out, called off or refused. A carried-out erasure is a receipt: it names no one.',
  })
  erasureRequests(@CurrentContext() ctx: RequestContext): Promise<PrivacyRequest[]> {
    return this.requests.erasures(ctx);
  }

  @AnyMember()
  @Query(() => [PrivacyRequest], { description: 'Your requests to download or erase your data, newest first.' })
  myPrivacyRequests(@CurrentContext() ctx: RequestContext): Promise<PrivacyRequest[]> {
    return this.requests.mine(ctx);
  }

  @AnyMember()
  @Mutation(() => PrivacyRequest, {
    description:
      'Asks for a copy of everything held about you in this organisation; a single-use link is e-mailed when it is ready. Asking again while it is prepared gives the same request.',
  })
  requestDataExport(@CurrentContext() ctx: RequestContext): Promise<PrivacyRequest> {
    return this.requests.requestExport(ctx);
  }

  @AnyMember()
  @Mutation(() => PrivacyRequest, {
    description:
      'Asks for your account and everything held about you here to be erased after a cooling-off period (see notBefore), during which you can call it off.',
  })
  requestErasure(@CurrentContext() ctx: RequestContext): Promise<PrivacyRequest> {
    return this.requests.requestErasure(ctx, ctx.membershipId);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => PrivacyRequest, {
    description: 'An admin acts on a member’s request to be erased (same cooling-off).',
  })
  eraseMember(@CurrentContext() ctx: RequestContext, @Args() args: MemberErasureArgs): Promise<PrivacyRequest> {
    return this.requests.requestErasure(ctx, args.memberId);
  }

  @AnyMember()
  @Mutation(() => PrivacyRequest, { description: 'Calls off a waiting erasure.' })
  cancelErasure(@CurrentContext() ctx: RequestContext, @Args() args: CancelErasureArgs): Promise<PrivacyRequest> {
    return this.requests.cancelErasure(ctx, args.memberId);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, {
    description:
      'Organisation setting: when a member is erased, posts and comments others replied to keep their text (from "a former member", their names and handles removed). Off by default: the text is removed.',
  })
  async setKeepRepliedContentOnErasure(
    @CurrentContext() ctx: RequestContext,
    @Args('enabled') enabled: boolean,
  ): Promise<boolean> {
    return (await this.organisations.setKeepRepliedContentOnErasure(ctx.organisationId, enabled))
      .keepRepliedContentOnErasure;
  }

  @ResolveField(() => Membership, {
    nullable: true,
    description: 'Whose data: the caller, or for an admin a member; null once an erasure is carried out.',
  })
  member(
    @CurrentContext() ctx: RequestContext,
    @Parent() request: PrivacyRequest,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Membership | null> | null {
    return request.membershipId ? memberLoader(loaders, ctx, this.members).load(request.membershipId) : null;
  }

  @ResolveField(() => Boolean, { description: 'An admin acted on the request rather than the person themselves.' })
  requestedByAdmin(@Parent() request: PrivacyRequest): boolean {
    return request.requestedByMembershipId !== null && request.requestedByMembershipId !== request.membershipId;
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'For a carried-out erasure: how many records were deleted (from its receipt).',
  })
  erasedRecords(@Parent() request: PrivacyRequest): number | null {
    return receiptTotal(request, 'deleted');
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'For a carried-out erasure: how many records were kept with the person taken out of them.',
  })
  anonymisedRecords(@Parent() request: PrivacyRequest): number | null {
    return receiptTotal(request, 'anonymised');
  }
}

/** The sum of one part of an erasure receipt (counts per table). */
function receiptTotal(request: PrivacyRequest, part: 'deleted' | 'anonymised'): number | null {
  const counts = request.receipt?.[part];
  if (!counts || typeof counts !== 'object') return null;
  return Object.values(counts).reduce<number>((sum, n) => sum + (typeof n === 'number' ? n : 0), 0);
}
