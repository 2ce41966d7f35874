import { ForbiddenError } from '@crowdcomms/errors';
import { Membership, MembersService } from '@crowdcomms/identity';
import { ConnectionShape } from '@crowdcomms/pagination';
import { ProfilesService, ProfileSkill, ProfileSkillKind } from '@crowdcomms/profiles';
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
  callLoader,
  memberLoader,
  profileByMemberLoader,
  profileSkillsLoader,
  skillLoader,
} from './ambassadors.loaders';
import { CallsService, runsProgramme } from './calls.service';
import {
  AddIntakeNoteInput,
  AmbassadorProfileSummary,
  CallScopedArgs,
  MoveSignUpInput,
  SignUpConnection,
  AmbassadorSignUpInput,
  SignUpsArgs,
} from './dto/sign-ups.types';
import { AmbassadorCall } from './entities/ambassador-call.entity';
import { CopyIntakeToProfileInput, IntakeConfidence, RecordIntakeInput, SignUpIntake } from './dto/intake.types';
import { IntakeNote } from './entities/intake-note.entity';
import { SignUp } from './entities/sign-up.entity';
import { isLive } from './pipeline';
import { SignUpsService } from './sign-ups.service';

@Resolver(() => SignUp)
export class SignUpsResolver {
  constructor(
    private readonly service: SignUpsService,
    private readonly calls: CallsService,
    private readonly members: MembersService,
    private readonly profiles: ProfilesService,
  ) {}

  @AnyMember()
  @Mutation(() => SignUp, {
    description:
      'Answer an open call (once per call). Skills given are added to your profile; by signing up you share ' +
      'a summary of your profile (headline, skills, hours) with the comms team.',
  })
  signUpAsAmbassador(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: AmbassadorSignUpInput,
  ): Promise<SignUp> {
    return this.service.signUp(ctx, input);
  }

  @AnyMember()
  @Mutation(() => SignUp, { description: 'Withdraw your own sign-up.' })
  withdrawSignUp(
    @CurrentContext() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<SignUp> {
    return this.service.withdraw(ctx, id);
  }

  @AnyMember()
  @Query(() => SignUpConnection, { description: 'Your sign-ups, newest first.' })
  mySignUps(@CurrentContext() ctx: RequestContext, @Args() args: CallScopedArgs): Promise<ConnectionShape<SignUp>> {
    return this.service.mine(ctx, args);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Query(() => SignUpConnection, { description: 'The intake pipeline: sign-ups by call and status, oldest first.' })
  signUps(@CurrentContext() ctx: RequestContext, @Args() args: SignUpsArgs): Promise<ConnectionShape<SignUp>> {
    return this.service.list(ctx, args);
  }

  @AnyMember()
  @Query(() => SignUp, { description: 'A sign-up: comms see any, members their own.' })
  signUp(
    @CurrentContext() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<SignUp> {
    return this.service.get(ctx, id);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => SignUp, {
    description: 'Move a sign-up along APPLIED → TALKED → ACTIVE → PAUSED | WITHDRAWN | DECLINED (valid moves only).',
  })
  moveSignUp(@CurrentContext() ctx: RequestContext, @Args('input') input: MoveSignUpInput): Promise<SignUp> {
    return this.service.move(ctx, input);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => IntakeNote, { description: 'Record what you learnt talking to a volunteer (comms only).' })
  addIntakeNote(@CurrentContext() ctx: RequestContext, @Args('input') input: AddIntakeNoteInput): Promise<IntakeNote> {
    return this.service.addNote(ctx, input);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Mutation(() => SignUp, {
    description:
      'Record the structured intake of a live sign-up (channels, confidence per skill 1–5, what they want to do, ' +
      'hours a month), replacing the previous one; the volunteer then decides whether to copy it to their profile.',
  })
  recordIntake(@CurrentContext() ctx: RequestContext, @Args('input') input: RecordIntakeInput): Promise<SignUp> {
    return this.service.recordIntake(ctx, input);
  }

  @AnyMember()
  @Mutation(() => SignUp, {
    description:
      'The volunteer agrees to copy their intake to their own profile (skills at the confidence recorded, hours a ' +
      'month). Only the volunteer: FORBIDDEN to comms, NOT_FOUND to anyone else.',
  })
  copyIntakeToProfile(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: CopyIntakeToProfileInput,
  ): Promise<SignUp> {
    return this.service.copyIntakeToProfile(ctx, input);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Query(() => [IntakeNote], { description: 'Intake notes of a sign-up, oldest first (comms only).' })
  intakeNotes(
    @CurrentContext() ctx: RequestContext,
    @Args('signUpId', { type: () => ID }, new ParseUUIDPipe()) signUpId: string,
  ): Promise<IntakeNote[]> {
    return this.service.notes(ctx, signUpId);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Query(() => SignUpConnection, { description: 'The ambassador pool: active sign-ups with profile summaries.' })
  ambassadorPool(
    @CurrentContext() ctx: RequestContext,
    @Args() args: CallScopedArgs,
  ): Promise<ConnectionShape<SignUp>> {
    return this.service.pool(ctx, args);
  }

  @Roles(Role.COMMS, Role.ADMIN)
  @Query(() => SignUpConnection, { description: 'Every sign-up’s ideas for what comms could do differently.' })
  ideasBoard(@CurrentContext() ctx: RequestContext, @Args() args: CallScopedArgs): Promise<ConnectionShape<SignUp>> {
    return this.service.ideas(ctx, args);
  }

  @ResolveField(() => AmbassadorCall, { nullable: true })
  call(
    @CurrentContext() ctx: RequestContext,
    @Parent() signUp: SignUp,
    @Loaders() loaders: RequestLoaders,
  ): Promise<AmbassadorCall | null> {
    return callLoader(loaders, ctx, this.calls).load(signUp.callId);
  }

  @ResolveField(() => Membership, { nullable: true })
  member(
    @CurrentContext() ctx: RequestContext,
    @Parent() signUp: SignUp,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Membership | null> {
    return memberLoader(loaders, ctx, this.members).load(signUp.membershipId);
  }

  @ResolveField('intakeNotes', () => [IntakeNote], { description: 'Comms and admins only; FORBIDDEN to anyone else.' })
  async notesOf(
    @CurrentContext() ctx: RequestContext,
    @Parent() signUp: SignUp,
    @Loaders() loaders: RequestLoaders,
  ): Promise<IntakeNote[]> {
    if (!runsProgramme(ctx)) throw new ForbiddenError('Intake notes are for the comms team only');
    const loader = loaders.get<string, IntakeNote[]>('ambassadors.notesBySignUp', async (ids) => {
      const notes = await this.service.notesOf(ctx, ids);
      return ids.map((id) => notes.filter((n) => n.signUpId === id));
    });
    return loader.load(signUp.id);
  }

  @ResolveField(() => SignUpIntake, {
    nullable: true,
    description:
      'The structured intake, once comms recorded one: comms see it while the sign-up is live (null once it is ' +
      'withdrawn or declined); the volunteer always sees their own.',
  })
  intake(@CurrentContext() ctx: RequestContext, @Parent() signUp: SignUp): SignUpIntake | null {
    if (!signUp.intakeRecordedAt) return null;
    const own = signUp.membershipId === ctx.membershipId;
    if (!own && !(runsProgramme(ctx) && isLive(signUp.status))) return null;
    return {
      channels: signUp.intakeChannels,
      channelsOther: signUp.intakeChannelsOther,
      confidence: signUp.intakeConfidence,
      wantsToDo: signUp.intakeWantsToDo,
      hoursPerMonth: signUp.intakeHoursPerMonth,
      recordedAt: signUp.intakeRecordedAt,
      copiedToProfileAt: signUp.intakeCopiedAt,
    };
  }

  @ResolveField(() => AmbassadorProfileSummary, {
    nullable: true,
    description:
      'A summary of the member’s profile, shared with comms by signing up: comms see it only while the sign-up ' +
      'is live (null once it is withdrawn or declined); the member always sees their own.',
  })
  async profileSummary(
    @CurrentContext() ctx: RequestContext,
    @Parent() signUp: SignUp,
    @Loaders() loaders: RequestLoaders,
  ): Promise<AmbassadorProfileSummary | null> {
    // Signing up is what shares the summary; a sign-up that has ended no longer does.
    if (signUp.membershipId !== ctx.membershipId && !isLive(signUp.status)) return null;
    const profile = await profileByMemberLoader(loaders, ctx, this.profiles).load(signUp.membershipId);
    if (!profile) return null;
    return {
      headline: profile.headline,
      availableHoursPerMonth: profile.availableHoursPerMonth,
      profileId: profile.id,
    };
  }
}

@Resolver(() => AmbassadorProfileSummary)
export class AmbassadorProfileSummaryResolver {
  constructor(
    private readonly profiles: ProfilesService,
    private readonly skills: SkillsService,
  ) {}

  @ResolveField('skills', () => [ProfileSkill], { description: 'Skills they have, strongest first.' })
  async skillList(
    @CurrentContext() ctx: RequestContext,
    @Parent() summary: AmbassadorProfileSummary,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ProfileSkill[]> {
    const rows = await profileSkillsLoader(loaders, ctx, this.profiles).load(summary.profileId);
    return rows.filter((r) => r.kind === ProfileSkillKind.HAS);
  }

  @ResolveField(() => [Skill], { description: 'Skills they want to develop.' })
  async wantsToDevelop(
    @CurrentContext() ctx: RequestContext,
    @Parent() summary: AmbassadorProfileSummary,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Skill[]> {
    const rows = await profileSkillsLoader(loaders, ctx, this.profiles).load(summary.profileId);
    const skills = await skillLoader(loaders, ctx, this.skills).loadMany(
      rows.filter((r) => r.kind === ProfileSkillKind.WANTS).map((r) => r.skillId),
    );
    return skills.filter((s): s is Skill => s instanceof Skill);
  }
}

@Resolver(() => IntakeConfidence)
export class IntakeConfidenceResolver {
  constructor(private readonly skills: SkillsService) {}

  @ResolveField(() => Skill, { nullable: true })
  async skill(
    @CurrentContext() ctx: RequestContext,
    @Parent() entry: IntakeConfidence,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Skill | null> {
    const skill = await skillLoader(loaders, ctx, this.skills).load(entry.skillId);
    return skill instanceof Skill ? skill : null;
  }
}
