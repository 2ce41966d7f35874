import { IdentityModule } from '@crowdcomms/identity';
import { NotificationsModule } from '@crowdcomms/notifications';
import { ProfilesModule } from '@crowdcomms/profiles';
import { SkillsModule } from '@crowdcomms/skills';
import { TasksModule } from '@crowdcomms/tasks';
import { Module } from '@nestjs/common';
import { CallsResolver } from './calls.resolver';
import { CallsService } from './calls.service';
import { DashboardResolver } from './dashboard.resolver';
import { DashboardService } from './dashboard.service';
import { AmbassadorProfileSummaryResolver, IntakeConfidenceResolver, SignUpsResolver } from './sign-ups.resolver';
import { SignUpsService } from './sign-ups.service';

/** The ambassador programme: calls, sign-ups, the intake pipeline, the pool, the ideas board and the dashboard. */
@Module({
  imports: [IdentityModule, SkillsModule, ProfilesModule, NotificationsModule, TasksModule],
  providers: [
    CallsService,
    SignUpsService,
    DashboardService,
    CallsResolver,
    SignUpsResolver,
    AmbassadorProfileSummaryResolver,
    IntakeConfidenceResolver,
    DashboardResolver,
  ],
  exports: [CallsService, SignUpsService],
})
export class AmbassadorsModule {}
