import { Module } from '@nestjs/common';
import { CohortAccessModule } from '../cohorts/cohort-access.module';
import { MailModule } from '../mail/mail.module';
import { AssignmentsService } from './assignments.service';
import { AssignmentsResolver, CohortAssignmentsResolver, SessionAssignmentsResolver } from './assignments.resolver';
import { HomeworkReminderScheduler, HomeworkRemindersService } from './homework-reminders.service';
import { SubmissionsService } from './submissions.service';
import { AssignmentSubmissionsResolver, SubmissionsResolver, SubmissionVersionsResolver } from './submissions.resolver';
import { GradingService } from './grading.service';
import { GradingResolver } from './grading.resolver';
import { GradebookController } from './gradebook.controller';

/**
 * Homework (issue 5). Assignments half: AssignmentsService/Resolver, reminders.
 * Submissions half: drafts and submits (SubmissionsService), grading and the gradebook
 * (GradingService, and its CSV download through GradebookController).
 */
@Module({
  imports: [CohortAccessModule, MailModule],
  controllers: [GradebookController],
  providers: [
    AssignmentsService, AssignmentsResolver, SessionAssignmentsResolver, CohortAssignmentsResolver, HomeworkRemindersService, HomeworkReminderScheduler,
    // Submissions and grading.
    SubmissionsService, SubmissionsResolver, SubmissionVersionsResolver, AssignmentSubmissionsResolver, GradingService, GradingResolver,
  ],
  exports: [AssignmentsService, SubmissionsService],
})
export class HomeworkModule {}
