import { RequestContext } from '@crowdcomms/request-context';
import { TaskStatsService } from '@crowdcomms/tasks';
import { Injectable } from '@nestjs/common';
import { ProgrammeDashboard } from './dto/dashboard.types';
import { SignUpsService } from './sign-ups.service';

/** The ambassador programme at a glance: the pipeline (ours) and the work done (from tasks). */
@Injectable()
export class DashboardService {
  constructor(
    private readonly signUps: SignUpsService,
    private readonly taskStats: TaskStatsService,
  ) {}

  async dashboard(ctx: RequestContext, months = 6): Promise<ProgrammeDashboard> {
    const now = new Date();
    const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1));
    const [byStatus, totals, taskMonths, signUpMonths] = await Promise.all([
      this.signUps.countByStatus(ctx),
      this.taskStats.totals(ctx),
      this.taskStats.monthly(ctx, since),
      this.signUps.monthly(ctx, since),
    ]);
    return {
      ambassadorsByStatus: byStatus,
      ...totals,
      perMonth: taskMonths.map((m) => {
        const s = signUpMonths.find((x) => x.month === m.month);
        return { ...m, signUps: s?.signUps ?? 0, newAmbassadors: s?.activated ?? 0 };
      }),
    };
  }
}
