import { AnyMember, CurrentContext, Public, RequestContext } from '@crowdcomms/request-context';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import {
  AcceptInvitationInput,
  AuthPayload,
  ChangePasswordInput,
  LoginInput,
  Me,
  SignUpInput,
} from '../dto/auth.types';
import { InvitationsService } from '../invitations.service';
import { AuthService } from './auth.service';
import {
  RateLimit,
  THROTTLE_BY_ACCOUNT,
  THROTTLE_BY_EMAIL,
  THROTTLE_BY_IP,
  THROTTLE_REFRESH,
} from './auth-throttler.guard';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly invitations: InvitationsService,
  ) {}

  @Public()
  @RateLimit(THROTTLE_BY_IP, THROTTLE_BY_EMAIL)
  @Mutation(() => AuthPayload, { description: 'Create an account and a new organisation you administer.' })
  signUp(@Args('input') input: SignUpInput): Promise<AuthPayload> {
    return this.auth.signUp(input);
  }

  @Public()
  @RateLimit(THROTTLE_BY_IP, THROTTLE_BY_EMAIL)
  @Mutation(() => AuthPayload)
  login(@Args('input') input: LoginInput): Promise<AuthPayload> {
    return this.auth.login(input);
  }

  @Public()
  @RateLimit(THROTTLE_REFRESH)
  @Mutation(() => AuthPayload, { description: 'Exchange a refresh token for a new pair (the old one stops working).' })
  refresh(@Args('refreshToken') refreshToken: string): Promise<AuthPayload> {
    return this.auth.refresh(refreshToken);
  }

  @Public()
  @RateLimit(THROTTLE_BY_IP)
  @Mutation(() => AuthPayload, { description: 'Join an organisation from an invitation e-mail.' })
  acceptInvitation(@Args('input') input: AcceptInvitationInput): Promise<AuthPayload> {
    return this.invitations.accept(input);
  }

  @AnyMember()
  @Mutation(() => Boolean, { description: 'End this session.' })
  logout(@CurrentContext() ctx: RequestContext): Promise<boolean> {
    return this.auth.logout(ctx);
  }

  @AnyMember()
  @Mutation(() => AuthPayload, { description: 'Sign in to another organisation you belong to.' })
  switchOrganisation(
    @CurrentContext() ctx: RequestContext,
    @Args('organisationId', { type: () => ID }, new ParseUUIDPipe()) organisationId: string,
  ): Promise<AuthPayload> {
    return this.auth.switchOrganisation(ctx, organisationId);
  }

  @AnyMember()
  @RateLimit(THROTTLE_BY_ACCOUNT)
  @Mutation(() => AuthPayload, { description: 'Change your password; every other session ends.' })
  changePassword(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: ChangePasswordInput,
  ): Promise<AuthPayload> {
    return this.auth.changePassword(ctx, input);
  }

  @AnyMember()
  @Query(() => Me)
  me(@CurrentContext() ctx: RequestContext): Promise<Me> {
    return this.auth.me(ctx);
  }

  @AnyMember()
  @Mutation(() => AuthPayload, { description: 'Create another organisation (you become its admin) and switch to it.' })
  createOrganisation(@CurrentContext() ctx: RequestContext, @Args('name') name: string): Promise<AuthPayload> {
    return this.auth.createOrganisation(ctx, name);
  }
}
