import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { Viewer } from '../common/auth/viewer';
import { ChaptersService } from '../chapters/chapters.service';
import type { ChapterEntity } from '../chapters/chapter.entity';
import { UserEntity } from '../accounts/user.entity';
import { CohortsService } from '../cohorts/cohorts.service';
import { SessionsService } from '../cohorts/sessions.service';
import type { CohortEntity } from '../cohorts/cohort.entity';
import { CohortSessionEntity } from '../cohorts/cohort-session.entity';
import { CohortAccessService, type CohortAccess } from '../cohorts/cohort-access.service';
import type { ModalityEntity } from '../modalities/modality.entity';
import type { ExamDomainEntity } from '../materials/exam-domain.entity';
import type { MaterialEntity } from '../materials/material.entity';
import { MaterialsService } from '../materials/materials.service';
import type { AgendaItemEntity } from '../agendas/agenda-item.entity';
import { AgendasService } from '../agendas/agendas.service';
import { EnrollmentService } from '../enrollment/enrollment.service';
import type { EnrollmentEntity } from '../enrollment/enrollment.entity';
import { StoredFileEntity } from '../files/stored-file.entity';
import type { AssignmentEntity } from '../homework/assignment.entity';
import type { SubmissionEntity, SubmissionVersionEntity } from '../homework/submission.entity';
import { SubmissionsService, type AttachedFile, type StudentRow, type SubmissionCounts } from '../homework/submissions.service';
import { AssignmentsService } from '../homework/assignments.service';
import { AttendanceService } from '../attendance/attendance.service';
import type { AttendanceChangeEntity, AttendanceRecordEntity } from '../attendance/attendance.entity';
import type { ContactMinutes, PersonRow } from '../attendance/attendance.model';
import { CertificatesService } from '../certificates/certificates.service';
import type { CertificateEntity } from '../certificates/certificate.entity';
import { QuestionOptionEntity } from '../questions/question.entity';
import { questionUsage } from '../questions/questions.service';
import { ModalityEntity as ModalityRow } from '../modalities/modality.entity';
import { ExamDomainEntity as ExamDomainRow } from '../materials/exam-domain.entity';
import { AttemptsService, type AttemptSummaryRow } from '../practice/attempts.service';
import { QuizzesService } from '../practice/quizzes.service';
import { PracticeService, CLOSED_BOOK } from '../practice/practice.service';
import type { QuizEntity } from '../practice/quiz.entity';
import { AppError } from '../common/errors/app-error';

export interface SeatCounts {
  enrolled: number;
  waitlisted: number;
  pending: number;
}

/** Every relation a resolver walks goes through one of these, built fresh per request. */
export interface Loaders {
  chapterById: DataLoader<string, ChapterEntity | null>;
  userById: DataLoader<string, UserEntity | null>;
  cohortById: DataLoader<string, CohortEntity | null>;
  /** Sessions of a cohort, by start time, numbered. */
  sessionsByCohort: DataLoader<string, { entity: CohortSessionEntity; number: number }[]>;
  sessionById: DataLoader<string, CohortSessionEntity | null>;
  modalitiesByCohort: DataLoader<string, ModalityEntity[]>;
  mentorsByCohort: DataLoader<string, { userId: string; displayName: string; isLead: boolean }[]>;
  seatsByCohort: DataLoader<string, SeatCounts>;
  /** The viewer's access to a cohort (batched: one query for a whole page). */
  accessByCohort: DataLoader<string, CohortAccess>;
  /** The viewer's own enrollment in a cohort, if any. */
  viewerEnrollmentByCohort: DataLoader<string, (EnrollmentEntity & { waitlistPosition: number | null }) | null>;
  /** A material's modality and domain tags. */
  tagsByMaterial: DataLoader<string, { modalities: ModalityEntity[]; domains: ExamDomainEntity[] }>;
  materialById: DataLoader<string, MaterialEntity | null>;
  /** A session's agenda items in order (unfiltered: resolvers apply the viewer's release rules). */
  agendaBySession: DataLoader<string, AgendaItemEntity[]>;
  /** Whether the viewer marked an agenda item done. */
  doneByAgendaItem: DataLoader<string, boolean>;
  /** A stored file's row (unfiltered: reached only through a parent the viewer may see). */
  fileById: DataLoader<string, StoredFileEntity | null>;
  /** A session's assignments in order (unfiltered: resolvers apply the viewer's access). */
  assignmentsBySession: DataLoader<string, AssignmentEntity[]>;
  /** A cohort's assignments by due time (unfiltered). */
  assignmentsByCohort: DataLoader<string, AssignmentEntity[]>;
  /** The viewer's own extended due time on an assignment, if any. */
  extensionByAssignment: DataLoader<string, Date | null>;
  /** An assignment's row (unfiltered: reached through a parent the viewer may see). */
  assignmentById: DataLoader<string, AssignmentEntity | null>;
  /** The viewer's own submission to an assignment, if any. */
  viewerSubmissionByAssignment: DataLoader<string, SubmissionEntity | null>;
  /** A submission's versions, newest first. */
  versionsBySubmission: DataLoader<string, SubmissionVersionEntity[]>;
  /** Files of a submitted version, in order. */
  filesBySubmissionVersion: DataLoader<string, StoredFileEntity[]>;
  /** Files on a submission's draft, in order. */
  draftFilesBySubmission: DataLoader<string, StoredFileEntity[]>;
  /** Enrolled / handed in / late / returned / not handed in, per assignment (for managers). */
  submissionCountsByAssignment: DataLoader<string, SubmissionCounts>;
  /** A student's name and email (resolvers decide who sees the email). */
  studentById: DataLoader<string, StudentRow | null>;
  /** Attendance: a person's name, email and zone (resolvers decide who sees the email). */
  attendancePersonById: DataLoader<string, PersonRow | null>;
  /** Attendance: a record's changes, oldest first (unfiltered: resolvers allow managers only). */
  attendanceHistoryByRecord: DataLoader<string, AttendanceChangeEntity[]>;
  /** Attendance: the viewer's own record for a session, if any. */
  viewerAttendanceBySession: DataLoader<string, AttendanceRecordEntity | null>;
  /** Attendance: the viewer's own contact minutes in a cohort. */
  viewerContactMinutesByCohort: DataLoader<string, ContactMinutes>;
  /** Certificates: the viewer's own active certificate for a cohort, if any. */
  viewerCertificateByCohort: DataLoader<string, CertificateEntity | null>;
  /** Certificates: the id of the certificate that replaced one (a reissue), if any. */
  certificateReplacedBy: DataLoader<string, string | null>;
  /** A question's options by position (unfiltered: reached through a question the viewer may read). */
  optionsByQuestion: DataLoader<string, QuestionOptionEntity[]>;
  /** How many attempts used a question. */
  usageByQuestion: DataLoader<string, number>;
  modalityById: DataLoader<string, ModalityRow | null>;
  examDomainById: DataLoader<string, ExamDomainRow | null>;
  /** Practice: a QUIZ assignment's settings. */
  quizByAssignment: DataLoader<string, QuizEntity | null>;
  /** Practice: the viewer's attempts at a quiz, newest first. */
  viewerAttemptsByAssignment: DataLoader<string, AttemptSummaryRow[]>;
  /** Closed book: resolves for a user without a mock exam running, rejects with CONFLICT for one with (key: user id). */
  closedBookByUser: DataLoader<string, true>;
}

function byId<T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await fetch(ids);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

function grouped<T>(fetch: (ids: readonly string[]) => Promise<T[]>, key: (row: T) => string): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await fetch(ids);
    const map = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const r of rows) map.get(key(r))?.push(r);
    return ids.map((id) => map.get(id)!);
  });
}

function filesOf(fetch: (ids: readonly string[]) => Promise<AttachedFile[]>): DataLoader<string, StoredFileEntity[]> {
  return new DataLoader<string, StoredFileEntity[]>(async (ids) => {
    const map = new Map<string, StoredFileEntity[]>(ids.map((id) => [id, []]));
    for (const r of await fetch(ids)) map.get(r.parentId)?.push(r.file);
    return ids.map((id) => map.get(id)!);
  });
}

/** A singleton that makes per-request loaders (never a request-scoped provider). */
@Injectable()
export class LoadersFactory {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly chapters: ChaptersService,
    private readonly cohorts: CohortsService,
    private readonly sessions: SessionsService,
    private readonly access: CohortAccessService,
    private readonly enrollment: EnrollmentService,
    private readonly materials: MaterialsService,
    private readonly agendas: AgendasService,
    private readonly assignments: AssignmentsService,
    private readonly submissions: SubmissionsService,
    private readonly attendance: AttendanceService,
    private readonly certificates: CertificatesService,
    private readonly quizzes: QuizzesService,
    private readonly attempts: AttemptsService,
    private readonly practice: PracticeService,
  ) {}

  create(viewer?: Viewer): Loaders {
    const loaders: Loaders = {
      chapterById: byId((ids) => this.chapters.byIds(ids)),
      userById: byId((ids) => this.db.getRepository(UserEntity).find({ where: { id: In([...ids]) }, select: { id: true, displayName: true, timeZone: true } })),
      cohortById: byId((ids) => this.cohorts.byIds(ids)),
      sessionsByCohort: new DataLoader(async (ids) => {
        const rows = await this.sessions.byCohortIds(ids);
        const map = new Map<string, { entity: CohortSessionEntity; number: number }[]>(ids.map((id) => [id, []]));
        for (const r of rows) {
          const list = map.get(r.cohortId)!;
          list.push({ entity: r, number: list.length + 1 });
        }
        return ids.map((id) => map.get(id)!);
      }),
      modalitiesByCohort: new DataLoader(async (ids) => {
        const rows: (ModalityEntity & { cohort_id: string })[] = await this.db.query(
          `SELECT cm.cohort_id, m.id, m.code, m.name, m.sort_order AS "sortOrder" FROM cohort_modality cm JOIN modality m ON m.id = cm.modality_id
            WHERE cm.cohort_id = ANY($1::uuid[]) ORDER BY m.sort_order, m.name`,
          [[...ids]],
        );
        const g = new Map<string, ModalityEntity[]>(ids.map((id) => [id, []]));
        for (const r of rows) g.get(r.cohort_id)!.push(r);
        return ids.map((id) => g.get(id)!);
      }),
      mentorsByCohort: grouped(
        (ids) =>
          this.db.query(
            `SELECT cm.cohort_id AS "cohortId", u.id AS "userId", u.display_name AS "displayName", cm.is_lead AS "isLead"
               FROM cohort_mentor cm JOIN app_user u ON u.id = cm.user_id
              WHERE cm.cohort_id = ANY($1::uuid[]) ORDER BY cm.is_lead DESC, u.display_name`,
            [[...ids]],
          ) as Promise<{ cohortId: string; userId: string; displayName: string; isLead: boolean }[]>,
        (r) => r.cohortId,
      ),
      seatsByCohort: new DataLoader(async (ids) => {
        const counts = await this.enrollment.counts(ids);
        return ids.map((id) => counts.get(id)!);
      }),
      accessByCohort: new DataLoader(async (ids) => {
        const cohorts = (await loaders.cohortById.loadMany(ids)).filter((c): c is CohortEntity => !!c && !(c instanceof Error));
        const map = await this.access.forCohorts(viewer, cohorts);
        return ids.map((id) => map.get(id) ?? new Error(`No cohort ${id}`));
      }),
      tagsByMaterial: new DataLoader(async (ids) => {
        const rows: { material_id: string; kind: 'M' | 'D'; id: string; code: string; name: string; description: string }[] = await this.db.query(
          `SELECT mm.material_id, 'M' AS kind, mo.id, mo.code, mo.name, '' AS description, mo.sort_order
             FROM material_modality mm JOIN modality mo ON mo.id = mm.modality_id WHERE mm.material_id = ANY($1::uuid[])
           UNION ALL
           SELECT md.material_id, 'D', d.id, d.code, d.name, d.description, d.sort_order
             FROM material_domain md JOIN exam_domain d ON d.id = md.domain_id WHERE md.material_id = ANY($1::uuid[])
           ORDER BY 7`,
          [[...ids]],
        );
        const out = new Map(ids.map((id) => [id, { modalities: [] as ModalityEntity[], domains: [] as ExamDomainEntity[] }]));
        for (const r of rows) {
          const t = out.get(r.material_id)!;
          if (r.kind === 'M') t.modalities.push({ id: r.id, code: r.code, name: r.name } as ModalityEntity);
          else t.domains.push({ id: r.id, code: r.code, name: r.name, description: r.description } as ExamDomainEntity);
        }
        return ids.map((id) => out.get(id)!);
      }),
      materialById: byId((ids) => this.materials.byIds(ids)),
      agendaBySession: grouped((ids) => this.agendas.bySessionIds(ids), (r) => r.sessionId),
      doneByAgendaItem: new DataLoader(async (ids) => {
        const done = await this.agendas.doneItemIds(viewer, ids);
        return ids.map((id) => done.has(id));
      }),
      assignmentsBySession: grouped((ids) => this.assignments.bySessionIds(ids), (r) => r.sessionId),
      assignmentsByCohort: grouped((ids) => this.assignments.byCohortIds(ids), (r) => r.cohortId),
      extensionByAssignment: new DataLoader(async (ids) => {
        const own = await this.assignments.extensionsFor(viewer, ids);
        return ids.map((id) => own.get(id) ?? null);
      }),
      fileById: byId((ids) => this.db.getRepository(StoredFileEntity).findBy({ id: In([...ids]) })),
      assignmentById: byId((ids) => this.assignments.byIds(ids)),
      viewerSubmissionByAssignment: new DataLoader(async (ids) => {
        if (!viewer) return ids.map(() => null);
        const map = new Map((await this.submissions.ofStudent(viewer.userId, ids)).map((s) => [s.assignmentId, s]));
        return ids.map((id) => map.get(id) ?? null);
      }),
      versionsBySubmission: grouped((ids) => this.submissions.versionsOf(ids), (v) => v.submissionId),
      filesBySubmissionVersion: filesOf((ids) => this.submissions.versionFiles(ids)),
      draftFilesBySubmission: filesOf((ids) => this.submissions.draftFiles(ids)),
      submissionCountsByAssignment: new DataLoader(async (ids) => {
        const counts = await this.submissions.counts(ids);
        return ids.map((id) => counts.get(id)!);
      }),
      studentById: byId((ids) => this.submissions.students(ids)),
      sessionById: byId((ids) => this.db.getRepository(CohortSessionEntity).findBy({ id: In([...ids]) })),
      viewerEnrollmentByCohort: new DataLoader(async (ids) => {
        if (!viewer) return ids.map(() => null);
        const rows = await this.enrollment.forViewer(viewer, ids);
        const map = new Map(rows.map((r) => [r.cohortId, r]));
        return ids.map((id) => map.get(id) ?? null);
      }),
      attendancePersonById: byId((ids) => this.attendance.people(ids)),
      attendanceHistoryByRecord: grouped((ids) => this.attendance.historyOf(ids), (c) => c.recordId),
      viewerAttendanceBySession: new DataLoader(async (ids) => {
        if (!viewer) return ids.map(() => null);
        const map = new Map((await this.attendance.ownRecords(viewer.userId, ids)).map((r) => [r.sessionId, r]));
        return ids.map((id) => map.get(id) ?? null);
      }),
      viewerContactMinutesByCohort: new DataLoader(async (ids) => {
        const map = viewer ? await this.attendance.contactMinutes([...ids], [viewer.userId]) : new Map<string, ContactMinutes>();
        return ids.map((id) => map.get(`${id}:${viewer?.userId}`) ?? { minutes: 0, possibleMinutes: 0 });
      }),
      viewerCertificateByCohort: new DataLoader(async (ids) => {
        const map = new Map((await this.certificates.activeForViewer(viewer, ids)).map((c) => [c.cohortId, c]));
        return ids.map((id) => map.get(id) ?? null);
      }),
      certificateReplacedBy: new DataLoader(async (ids) => {
        const map = await this.certificates.replacements(ids);
        return ids.map((id) => map.get(id) ?? null);
      }),
      optionsByQuestion: grouped((ids) => this.db.getRepository(QuestionOptionEntity).find({ where: { questionId: In([...ids]) }, order: { position: 'ASC' } }), (o) => o.questionId),
      usageByQuestion: new DataLoader(async (ids) => {
        const map = await questionUsage(this.db.manager, ids);
        return ids.map((id) => map.get(id) ?? 0);
      }),
      modalityById: byId((ids) => this.db.getRepository(ModalityRow).findBy({ id: In([...ids]) })),
      examDomainById: byId((ids) => this.db.getRepository(ExamDomainRow).findBy({ id: In([...ids]) })),
      quizByAssignment: new DataLoader(async (ids) => {
        const map = new Map((await this.quizzes.byAssignmentIds(ids)).map((q) => [q.assignmentId, q]));
        return ids.map((id) => map.get(id) ?? null);
      }),
      viewerAttemptsByAssignment: new DataLoader(async (ids) => {
        const map = new Map<string, AttemptSummaryRow[]>(ids.map((id) => [id, []]));
        for (const r of viewer ? await this.attempts.ofAssignments(viewer.userId, ids) : []) map.get(r.assignmentId!)?.push(r);
        return ids.map((id) => map.get(id)!);
      }),
      closedBookByUser: new DataLoader<string, true>(async (ids) => {
        const running = await this.practice.inMockExam(ids);
        return ids.map((id) => (running.has(id) ? AppError.conflict(CLOSED_BOOK) : true));
      }),
    };
    return loaders;
  }
}
