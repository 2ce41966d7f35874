import { CurrentContext, RequestContext, Role, Roles } from '@crowdcomms/request-context';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { DashboardService } from './dashboard.service';
import { ProgrammeDashboard, ProgrammeDashboardArgs } from './dto/dashboard.types';

@Resolver(() => ProgrammeDashboard)
export class DashboardResolver {
  constructor(private readonly dashboards: DashboardService) {}

  @Roles(Role.COMMS, Role.ADMIN)
  @Query(() => ProgrammeDashboard, {
    description: 'Ambassadors by status, open and filled tasks, time to fill, acceptance and hours, per month.',
  })
  programmeDashboard(
    @CurrentContext() ctx: RequestContext,
    @Args() args: ProgrammeDashboardArgs,
  ): Promise<ProgrammeDashboard> {
    return this.dashboards.dashboard(ctx, args.months ?? 6);
  }
}
