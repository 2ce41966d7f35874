import { CalendarCancellationsService } from './calendar-cancellations.service';
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
import { WorkshopsResolver, WorkshopTaskResolver } from './workshops/workshops.resolver';
import { WorkshopsService } from './workshops/workshops.service';
import { WorkshopsProcessor, WorkshopsScheduler } from './workshops/workshops.processor';

/** Comms tasks, assignments (offers, interest, waitlist, seats) and their figures. */
@Module({
  imports: [IdentityModule, SkillsModule, ProfilesModule, NotificationsModule],
  providers: [
    TasksService,
    CalendarCancellationsService,
    AssignmentsService,
    TaskStatsService,
    TasksResolver,
    TaskSkillResolver,
    AssignmentsResolver,
    WorkshopsService,
    WorkshopsResolver,
    WorkshopTaskResolver,
  ],
  exports: [TasksService, AssignmentsService, TaskStatsService, WorkshopsService],
})
export class TasksModule {}

/** The worker's side: the workshops' day-before reminders. */
@Module({
  imports: [IdentityModule, NotificationsModule],
  providers: [WorkshopsService, CalendarCancellationsService, WorkshopsProcessor, WorkshopsScheduler],
})
export class TasksWorkerModule {}
