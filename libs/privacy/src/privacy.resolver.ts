import { AnyMember, CurrentContext, RequestContext, Role, Roles } from '@crowdcomms/request-context';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CancelErasureArgs, MemberErasureArgs } from './dto/privacy.types';
import { PrivacyRequest } from './entities/privacy-request.entity';
import { PrivacyRequestsService } from './privacy-requests.service';

@Resolver(() => PrivacyRequest)
export class PrivacyResolver {
  constructor(private readonly requests: PrivacyRequestsService) {}

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
}
