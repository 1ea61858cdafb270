import { Injectable } from '@nestjs/common';
import { idOrNone } from '../common/ids';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { effectiveDueAt, submissionDraftSchema, submissionTiming } from '@gantry/shared';
import { AppError, ErrorCode, isUniqueViolation, parseInput } from '../common/errors/app-error';
import type { Viewer } from '../common/auth/viewer';
import { renderMarkdown } from '../common/markdown/markdown';
import { CohortAccessService, type CohortAccess } from '../cohorts/cohort-access.service';
import { CohortEntity } from '../cohorts/cohort.entity';
import { FilePurpose, StoredFileEntity } from '../files/stored-file.entity';
import { AssignmentEntity, AssignmentExtensionEntity, AssignmentKind } from './assignment.entity';
import { SubmissionDraftFileEntity, SubmissionEntity, SubmissionFileEntity, SubmissionStatus, SubmissionVersionEntity } from './submission.entity';

const uuid = z.uuid();

export const DEADLINE_PASSED = 'The due time has passed and this assignment does not accept late work.';
const DRAFT_CONFLICT = 'Your answer was saved from another tab or device since you opened it. Reload to see the latest version; this save was not applied.';

const submitSchema = z.object({
  idempotencyKey: z.string().trim().min(1, 'Send an idempotency key.').max(80, 'An idempotency key has at most 80 characters.'),
});

export interface DraftInput {
  assignmentId: string;
  bodyMarkdown?: string | null;
  fileIds?: string[] | null;
  expectedRevision: number;
}

/** A submission as one viewer may see it. */
export interface ViewableSubmission {
  submission: SubmissionEntity;
  manages: boolean;
}

export interface SubmissionCounts {
  enrolled: number;
  submitted: number;
  late: number;
  returned: number;
  missing: number;
}

/** A file and what it is attached to (a version or a draft). */
export interface AttachedFile {
  parentId: string;
  file: StoredFileEntity;
}

export interface StudentRow {
  id: string;
  displayName: string;
  email: string;
}

/**
 * Students' work: autosaved drafts (one row per student and assignment, revision-checked),
 * idempotent submits that keep every version, and who may read which submission
 * (its student and the cohort's managers; anyone else gets "not found").
 */
@Injectable()
export class SubmissionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CohortAccessService,
  ) {}

  // ---- the student's side ----

  /**
   * Save the draft (autosave). The first save creates the one row of this student and
   * assignment, concurrent first saves included; identical content is a no-op; a save
   * based on an older revision (another tab saved since) is a CONFLICT.
   */
  async saveDraft(viewer: Viewer, input: DraftInput): Promise<SubmissionEntity> {
    const data = parseInput(submissionDraftSchema, { bodyMarkdown: input.bodyMarkdown ?? '', fileIds: input.fileIds ?? [] });
    const fileIds = [...new Set(data.fileIds)];
    return this.db.transaction(async (m) => {
      const assignment = await this.assignmentForStudent(m, viewer, input.assignmentId);
      const row = await this.lockRow(m, assignment.id, viewer.userId);
      const current = (await m.find(SubmissionDraftFileEntity, { where: { submissionId: row.id }, order: { position: 'ASC' } })).map((f) => f.fileId);
      if (row.draftMarkdown === data.bodyMarkdown && sameList(current, fileIds)) return row;
      if (input.expectedRevision !== row.draftRevision) throw AppError.conflict(DRAFT_CONFLICT);
      await this.assertOwnUploads(m, viewer, fileIds, current);
      await m.update(SubmissionEntity, { id: row.id }, { draftMarkdown: data.bodyMarkdown, draftSavedAt: new Date(), draftRevision: row.draftRevision + 1 });
      if (!sameList(current, fileIds)) {
        await m.delete(SubmissionDraftFileEntity, { submissionId: row.id });
        if (fileIds.length) await m.insert(SubmissionDraftFileEntity, fileIds.map((fileId, position) => ({ submissionId: row.id, fileId, position })));
      }
      return m.findOneByOrFail(SubmissionEntity, { id: row.id });
    });
  }

  /**
   * Hand in the draft as a new kept version. The same idempotency key always answers with
   * the submission as it is (a double click or a retried request adds nothing); a closed
   * due time refuses and changes nothing.
   */
  async submit(viewer: Viewer, assignmentId: string, idempotencyKey: string): Promise<SubmissionEntity> {
    const { idempotencyKey: key } = parseInput(submitSchema, { idempotencyKey });
    try {
      return await this.db.transaction(async (m) => {
        const assignment = await this.assignmentForStudent(m, viewer, assignmentId);
        const row = await this.lockRow(m, assignment.id, viewer.userId);
        if (await m.existsBy(SubmissionVersionEntity, { submissionId: row.id, idempotencyKey: key })) return row;

        const extension = await m.findOneBy(AssignmentExtensionEntity, { assignmentId: assignment.id, studentId: viewer.userId });
        const dueAt = effectiveDueAt(assignment.dueAt.toISOString(), extension?.dueAt.toISOString());
        const timing = submissionTiming(dueAt, assignment.latePolicy);
        if (!timing.open) throw new AppError(ErrorCode.BadUserInput, DEADLINE_PASSED);

        const files = await m.find(SubmissionDraftFileEntity, { where: { submissionId: row.id }, order: { position: 'ASC' } });
        if (assignment.kind === AssignmentKind.File && !files.length) {
          throw AppError.validation({ fileIds: ['Attach at least one file before submitting.'] }, 'Attach at least one file before submitting.');
        }
        if (assignment.kind === AssignmentKind.Written && !row.draftMarkdown.trim()) {
          throw AppError.validation({ bodyMarkdown: ['Write your answer before submitting.'] }, 'Write your answer before submitting.');
        }

        const now = new Date();
        const number = row.submittedCount + 1;
        const version = await m.save(
          m.create(SubmissionVersionEntity, {
            submissionId: row.id,
            number,
            bodyMarkdown: row.draftMarkdown,
            bodyHtml: renderMarkdown(row.draftMarkdown),
            late: timing.late,
            idempotencyKey: key,
            submittedAt: now,
          }),
        );
        if (files.length) {
          await m.insert(SubmissionFileEntity, files.map((f, position) => ({ submissionVersionId: version.id, fileId: f.fileId, position })));
        }
        await m.update(SubmissionEntity, { id: row.id }, { status: SubmissionStatus.Submitted, submittedAt: now, late: timing.late, submittedCount: number });
        return m.findOneByOrFail(SubmissionEntity, { id: row.id });
      });
    } catch (e) {
      // The row lock serialises submits of one submission, so this is a backstop: a version
      // with this key was committed by a concurrent request; answer with the submission as it is.
      if (isUniqueViolation(e, 'submission_version_idempotency_key')) {
        return this.db.getRepository(SubmissionEntity).findOneByOrFail({ assignmentId, studentId: viewer.userId });
      }
      throw e;
    }
  }

  /**
   * A practice quiz's result as the student's submission (called by the practice module when
   * an attempt is submitted, inside its transaction): a kept version per attempt, graded and
   * RETURNED at once. The score is the best of the student's submitted attempts, so practising
   * again never lowers it; `late` as for any submission (their extension applied).
   */
  async recordQuizResult(
    m: EntityManager,
    r: { assignmentId: string; studentId: string; attemptId: string; submittedAt: Date; summaryMarkdown: string; score: number | null },
  ): Promise<SubmissionEntity> {
    const assignment = await m.findOneByOrFail(AssignmentEntity, { id: r.assignmentId });
    const row = await this.lockRow(m, assignment.id, r.studentId);
    const key = `attempt:${r.attemptId}`;
    if (await m.existsBy(SubmissionVersionEntity, { submissionId: row.id, idempotencyKey: key })) return row;
    const extension = await m.findOneBy(AssignmentExtensionEntity, { assignmentId: assignment.id, studentId: r.studentId });
    const dueAt = effectiveDueAt(assignment.dueAt.toISOString(), extension?.dueAt.toISOString());
    const late = r.submittedAt.getTime() > new Date(dueAt).getTime();
    const number = row.submittedCount + 1;
    await m.insert(SubmissionVersionEntity, {
      submissionId: row.id, number, bodyMarkdown: r.summaryMarkdown, bodyHtml: renderMarkdown(r.summaryMarkdown), late, idempotencyKey: key, submittedAt: r.submittedAt,
    });
    const previous = row.status === SubmissionStatus.Returned && row.submittedCount > 0 ? row : null;
    const best = assignment.points === null || r.score === null ? null : Math.max(r.score, previous?.score ?? 0);
    // The hand-in that counts is the one that set the best score (ungraded: the first one), so
    // a practice retake after the due date neither lowers the grade nor marks the work late.
    const counts = !previous || (best !== null && r.score !== null && r.score > (previous.score ?? 0));
    await m.update(
      SubmissionEntity,
      { id: row.id },
      {
        status: SubmissionStatus.Returned,
        submittedAt: counts ? r.submittedAt : previous.submittedAt,
        late: counts ? late : previous.late,
        submittedCount: number,
        score: best,
        gradedAt: r.submittedAt,
        returnedAt: r.submittedAt,
        gradedById: null,
        version: row.version + 1,
      },
    );
    return m.findOneByOrFail(SubmissionEntity, { id: row.id });
  }

  // ---- reading ----

  /** The submission if the viewer is its student or manages its cohort; NOT_FOUND otherwise. */
  async viewable(viewer: Viewer, id: string): Promise<ViewableSubmission> {
    const submission = uuid.safeParse(id).success ? await this.db.getRepository(SubmissionEntity).findOneBy({ id }) : null;
    if (!submission) throw AppError.notFound('That submission');
    const access = await this.accessToAssignment(viewer, submission.assignmentId);
    if (!access?.manage && submission.studentId !== viewer.userId) throw AppError.notFound('That submission');
    return { submission, manages: !!access?.manage };
  }

  private async accessToAssignment(viewer: Viewer, assignmentId: string, m: EntityManager = this.db.manager): Promise<CohortAccess | null> {
    const rows: { cohort_id: string }[] = await m.query(`SELECT cohort_id FROM assignment WHERE id = $1`, [assignmentId]);
    if (!rows.length) return null;
    const cohort = await m.findOneBy(CohortEntity, { id: rows[0].cohort_id });
    return cohort ? this.access.of(viewer, cohort, m) : null;
  }

  // ---- batches for the per-request loaders ----

  /** The viewer's own submissions to these assignments. */
  async ofStudent(studentId: string, assignmentIds: readonly string[]): Promise<SubmissionEntity[]> {
    const ids = validIds(assignmentIds);
    return ids.length ? this.db.getRepository(SubmissionEntity).findBy({ studentId, assignmentId: In(ids) }) : [];
  }

  /** Versions of these submissions, newest first. */
  async versionsOf(submissionIds: readonly string[]): Promise<SubmissionVersionEntity[]> {
    const ids = validIds(submissionIds);
    return ids.length ? this.db.getRepository(SubmissionVersionEntity).find({ where: { submissionId: In(ids) }, order: { number: 'DESC' } }) : [];
  }

  /** Files of these versions, in order. */
  async versionFiles(versionIds: readonly string[]): Promise<AttachedFile[]> {
    return this.filesVia('submission_file', 'submission_version_id', versionIds);
  }

  /** Files on these drafts, in order. */
  async draftFiles(submissionIds: readonly string[]): Promise<AttachedFile[]> {
    return this.filesVia('submission_draft_file', 'submission_id', submissionIds);
  }

  private async filesVia(table: 'submission_file' | 'submission_draft_file', column: 'submission_version_id' | 'submission_id', parentIds: readonly string[]): Promise<AttachedFile[]> {
    const ids = validIds(parentIds);
    if (!ids.length) return [];
    const rows: { parent_id: string; file_id: string }[] = await this.db.query(
      `SELECT ${column} AS parent_id, file_id FROM ${table} WHERE ${column} = ANY($1::uuid[]) ORDER BY position`,
      [ids],
    );
    const files = rows.length ? await this.db.getRepository(StoredFileEntity).findBy({ id: In([...new Set(rows.map((r) => r.file_id))]) }) : [];
    const byId = new Map(files.map((f) => [f.id, f]));
    return rows.flatMap((r) => {
      const file = byId.get(r.file_id);
      return file ? [{ parentId: r.parent_id, file }] : [];
    });
  }

  /** Per assignment: enrolled students, how many handed in (late), were returned, and have not handed in. */
  async counts(assignmentIds: readonly string[]): Promise<Map<string, SubmissionCounts>> {
    const ids = validIds(assignmentIds);
    const rows: { id: string; enrolled: number; submitted: number; late: number; returned: number }[] = ids.length
      ? await this.db.query(
          `SELECT a.id,
                  count(e.user_id)::int AS enrolled,
                  count(s.id) FILTER (WHERE s.submitted_count > 0)::int AS submitted,
                  count(s.id) FILTER (WHERE s.submitted_count > 0 AND s.late)::int AS late,
                  count(s.id) FILTER (WHERE s.status = 'RETURNED')::int AS returned
             FROM assignment a
             JOIN enrollment e ON e.cohort_id = a.cohort_id AND e.status = 'ENROLLED'
             LEFT JOIN submission s ON s.assignment_id = a.id AND s.student_id = e.user_id
            WHERE a.id = ANY($1::uuid[])
            GROUP BY a.id`,
          [ids],
        )
      : [];
    const out = new Map<string, SubmissionCounts>();
    for (const id of assignmentIds) out.set(id, { enrolled: 0, submitted: 0, late: 0, returned: 0, missing: 0 });
    for (const r of rows) out.set(r.id, { enrolled: r.enrolled, submitted: r.submitted, late: r.late, returned: r.returned, missing: r.enrolled - r.submitted });
    return out;
  }

  async students(ids: readonly string[]): Promise<StudentRow[]> {
    const valid = validIds(ids);
    return valid.length ? this.db.query(`SELECT id, display_name AS "displayName", email FROM app_user WHERE id = ANY($1::uuid[])`, [valid]) : [];
  }

  // ---- helpers ----

  /**
   * The assignment, for work by an enrolled student: NOT_FOUND unless the viewer may see
   * it (managers; enrolled students when published), FORBIDDEN for managers who are not
   * enrolled students of the cohort.
   */
  private async assignmentForStudent(m: EntityManager, viewer: Viewer, id: string): Promise<AssignmentEntity> {
    const assignment = await m.findOneBy(AssignmentEntity, { id: idOrNone(id) });
    const cohort = assignment ? await m.findOneBy(CohortEntity, { id: assignment.cohortId }) : null;
    const access = cohort ? await this.access.of(viewer, cohort, m) : null;
    const published = !!assignment?.publishedAt;
    if (!assignment || !access || !(access.manage || (access.enrolled && published))) throw AppError.notFound('That assignment');
    if (!access.enrolled) throw AppError.forbidden('Only students enrolled in this cohort hand in work.');
    if (!published) throw AppError.notFound('That assignment');
    if (assignment.kind === AssignmentKind.Quiz) throw AppError.conflict('This assignment is a quiz: you hand it in by submitting your attempt.');
    return assignment;
  }

  /**
   * The one submission row of this student and assignment, created if missing and locked
   * for this transaction. ON CONFLICT DO NOTHING makes a concurrent first save wait for
   * the other's row instead of failing or adding a second one.
   */
  private async lockRow(m: EntityManager, assignmentId: string, studentId: string): Promise<SubmissionEntity> {
    await m.query(`INSERT INTO submission (assignment_id, student_id) VALUES ($1, $2) ON CONFLICT (assignment_id, student_id) DO NOTHING`, [assignmentId, studentId]);
    const row = await m.findOne(SubmissionEntity, { where: { assignmentId, studentId }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw new Error('submission row vanished under lock');
    return row;
  }

  /**
   * New files on a draft must be the student's own homework uploads; files already on the
   * draft stay. Share-locked so the cleanup of unattached uploads cannot delete them meanwhile.
   */
  private async assertOwnUploads(m: EntityManager, viewer: Viewer, fileIds: string[], current: string[]): Promise<void> {
    const added = fileIds.filter((id) => !current.includes(id));
    if (!added.length) return;
    const files = await m.find(StoredFileEntity, { where: { id: In(added) }, lock: { mode: 'pessimistic_read' } });
    const ok = new Set(files.filter((f) => f.ownerId === viewer.userId && f.purpose === FilePurpose.Submission).map((f) => f.id));
    if (added.some((id) => !ok.has(id))) {
      throw AppError.validation({ fileIds: ['A file is not one of your homework uploads, or it has expired. Upload it again.'] });
    }
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function validIds(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id) => uuid.safeParse(id).success))];
}
