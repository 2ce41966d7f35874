import { CurrentContext, RequestContext, Role, Roles } from '@crowdcomms/request-context';
import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RateLimit, THROTTLE_INVITATIONS } from './auth/auth-throttler.guard';
import { InvitationRowResult, InviteMemberInput, MAX_BULK_INVITATIONS } from './dto/invitations.types';
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

  // No @RateLimit here: every row counts against the same hourly allowance inside (InvitationBudget).
  @Roles(Role.ADMIN)
  @Mutation(() => [InvitationRowResult], {
    description:
      `Invite up to ${MAX_BULK_INVITATIONS} people at once (a CSV with department, grade and location): one result ` +
      'per row, in order, with a stable code; a bad row stops no other. Each row counts against the hour’s ' +
      'invitation allowance. Departments must be ones the organisation uses, or be listed in newDepartments.',
  })
  inviteMembers(
    @CurrentContext() ctx: RequestContext,
    // A list is not validated as a whole (a bad row must not stop the others): the service checks each row.
    @Args('input', { type: () => [InviteMemberInput] }) input: unknown[],
    @Args('newDepartments', {
      type: () => [String],
      nullable: true,
      description: 'Departments the list may start (up to 50), besides those the organisation already uses.',
    })
    newDepartments?: string[] | null,
  ): Promise<InvitationRowResult[]> {
    return this.invitations.inviteMany(ctx, input, newDepartments ?? []);
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
