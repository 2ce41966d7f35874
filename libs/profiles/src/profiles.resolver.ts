import { ProfileVisibility } from '@crowdcomms/identity';
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
import { profileCompleteness } from './completeness';
import {
  AddMySkillInput,
  ProfileCompleteness,
  RemoveMySkillInput,
  UpdateProfileInput,
  UpdateProfilePrivacyInput,
} from './dto/profile.types';
import { Profile } from './entities/profile.entity';
import { ProfileSkill, ProfileSkillKind } from './entities/profile-skill.entity';
import { membershipLoader, profileSkillsLoader, skillLoader } from './loaders';
import { ProfilesService } from './profiles.service';

@Resolver(() => Profile)
export class ProfilesResolver {
  constructor(
    private readonly profiles: ProfilesService,
    private readonly skillsService: SkillsService,
  ) {}

  @AnyMember()
  @Query(() => Profile, { description: 'Your own skills profile, all of it (created on first use).' })
  myProfile(@CurrentContext() ctx: RequestContext): Promise<Profile> {
    return this.profiles.mine(ctx);
  }

  @AnyMember()
  @Query(() => Profile, {
    description: 'A colleague’s profile if its visibility lets you see it (the view is recorded); else NOT_FOUND.',
  })
  profile(
    @CurrentContext() ctx: RequestContext,
    @Args('memberId', { type: () => ID }, new ParseUUIDPipe()) memberId: string,
  ): Promise<Profile> {
    return this.profiles.view(ctx, memberId);
  }

  @AnyMember()
  @Mutation(() => Profile, { description: 'Edit your profile; lists given replace the stored ones.' })
  updateMyProfile(@CurrentContext() ctx: RequestContext, @Args('input') input: UpdateProfileInput): Promise<Profile> {
    return this.profiles.update(ctx, input);
  }

  @AnyMember()
  @Mutation(() => Profile, {
    description: 'Add one skill to your profile by id or name (or change its level), leaving the others as they are.',
  })
  addMySkill(@CurrentContext() ctx: RequestContext, @Args('input') input: AddMySkillInput): Promise<Profile> {
    return this.profiles.addSkill(ctx, input);
  }

  @AnyMember()
  @Mutation(() => Profile, { description: 'Take one skill off your profile by id or name; the others stay.' })
  removeMySkill(@CurrentContext() ctx: RequestContext, @Args('input') input: RemoveMySkillInput): Promise<Profile> {
    return this.profiles.removeSkill(ctx, input);
  }

  @AnyMember()
  @Mutation(() => Profile, { description: 'Who may see your profile, and whether comms may target you by interests.' })
  updateMyProfilePrivacy(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: UpdateProfilePrivacyInput,
  ): Promise<Profile> {
    return this.profiles.updatePrivacy(ctx, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ProfileVisibility, {
    description: 'The visibility new profiles start with: PRIVATE or HR_ONLY (ORGANISATION is each member’s choice).',
  })
  setDefaultProfileVisibility(
    @CurrentContext() ctx: RequestContext,
    @Args('visibility', { type: () => ProfileVisibility }) visibility: ProfileVisibility,
  ): Promise<ProfileVisibility> {
    return this.profiles.setDefaultVisibility(ctx, visibility as ProfileVisibility.PRIVATE | ProfileVisibility.HR_ONLY);
  }

  @ResolveField(() => String, { nullable: true })
  async department(
    @CurrentContext() ctx: RequestContext,
    @Parent() profile: Profile,
    @Loaders() loaders: RequestLoaders,
  ): Promise<string | null> {
    return (await membershipLoader(loaders, ctx, this.profiles).load(profile.membershipId))?.department ?? null;
  }

  @ResolveField(() => String, { nullable: true })
  async grade(
    @CurrentContext() ctx: RequestContext,
    @Parent() profile: Profile,
    @Loaders() loaders: RequestLoaders,
  ): Promise<string | null> {
    return (await membershipLoader(loaders, ctx, this.profiles).load(profile.membershipId))?.grade ?? null;
  }

  @ResolveField(() => String, { nullable: true })
  async location(
    @CurrentContext() ctx: RequestContext,
    @Parent() profile: Profile,
    @Loaders() loaders: RequestLoaders,
  ): Promise<string | null> {
    return (await membershipLoader(loaders, ctx, this.profiles).load(profile.membershipId))?.location ?? null;
  }

  @ResolveField(() => [ProfileSkill], { description: 'Skills I have, strongest first.' })
  async skills(
    @CurrentContext() ctx: RequestContext,
    @Parent() profile: Profile,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ProfileSkill[]> {
    const rows = await profileSkillsLoader(loaders, ctx, this.profiles).load(profile.id);
    return rows.filter((r) => r.kind === ProfileSkillKind.HAS);
  }

  @ResolveField(() => [Skill], { description: 'Skills I want to develop.' })
  async wantsToDevelop(
    @CurrentContext() ctx: RequestContext,
    @Parent() profile: Profile,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Skill[]> {
    const rows = await profileSkillsLoader(loaders, ctx, this.profiles).load(profile.id);
    const skills = await skillLoader(loaders, ctx, this.skillsService).loadMany(
      rows.filter((r) => r.kind === ProfileSkillKind.WANTS).map((r) => r.skillId),
    );
    return skills.filter((s): s is Skill => s instanceof Skill);
  }

  @ResolveField(() => ProfileCompleteness)
  async completeness(
    @CurrentContext() ctx: RequestContext,
    @Parent() profile: Profile,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ProfileCompleteness> {
    return profileCompleteness(profile, await profileSkillsLoader(loaders, ctx, this.profiles).load(profile.id));
  }
}

@Resolver(() => ProfileSkill)
export class ProfileSkillResolver {
  constructor(private readonly skills: SkillsService) {}

  @ResolveField(() => Skill)
  async skill(
    @CurrentContext() ctx: RequestContext,
    @Parent() row: ProfileSkill,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Skill> {
    return (await skillLoader(loaders, ctx, this.skills).load(row.skillId)) as Skill;
  }
}
