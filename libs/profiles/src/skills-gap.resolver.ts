import { CurrentContext, RequestContext, Role, Roles } from '@crowdcomms/request-context';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CompletenessReportService } from './completeness-report.service';
import { CompletenessReport } from './dto/completeness-report.types';
import { RecordSkillDemandInput, SkillsGapInput, SkillsGapRow } from './dto/gap.types';
import { SkillDemand } from './entities/skill-demand.entity';
import { ProfileAuditService } from './profile-audit.service';
import { SkillsGapService } from './skills-gap.service';

@Resolver(() => SkillsGapRow)
export class SkillsGapResolver {
  constructor(
    private readonly gap: SkillsGapService,
    private readonly audit: ProfileAuditService,
    private readonly completeness: CompletenessReportService,
  ) {}

  @Roles(Role.HR, Role.COMMS, Role.ADMIN)
  @Query(() => CompletenessReport, {
    description: 'How complete profiles are per department: counts only; departments under five people are pooled.',
  })
  profileCompletenessByDepartment(@CurrentContext() ctx: RequestContext): Promise<CompletenessReport> {
    return this.completeness.byDepartment(ctx);
  }

  @Roles(Role.HR, Role.ADMIN)
  @Mutation(() => SkillDemand, { description: 'Record demand for a skill by hand (tasks and calls will add theirs).' })
  recordSkillDemand(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: RecordSkillDemandInput,
  ): Promise<SkillDemand> {
    return this.gap.recordDemand(ctx, input);
  }

  @Roles(Role.HR, Role.ADMIN)
  @Query(() => [SkillsGapRow], { description: 'Demand, supply, learners and gap per skill and level in a period.' })
  skillsGapReport(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: SkillsGapInput,
  ): Promise<SkillsGapRow[]> {
    return this.gap.report(ctx, input);
  }

  @Roles(Role.HR, Role.ADMIN)
  @Query(() => String, { description: 'The skills-gap report as CSV.' })
  async exportSkillsGapReport(
    @CurrentContext() ctx: RequestContext,
    @Args('input') input: SkillsGapInput,
  ): Promise<string> {
    const csv = await this.gap.exportCsv(ctx, input);
    await this.audit.recordExport(ctx, 'SKILLS_GAP', { input: JSON.parse(JSON.stringify(input)) as object });
    return csv;
  }
}
