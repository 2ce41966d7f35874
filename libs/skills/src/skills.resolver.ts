import { ConnectionShape } from '@crowdcomms/pagination';
import {
  AnyMember,
  CurrentContext,
  Loaders,
  RequestContext,
  RequestLoaders,
  Role,
  Roles,
} from '@crowdcomms/request-context';
import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CreateSkillInput, LookupSkillsArgs, MergeSkillsInput, SkillConnection, SkillsArgs } from './dto/skills.types';
import { Skill } from './skill.entity';
import { SkillsService } from './skills.service';

@Resolver(() => Skill)
export class SkillsResolver {
  constructor(private readonly skillsService: SkillsService) {}

  @AnyMember()
  @Query(() => SkillConnection, { description: 'The shipped taxonomy plus your organisation’s own skills, by name.' })
  skills(@CurrentContext() ctx: RequestContext, @Args() args: SkillsArgs): Promise<ConnectionShape<Skill>> {
    return this.skillsService.list(ctx, args);
  }

  @AnyMember()
  @Query(() => Skill, { description: 'A skill; a merged duplicate answers with the skill it became.' })
  skill(
    @CurrentContext() ctx: RequestContext,
    @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string,
  ): Promise<Skill> {
    return this.skillsService.get(ctx, id);
  }

  @AnyMember()
  @Query(() => [Skill], { description: 'Skills whose name or alias resembles what was typed, best first.' })
  lookupSkills(@CurrentContext() ctx: RequestContext, @Args() args: LookupSkillsArgs): Promise<Skill[]> {
    return this.skillsService.lookup(ctx, args.name, args.first ?? 10);
  }

  @Roles(Role.ADMIN, Role.HR)
  @Mutation(() => Skill, { description: 'Add a skill of your organisation’s own.' })
  createSkill(@CurrentContext() ctx: RequestContext, @Args('input') input: CreateSkillInput): Promise<Skill> {
    return this.skillsService.create(ctx, input);
  }

  @Roles(Role.ADMIN, Role.HR)
  @Mutation(() => Skill, {
    description: 'Merge your organisation’s duplicate skill into another; profiles and demand move with it.',
  })
  mergeSkills(@CurrentContext() ctx: RequestContext, @Args('input') input: MergeSkillsInput): Promise<Skill> {
    return this.skillsService.merge(ctx, input);
  }

  @ResolveField(() => [Skill])
  async related(
    @CurrentContext() ctx: RequestContext,
    @Parent() skill: Skill,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Skill[]> {
    const loader = loaders.get<string, Skill | null>('skills.bySlug', async (slugs) => {
      const found = await this.skillsService.bySlugs(ctx, slugs);
      // An organisation's skill may share nothing with a shipped slug: slugs are unique within what one org sees.
      const bySlug = new Map(found.map((s) => [s.slug, s]));
      return slugs.map((slug) => bySlug.get(slug) ?? null);
    });
    const related = await loader.loadMany(skill.relatedSlugs);
    return related.filter((s): s is Skill => s instanceof Skill);
  }
}
