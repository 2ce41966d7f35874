import { IdentityModule } from '@crowdcomms/identity';
import { NotificationsModule } from '@crowdcomms/notifications';
import { ProfilesModule } from '@crowdcomms/profiles';
import { SkillsModule } from '@crowdcomms/skills';
import { Module } from '@nestjs/common';
import { AssignmentsResolver } from './assignments.resolver';
import { AssignmentsService } from './assignments.service';
import { TaskStatsService } from './task-stats.service';
import { TaskSkillResolver, TasksResolver } from './tasks.resolver';
import { TasksService } from './tasks.service';

/** Comms tasks, assignments (offers, interest, waitlist, seats) and their figures. */
@Module({
  imports: [IdentityModule, SkillsModule, ProfilesModule, NotificationsModule],
  providers: [
    TasksService,
    AssignmentsService,
    TaskStatsService,
    TasksResolver,
    TaskSkillResolver,
    AssignmentsResolver,
  ],
  exports: [TasksService, AssignmentsService, TaskStatsService],
})
export class TasksModule {}
