import { AnyMember, CurrentContext, Loaders, RequestContext, RequestLoaders } from '@crowdcomms/request-context';
import { Skill, SkillsService } from '@crowdcomms/skills';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AcceptSkillSuggestionInput, DismissSkillSuggestionInput } from '../dto/suggestion.types';
import { Profile } from '../entities/profile.entity';
import { SkillSuggestion } from '../entities/skill-suggestion.entity';
import { skillLoader } from '../loaders';
import { SkillSuggestionsService } from './skill-suggestions.service';

/** Every operation here is the caller's own: nobody else, HR and comms included, can read suggestions. */
@Resolver(() => SkillSuggestion)
export class SkillSuggestionsResolver {
  constructor(
    private readonly suggestions: SkillSuggestionsService,
    private readonly skills: SkillsService,
  ) {}

  @AnyMember()
  @Query(() => [SkillSuggestion], {
    description:
      'Skills named in your own headline, bio or CV that are not on your profile yet, each with its sentence. Only you see them.',
  })
  mySkillSuggestions(@CurrentContext() ctx: RequestContext): Promise<SkillSuggestion[]> {
    return this.suggestions.mine(ctx);
  }

  @AnyMember()
  @Mutation(() => Profile, { description: 'Add a suggested skill to your profile at a level. CONFLICT once decided.' })
  acceptSkillSuggestion(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: AcceptSkillSuggestionInput,
  ): Promise<Profile> {
    return this.suggestions.accept(ctx, input.suggestionId, input.level);
  }

  @AnyMember()
  @Mutation(() => SkillSuggestion, {
    description: 'Not for me: the skill is not suggested again. CONFLICT once decided.',
  })
  dismissSkillSuggestion(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: DismissSkillSuggestionInput,
  ): Promise<SkillSuggestion> {
    return this.suggestions.dismiss(ctx, input.suggestionId);
  }

  @ResolveField(() => Skill)
  async skill(
    @CurrentContext() ctx: RequestContext,
    @Parent() suggestion: SkillSuggestion,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Skill> {
    return (await skillLoader(loaders, ctx, this.skills).load(suggestion.skillId)) as Skill;
  }
}
