import { AnyMember, CurrentContext, Loaders, RequestContext, RequestLoaders } from '@crowdcomms/request-context';
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  PeopleFacets,
  PeopleSearchArgs,
  PeopleSearchConnection,
  PeopleSearchResult,
  PersonResult,
} from './dto/search.types';
import { ProfileSkill, ProfileSkillKind } from './entities/profile-skill.entity';
import { profileSkillsLoader } from './loaders';
import { PeopleSearchService } from './people-search.service';
import { ProfilesService } from './profiles.service';

@Resolver(() => PeopleSearchConnection)
export class PeopleSearchResolver {
  constructor(private readonly search: PeopleSearchService) {}

  @AnyMember()
  @Query(() => PeopleSearchConnection, {
    description:
      'Search people by text, name, skills and levels, placement and availability. HR sees HR_ONLY and ORGANISATION ' +
      'profiles, everyone else ORGANISATION ones. Every search is recorded in the audit log.',
  })
  peopleSearch(@CurrentContext() ctx: RequestContext, @Args() args: PeopleSearchArgs): Promise<PeopleSearchResult> {
    return this.search.search(ctx, args);
  }

  @ResolveField(() => PeopleFacets, { description: 'Counted only when asked for.' })
  facets(@CurrentContext() ctx: RequestContext, @Parent() connection: PeopleSearchResult): Promise<PeopleFacets> {
    return this.search.facets(ctx, connection.criteria);
  }
}

@Resolver(() => PersonResult)
export class PersonResultResolver {
  constructor(private readonly profiles: ProfilesService) {}

  @ResolveField(() => [ProfileSkill], { description: 'Skills they have, strongest first.' })
  async skills(
    @CurrentContext() ctx: RequestContext,
    @Parent() person: PersonResult,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ProfileSkill[]> {
    const rows = await profileSkillsLoader(loaders, ctx, this.profiles).load(person.profileId);
    return rows.filter((r) => r.kind === ProfileSkillKind.HAS);
  }
}
