import { CurrentContext, RequestContext, Role, Roles } from '@crowdcomms/request-context';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CommunityHealth, CommunityHealthArgs } from './dto/health.types';
import { CommunityHealthService } from './health.service';

@Resolver()
export class CommunityHealthResolver {
  constructor(private readonly health: CommunityHealthService) {}

  @Roles(Role.ADMIN, Role.COMMS)
  @Query(() => CommunityHealth, {
    description:
      'Active members, posters and readers, topics, new members and the monthly trend, against the 25–35 mark.',
  })
  communityHealth(@CurrentContext() ctx: RequestContext, @Args() args: CommunityHealthArgs): Promise<CommunityHealth> {
    return this.health.health(ctx, args.months);
  }
}
