import { Membership, memberLoader, MembersService } from '@crowdcomms/identity';
import { CurrentContext, Loaders, RequestContext, RequestLoaders } from '@crowdcomms/request-context';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MatchCandidate, MatchPlanLine } from './dto/matching.types';

/**
 * The member behind a candidate or a plan line (name through `user`, department),
 * through the per-request member loader: a list of candidates is one query for
 * its members, however long it is.
 */
@Resolver(() => MatchCandidate)
export class MatchCandidateMemberResolver {
  constructor(private readonly members: MembersService) {}

  @ResolveField(() => Membership, { nullable: true, description: 'The volunteer (null once erased).' })
  member(
    @CurrentContext() ctx: RequestContext,
    @Parent() candidate: MatchCandidate,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Membership | null> {
    return memberLoader(loaders, ctx, this.members).load(candidate.memberId);
  }
}

@Resolver(() => MatchPlanLine)
export class MatchPlanLineMemberResolver {
  constructor(private readonly members: MembersService) {}

  @ResolveField(() => Membership, { nullable: true, description: 'The volunteer (null once erased).' })
  member(
    @CurrentContext() ctx: RequestContext,
    @Parent() line: MatchPlanLine,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Membership | null> {
    return memberLoader(loaders, ctx, this.members).load(line.memberId);
  }
}
