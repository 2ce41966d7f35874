import { UnauthenticatedError } from '@crowdcomms/errors';
import { AnyMember, CurrentContext, Public, RequestContext } from '@crowdcomms/request-context';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
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
import { HttpContext, SessionCookie } from './session-cookie';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly invitations: InvitationsService,
    private readonly cookie: SessionCookie,
  ) {}

  @Public()
  @RateLimit(THROTTLE_BY_IP, THROTTLE_BY_EMAIL)
  @Mutation(() => AuthPayload, { description: 'Create an account and a new organisation you administer.' })
  async signUp(@Context() http: HttpContext, @Args('input') input: SignUpInput): Promise<AuthPayload> {
    return this.answer(http, await this.auth.signUp(input));
  }

  @Public()
  @RateLimit(THROTTLE_BY_IP, THROTTLE_BY_EMAIL)
  @Mutation(() => AuthPayload)
  async login(@Context() http: HttpContext, @Args('input') input: LoginInput): Promise<AuthPayload> {
    return this.answer(http, await this.auth.login(input));
  }

  @Public()
  @RateLimit(THROTTLE_REFRESH)
  @Mutation(() => AuthPayload, {
    description:
      'Exchange a refresh token for a new pair (the old one stops working). The web app sends none: its token is the cookie.',
  })
  async refresh(
    @Context() http: HttpContext,
    @Args('refreshToken', { type: () => String, nullable: true }) refreshToken?: string | null,
  ): Promise<AuthPayload> {
    const token = refreshToken ?? this.cookie.read(http);
    if (!token) throw new UnauthenticatedError('No refresh token was sent; sign in again');
    try {
      return this.answer(http, await this.auth.refresh(token));
    } catch (error) {
      if (error instanceof UnauthenticatedError) this.cookie.clear(http);
      throw error;
    }
  }

  @Public()
  @RateLimit(THROTTLE_BY_IP)
  @Mutation(() => AuthPayload, { description: 'Join an organisation from an invitation e-mail.' })
  async acceptInvitation(
    @Context() http: HttpContext,
    @Args('input') input: AcceptInvitationInput,
  ): Promise<AuthPayload> {
    return this.answer(http, await this.invitations.accept(input));
  }

  @AnyMember()
  @Mutation(() => Boolean, { description: 'End this session.' })
  async logout(@Context() http: HttpContext, @CurrentContext() ctx: RequestContext): Promise<boolean> {
    const done = await this.auth.logout(ctx);
    this.cookie.clear(http);
    return done;
  }

  @AnyMember()
  @Mutation(() => AuthPayload, { description: 'Sign in to another organisation you belong to.' })
  async switchOrganisation(
    @Context() http: HttpContext,
    @CurrentContext() ctx: RequestContext,
    @Args('organisationId', { type: () => ID }, new ParseUUIDPipe()) organisationId: string,
  ): Promise<AuthPayload> {
    return this.answer(http, await this.auth.switchOrganisation(ctx, organisationId));
  }

  @AnyMember()
  @RateLimit(THROTTLE_BY_ACCOUNT)
  @Mutation(() => AuthPayload, { description: 'Change your password; every other session ends.' })
  async changePassword(
    @Context() http: HttpContext,
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: ChangePasswordInput,
  ): Promise<AuthPayload> {
    return this.answer(http, await this.auth.changePassword(ctx, input));
  }

  @AnyMember()
  @Query(() => Me)
  me(@CurrentContext() ctx: RequestContext): Me {
    return this.auth.me(ctx);
  }

  @AnyMember()
  @Mutation(() => AuthPayload, { description: 'Create another organisation (you become its admin) and switch to it.' })
  async createOrganisation(
    @Context() http: HttpContext,
    @CurrentContext() ctx: RequestContext,
    @Args('name') name: string,
  ): Promise<AuthPayload> {
    return this.answer(http, await this.auth.createOrganisation(ctx, name));
  }

  /**
   * The payload of a sign-in (or a switch of organisation) is read as the session it starts: its member's
   * fields then resolve for that person in that organisation — a public call has no caller otherwise, and
   * a switch's caller belongs to the organisation it leaves.
   */
  private async answer(http: HttpContext, payload: AuthPayload): Promise<AuthPayload> {
    if (http.req) (http.req as { auth?: RequestContext }).auth = await this.auth.authenticate(payload.accessToken);
    return this.cookie.deliver(http, payload);
  }
}
