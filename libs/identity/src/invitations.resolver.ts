import { CurrentContext, RequestContext, Role, Roles } from '@crowdcomms/request-context';
import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RateLimit, THROTTLE_INVITATIONS } from './auth/auth-throttler.guard';
import { InviteMemberInput } from './dto/invitations.types';
import { Invitation } from './entities/invitation.entity';
import { InvitationsService } from './invitations.service';

@Resolver(() => Invitation)
export class InvitationsResolver {
  constructor(private readonly invitations: InvitationsService) {}

  @Roles(Role.ADMIN)
  @RateLimit(THROTTLE_INVITATIONS)
  @Mutation(() => Invitation, { description: 'Invite someone by e-mail; they receive a link to join.' })
  inviteMember(@CurrentContext() ctx: RequestContext, @Args('input') input: InviteMemberInput): Promise<Invitation> {
    return this.invitations.invite(ctx, input);
  }

  @Roles(Role.ADMIN)
  @Query(() => [Invitation])
  pendingInvitations(@CurrentContext() ctx: RequestContext): Promise<Invitation[]> {
    return this.invitations.pending(ctx);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Invitation)
  revokeInvitation(
    @CurrentContext() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<Invitation> {
    return this.invitations.revoke(ctx, id);
  }
}
