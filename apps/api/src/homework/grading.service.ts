import { Inject, Injectable } from '@nestjs/common';
import { idOrNone } from '../common/ids';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { gradeSchema } from '@gantry/shared';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { AppError, parseInput } from '../common/errors/app-error';
import type { Viewer } from '../common/auth/viewer';
import { renderMarkdown } from '../common/markdown/markdown';
import { CohortAccessService } from '../cohorts/cohort-access.service';
import { CohortEntity } from '../cohorts/cohort.entity';
import { UserEntity } from '../accounts/user.entity';
import { OutboxService } from '../mail/outbox.service';
import { AssignmentEntity, AssignmentExtensionEntity } from './assignment.entity';
import { SubmissionStatusView } from './assignment.model';
import { SubmissionEntity, SubmissionStatus } from './submission.entity';
import { isHandedIn, submissionStatusOf } from './submission.model';
import type { StudentRow } from './submissions.service';
import { formatScore, gradebookCsv } from './gradebook-csv';


export const GRADE_CONFLICT = 'Someone else graded this submission while you were working. Reload to see their grade; yours was not saved.';
const RETURN_CONFLICT = 'Someone else changed this submission while you were working. Reload to see it; it was not returned.';

export interface GradeData {
  submissionId: string;
  expectedVersion: number;
  score?: number | null;
  rubricScores?: { criterionId: string; points: number }[] | null;
  feedbackMarkdown?: string | null;
}

export interface QueueEntry {
  student: StudentRow;
  status: SubmissionStatusView;
  late: boolean;
  submission: SubmissionEntity | null;
  extensionDueAt: Date | null;
}

export interface GradebookCell {
  assignmentId: string;
  status: SubmissionStatusView;
  late: boolean;
  score: number | null;
}

export interface Gradebook {
  cohort: CohortEntity;
  assignments: AssignmentEntity[];
  rows: { student: StudentRow; cells: GradebookCell[]; completed: number }[];
}

/**
 * Grading, for the cohort's managers (its mentors, its chapter's admins, platform admins):
 * the queue of every enrolled student, grades guarded by the submission's version (two
 * mentors never overwrite each other silently), returning work with an email, and the
 * gradebook (also as CSV).
 */
@Injectable()
export class GradingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: CohortAccessService,
    private readonly outbox: OutboxService,
  ) {}

  async grade(viewer: Viewer, input: GradeData): Promise<SubmissionEntity> {
    return this.db.transaction(async (m) => {
      const { submission, assignment } = await this.managedSubmission(m, viewer, input.submissionId);
      if (submission.version !== input.expectedVersion) throw AppError.conflict(GRADE_CONFLICT);
      if (submission.submittedCount === 0) throw AppError.conflict('Nothing has been handed in yet, so there is nothing to grade.');
      const rubricScores: Record<string, number> = {};
      const duplicate: string[] = [];
      for (const r of input.rubricScores ?? []) {
        if (r.criterionId in rubricScores) duplicate.push(r.criterionId);
        rubricScores[r.criterionId] = r.points;
      }
      if (duplicate.length) throw AppError.validation({ rubricScores: [`Score each criterion once (${duplicate.join(', ')} twice).`] });
      const data = parseInput(gradeSchema(assignment.points, assignment.rubric ?? []), {
        score: input.score ?? null,
        rubricScores,
        feedbackMarkdown: input.feedbackMarkdown ?? '',
      });
      const scored = Object.values(data.rubricScores);
      const score = data.score ?? (assignment.rubric?.length && scored.length ? round2(scored.reduce((s, x) => s + x, 0)) : null);
      await m.update(
        SubmissionEntity,
        { id: submission.id },
        {
          score,
          rubricScores: data.rubricScores,
          feedbackMarkdown: data.feedbackMarkdown,
          feedbackHtml: renderMarkdown(data.feedbackMarkdown),
          gradedById: viewer.userId,
          gradedAt: new Date(),
          version: submission.version + 1,
        },
      );
      return m.findOneByOrFail(SubmissionEntity, { id: submission.id });
    });
  }

  /**
   * Hand graded work back: RETURNED, and an email to the student in the same transaction.
   * Returning a submission that is already RETURNED answers with it as it is (no second email).
   */
  async returnSubmission(viewer: Viewer, submissionId: string, expectedVersion: number): Promise<SubmissionEntity> {
    return this.db.transaction(async (m) => {
      const { submission, assignment, cohort } = await this.managedSubmission(m, viewer, submissionId);
      if (submission.status === SubmissionStatus.Returned) return submission;
      if (submission.version !== expectedVersion) throw AppError.conflict(RETURN_CONFLICT);
      if (submission.status !== SubmissionStatus.Submitted) throw AppError.conflict('Nothing has been handed in yet, so there is nothing to return.');
      const version = submission.version + 1;
      await m.update(SubmissionEntity, { id: submission.id }, { status: SubmissionStatus.Returned, returnedAt: new Date(), version });
      const student = await m.findOneByOrFail(UserEntity, { id: submission.studentId });
      const graded = assignment.points !== null && submission.score !== null;
      const link = `${this.config.publicUrl}/assignments/${assignment.id}`;
      await this.outbox.enqueue(m, {
        to: student.email,
        kind: 'submission-returned',
        dedupeKey: `submission-returned:${submission.id}:${version}`,
        subject: `${assignment.title}: your work was returned`,
        text: [
          `Hello ${student.displayName},`,
          '',
          `Your work on “${assignment.title}” (${cohort.title}) has been returned${graded ? ` with a score of ${formatScore(submission.score!)} out of ${assignment.points}` : ''}.`,
          submission.feedbackMarkdown.trim() ? 'Your mentor left feedback for you.' : '',
          '',
          `See it here: ${link}`,
          '',
        ]
          .filter((line, i, all) => line !== '' || all[i - 1] !== '')
          .join('\n'),
      });
      return m.findOneByOrFail(SubmissionEntity, { id: submission.id });
    });
  }

  /** Every enrolled student of the assignment's cohort, by name, with where they stand. */
  async queue(viewer: Viewer, assignmentId: string): Promise<{ assignment: AssignmentEntity; entries: QueueEntry[] }> {
    const m = this.db.manager;
    const assignment = await m.findOneBy(AssignmentEntity, { id: idOrNone(assignmentId) });
    const cohort = assignment ? await m.findOneBy(CohortEntity, { id: assignment.cohortId }) : null;
    const access = cohort ? await this.access.of(viewer, cohort, m) : null;
    if (!assignment || !access?.manage) throw AppError.notFound('That assignment');
    const students = await this.enrolledStudents(m, assignment.cohortId);
    const ids = students.map((s) => s.id);
    const [submissions, extensions] = ids.length
      ? await Promise.all([
          m.findBy(SubmissionEntity, { assignmentId: assignment.id, studentId: In(ids) }),
          m.findBy(AssignmentExtensionEntity, { assignmentId: assignment.id, studentId: In(ids) }),
        ])
      : [[], []];
    const withFiles = await this.withDraftFiles(m, submissions.map((s) => s.id));
    const byStudent = new Map(submissions.map((s) => [s.studentId, s]));
    const extensionOf = new Map(extensions.map((e) => [e.studentId, e.dueAt]));
    return {
      assignment,
      entries: students.map((student) => {
        const submission = byStudent.get(student.id) ?? null;
        const status = submissionStatusOf(submission, !!submission && withFiles.has(submission.id));
        return { student, status, late: isHandedIn(status) && !!submission?.late, submission, extensionDueAt: extensionOf.get(student.id) ?? null };
      }),
    };
  }

  /** Enrolled students × published assignments (by due time), with status, lateness and score. */
  async gradebook(viewer: Viewer, cohortId: string): Promise<Gradebook> {
    const m = this.db.manager;
    const cohort = await this.access.manageable(viewer, cohortId, m);
    const assignments = await m
      .getRepository(AssignmentEntity)
      .createQueryBuilder('a')
      .where('a.cohort_id = :id AND a.published_at IS NOT NULL', { id: cohort.id })
      .orderBy('a.due_at', 'ASC')
      .addOrderBy('a.position', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
    const students = await this.enrolledStudents(m, cohort.id);
    const submissions =
      assignments.length && students.length
        ? await m.findBy(SubmissionEntity, { assignmentId: In(assignments.map((a) => a.id)), studentId: In(students.map((s) => s.id)) })
        : [];
    const withFiles = await this.withDraftFiles(m, submissions.map((s) => s.id));
    const byKey = new Map(submissions.map((s) => [`${s.studentId}:${s.assignmentId}`, s]));
    return {
      cohort,
      assignments,
      rows: students.map((student) => {
        const cells = assignments.map((a): GradebookCell => {
          const s = byKey.get(`${student.id}:${a.id}`);
          const status = submissionStatusOf(s, !!s && withFiles.has(s.id));
          return { assignmentId: a.id, status, late: isHandedIn(status) && !!s?.late, score: s?.score ?? null };
        });
        return { student, cells, completed: cells.filter((c) => isHandedIn(c.status)).length };
      }),
    };
  }

  /** The gradebook as a spreadsheet (see gradebook-csv.ts), named after the cohort. */
  async gradebookCsv(viewer: Viewer, cohortId: string): Promise<{ filename: string; body: string }> {
    const book = await this.gradebook(viewer, cohortId);
    return { filename: `${book.cohort.title}-gradebook.csv`, body: gradebookCsv(book) };
  }

  // ---- helpers ----

  /** The submission, locked for this transaction, if the viewer manages its cohort; NOT_FOUND otherwise. */
  private async managedSubmission(m: EntityManager, viewer: Viewer, id: string): Promise<{ submission: SubmissionEntity; assignment: AssignmentEntity; cohort: CohortEntity }> {
    const submission = await m.findOne(SubmissionEntity, { where: { id: idOrNone(id) }, lock: { mode: 'pessimistic_write' } });
    const assignment = submission ? await m.findOneBy(AssignmentEntity, { id: submission.assignmentId }) : null;
    const cohort = assignment ? await m.findOneBy(CohortEntity, { id: assignment.cohortId }) : null;
    const access = cohort ? await this.access.of(viewer, cohort, m) : null;
    if (!submission || !assignment || !cohort || !access?.manage) throw AppError.notFound('That submission');
    return { submission, assignment, cohort };
  }

  private async enrolledStudents(m: EntityManager, cohortId: string): Promise<StudentRow[]> {
    return m.query(
      `SELECT u.id, u.display_name AS "displayName", u.email
         FROM enrollment e JOIN app_user u ON u.id = e.user_id
        WHERE e.cohort_id = $1 AND e.status = 'ENROLLED'
        ORDER BY lower(u.display_name), u.display_name, u.id`,
      [cohortId],
    );
  }

  /** Which of these submissions have files on their draft. */
  private async withDraftFiles(m: EntityManager, submissionIds: string[]): Promise<Set<string>> {
    if (!submissionIds.length) return new Set();
    const rows: { submission_id: string }[] = await m.query(`SELECT DISTINCT submission_id FROM submission_draft_file WHERE submission_id = ANY($1::uuid[])`, [submissionIds]);
    return new Set(rows.map((r) => r.submission_id));
  }
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
