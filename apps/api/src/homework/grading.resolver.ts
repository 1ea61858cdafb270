import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@gantry/shared';
import { Allow } from '../common/auth/policy.decorator';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import type { Viewer } from '../common/auth/viewer';
import { toAssignment } from './assignment.model';
import { GradeInput, GradebookModel, GradingQueueEntryModel, SubmissionModel, type SubmissionStudentModel, toSubmission } from './submission.model';
import { GradingService } from './grading.service';
import type { StudentRow } from './submissions.service';

/** For managers, whose email they see. */
const toStudent = (s: StudentRow): SubmissionStudentModel => ({ id: s.id, displayName: s.displayName, email: s.email });

/** Grading, for the cohort's mentors, its chapter's admins and platform admins (checked per cohort in the service). */
@Resolver()
export class GradingResolver {
  constructor(private readonly grading: GradingService) {}

  @Allow(Permission.ManageCohort)
  @Query(() => [GradingQueueEntryModel], { description: 'Every enrolled student of the assignment’s cohort, by name, with where they stand.' })
  async gradingQueue(@CurrentViewer() viewer: Viewer, @Args('assignmentId', { type: () => ID }) assignmentId: string): Promise<GradingQueueEntryModel[]> {
    const { entries } = await this.grading.queue(viewer, assignmentId);
    return entries.map((e) => ({
      student: toStudent(e.student),
      status: e.status,
      late: e.late,
      submission: e.submission ? toSubmission(e.submission, { viewerId: viewer.userId, manages: true }) : null,
      extensionDueAt: e.extensionDueAt,
    }));
  }

  @Allow(Permission.ManageCohort)
  @Query(() => GradebookModel, { description: 'Enrolled students × published assignments of a cohort you manage.' })
  async gradebook(@CurrentViewer() viewer: Viewer, @Args('cohortId', { type: () => ID }) cohortId: string): Promise<GradebookModel> {
    const book = await this.grading.gradebook(viewer, cohortId);
    return {
      assignments: book.assignments.map(toAssignment),
      rows: book.rows.map((r) => ({ student: toStudent(r.student), cells: r.cells, completed: r.completed })),
    };
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => SubmissionModel, { description: 'Grade (or regrade) handed-in work; CONFLICT when someone graded it since `expectedVersion`.' })
  async gradeSubmission(@CurrentViewer() viewer: Viewer, @Args('input') input: GradeInput): Promise<SubmissionModel> {
    return toSubmission(await this.grading.grade(viewer, input), { viewerId: viewer.userId, manages: true });
  }

  @Allow(Permission.ManageCohort)
  @Mutation(() => SubmissionModel, { description: 'Hand the work back to the student (RETURNED: they see the grade and feedback) and email them.' })
  async returnSubmission(
    @CurrentViewer() viewer: Viewer,
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<SubmissionModel> {
    return toSubmission(await this.grading.returnSubmission(viewer, submissionId, expectedVersion), { viewerId: viewer.userId, manages: true });
  }
}
