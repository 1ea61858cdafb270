import { Module } from '@nestjs/common';
import { CohortAccessModule } from '../cohorts/cohort-access.module';
import { HomeworkModule } from '../homework/homework.module';
import { QuestionsModule } from '../questions/questions.module';
import { AttemptsService, AttemptTimerScheduler } from './attempts.service';
import { BlueprintsService } from './blueprints.service';
import { ClosedBookModule } from './closed-book.module';
import { AssignmentQuizResolver, AttemptsResolver } from './practice.resolver';
import { QuizzesService } from './quizzes.service';

/**
 * Practice quizzes and the mock exam (issue 7): quiz settings on QUIZ assignments (saved
 * through the homework module's AssignmentKindSettings), exam blueprints, attempts with the
 * server's timer, and the closed-book check (ClosedBookModule, re-exported).
 */
@Module({
  imports: [CohortAccessModule, HomeworkModule, QuestionsModule, ClosedBookModule],
  providers: [AttemptsService, AttemptTimerScheduler, BlueprintsService, QuizzesService, AttemptsResolver, AssignmentQuizResolver],
  exports: [AttemptsService, BlueprintsService, QuizzesService, ClosedBookModule],
})
export class PracticeModule {}
