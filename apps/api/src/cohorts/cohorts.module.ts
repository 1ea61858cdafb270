import { Module } from '@nestjs/common';
import { AnnouncementsModule } from '../announcements/announcements.module';
import { CalendarModule } from '../calendar/calendar.module';
import { EnrollmentModule } from '../enrollment/enrollment.module';
import { CohortAccessModule } from './cohort-access.module';
import { CohortsService } from './cohorts.service';
import { CohortsResolver } from './cohorts.resolver';
import { ScheduleGuard } from './schedule-guard.service';
import { SessionsService } from './sessions.service';
import { SessionsResolver } from './sessions.resolver';
import { CohortLifecycleService } from './cohort-lifecycle.service';

@Module({
  imports: [CohortAccessModule, AnnouncementsModule, CalendarModule, EnrollmentModule],
  providers: [CohortsService, SessionsService, ScheduleGuard, CohortsResolver, SessionsResolver, CohortLifecycleService],
  exports: [CohortsService, SessionsService],
})
export class CohortsModule {}
