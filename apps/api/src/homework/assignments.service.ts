import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { assignmentSchema, DateTime, nowUtc, relativeDueAt } from '@gantry/shared';
import { z } from 'zod';
import { AppError, parseInput } from '../common/errors/app-error';
import type { Viewer } from '../common/auth/viewer';
import { renderMarkdown } from '../common/markdown/markdown';
import { pageWindow, toPage, type Page, type PageArgs } from '../common/pagination/pagination';
import { CohortAccessService, type CohortAccess } from '../cohorts/cohort-access.service';
import { CohortSessionEntity, SessionStatus } from '../cohorts/cohort-session.entity';
import { AssignmentEntity, AssignmentExtensionEntity, AssignmentKind, DueMode } from './assignment.entity';
import { dropOutdatedExtensions } from './assignment-schedule';

const uuid = z.uuid();

/** What a mentor sends to create or edit an assignment (the GraphQL input's shape; dates as Date or ISO). */
export interface AssignmentChanges {
  sessionId: string;
  title: string;
  instructionsMarkdown?: string | null;
  kind: string;
  points?: number | null;
  dueMode: string;
  dueAt?: Date | string | null;
  dueSessionId?: string | null;
  dueOffsetMinutes?: number | null;
  latePolicy: string;
  rubric?: { id: string; title: string; description?: string | null; points: number }[] | null;
  /** Create: publish at once. Update: change the published state when given. */
  publish?: boolean | null;
  /** QUIZ only: the quiz's settings, saved by the practice module (see AssignmentKindSettings). */
  quiz?: unknown;
}

/**
 * What a kind keeps beside the assignment, in its own tables: the practice module registers
 * one for QUIZ (its settings). Called inside the create/update transaction, for every kind, so
 * it can also refuse settings on other kinds and drop them when the kind changes.
 */
export interface AssignmentKindSettings {
  save(m: EntityManager, viewer: Viewer, assignment: AssignmentEntity, settings: unknown): Promise<void>;
}

/** A student's standing on an assignment, as lists show it. MISSING: no row, or a draft with no text and no files (as submissionStatusOf). */
export type HomeworkStatus = 'MISSING' | 'DRAFT' | 'SUBMITTED' | 'RETURNED';

export interface HomeworkRow {
  assignment: AssignmentEntity;
  /** The student's due time (their extension applied). */
  dueAt: Date;
  status: HomeworkStatus;
  late: boolean;
  score: number | null;
  cohortTitle: string;
}

/**
 * Assignments: the cohort's managers create, edit, publish, order and delete them and
 * grant extensions; enrolled students see published ones only. Anything else is "not
 * found" to a student, through every query.
 */
@Injectable()
export class AssignmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CohortAccessService,
  ) {}

  private kindSettings?: AssignmentKindSettings;

  /** The practice module's quiz settings (registered at start-up; homework does not import practice). */
  useKindSettings(settings: AssignmentKindSettings): void {
    this.kindSettings = settings;
  }

  // ---- writing (managers) ----

  async create(viewer: Viewer, input: AssignmentChanges): Promise<AssignmentEntity> {
    const data = parseInput(assignmentSchema, normalize(input));
    return this.db.transaction(async (m) => {
      const session = await this.sessionOf(m, input.sessionId);
      if (!session) throw AppError.notFound('That session');
      // The cohort row is locked: positions within a session are handed out one at a time.
      await this.access.manageable(viewer, session.cohortId, m, { lock: true });
      const due = await this.resolveDue(m, session.cohortId, data);
      const [{ next }]: { next: number }[] = await m.query(`SELECT coalesce(max(position) + 1, 0)::int AS next FROM assignment WHERE session_id = $1`, [session.id]);
      const saved = await m.save(
        m.create(AssignmentEntity, {
          ...fieldsOf(data),
          ...due,
          cohortId: session.cohortId,
          sessionId: session.id,
          position: next,
          publishedAt: input.publish ? nowUtc().toJSDate() : null,
          createdById: viewer.userId,
        }),
      );
      await this.saveKindSettings(m, viewer, saved, input.quiz);
      return saved;
    });
  }

  async update(viewer: Viewer, input: AssignmentChanges & { id: string; expectedVersion: number }): Promise<AssignmentEntity> {
    const data = parseInput(assignmentSchema, normalize(input));
    return this.db.transaction(async (m) => {
      const a = await this.lockManageable(m, viewer, input.id);
      if (a.version !== input.expectedVersion) {
        throw AppError.conflict('Someone else changed this assignment while you were editing. Reload to see their changes, then apply yours.');
      }
      const from = a.sessionId;
      if (input.sessionId !== a.sessionId) {
        // Moved to another session of the cohort: it goes to the end of that session's list.
        const session = await this.sessionOf(m, input.sessionId);
        if (!session || session.cohortId !== a.cohortId) throw AppError.validation({ sessionId: ['Choose a session of this cohort.'] });
        const [{ next }]: { next: number }[] = await m.query(`SELECT coalesce(max(position) + 1, 0)::int AS next FROM assignment WHERE session_id = $1`, [session.id]);
        Object.assign(a, { sessionId: session.id, position: next });
      }
      Object.assign(a, fieldsOf(data), await this.resolveDue(m, a.cohortId, data));
      if (input.publish !== null && input.publish !== undefined) a.publishedAt = input.publish ? (a.publishedAt ?? nowUtc().toJSDate()) : null;
      const saved = await m.save(a);
      await this.saveKindSettings(m, viewer, saved, input.quiz);
      if (from !== saved.sessionId) await this.renumber(m, from);
      await dropOutdatedExtensions(m, [saved.id]);
      return saved;
    });
  }

  async setPublished(viewer: Viewer, id: string, published: boolean, expectedVersion: number): Promise<AssignmentEntity> {
    return this.db.transaction(async (m) => {
      const a = await this.lockManageable(m, viewer, id);
      if (a.version !== expectedVersion) {
        throw AppError.conflict('Someone else changed this assignment while you were looking at it. Reload, then try again.');
      }
      if ((a.publishedAt !== null) === published) return a;
      a.publishedAt = published ? nowUtc().toJSDate() : null;
      return m.save(a);
    });
  }

  /** Deletes an assignment nobody has submitted yet (drafts go with it). Returns its id. */
  async delete(viewer: Viewer, id: string): Promise<string> {
    return this.db.transaction(async (m) => {
      const a = await this.lockManageable(m, viewer, id);
      const submitted: unknown[] = await m.query(
        `SELECT 1 FROM submission WHERE assignment_id = $1 AND (status <> 'DRAFT' OR submitted_count > 0) LIMIT 1`,
        [a.id],
      );
      if (submitted.length) {
        throw AppError.conflict('Students have already submitted work for this assignment, so it cannot be deleted. Unpublish it instead.');
      }
      await m.delete(AssignmentEntity, { id: a.id });
      await this.renumber(m, a.sessionId);
      return a.id;
    });
  }

  /** Put an assignment at `position` (0-based) among its session's; returns the session's assignments in their new order. */
  async move(viewer: Viewer, id: string, position: number): Promise<AssignmentEntity[]> {
    if (!Number.isInteger(position) || position < 0) throw AppError.validation({ position: ['Use a position from 0.'] });
    return this.db.transaction(async (m) => {
      const a = await this.lockManageable(m, viewer, id);
      const siblings = (await this.sessionList(m, a.sessionId)).filter((x) => x.id !== a.id);
      siblings.splice(Math.min(position, siblings.length), 0, a);
      await this.writePositions(m, siblings);
      return this.sessionList(m, a.sessionId);
    });
  }

  async grantExtension(viewer: Viewer, assignmentId: string, studentId: string, dueAt: Date): Promise<AssignmentExtensionEntity> {
    return this.db.transaction(async (m) => {
      const a = await this.lockManageable(m, viewer, assignmentId);
      const enrolled: unknown[] = uuid.safeParse(studentId).success
        ? await m.query(`SELECT 1 FROM enrollment WHERE cohort_id = $1 AND user_id = $2 AND status = 'ENROLLED'`, [a.cohortId, studentId])
        : [];
      if (!enrolled.length) throw AppError.validation({ studentId: ['This student is not enrolled in the cohort.'] });
      if (!(dueAt instanceof Date) || Number.isNaN(dueAt.getTime()) || dueAt <= a.dueAt) {
        throw AppError.validation({ dueAt: ['An extension must be later than the assignment’s due time.'] });
      }
      await m.query(
        `INSERT INTO assignment_extension (assignment_id, student_id, due_at, granted_by_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (assignment_id, student_id) DO UPDATE SET due_at = EXCLUDED.due_at, granted_by_id = EXCLUDED.granted_by_id, created_at = now()`,
        [a.id, studentId, dueAt, viewer.userId],
      );
      return m.findOneByOrFail(AssignmentExtensionEntity, { assignmentId: a.id, studentId });
    });
  }

  /** True when there was an extension to revoke. */
  async revokeExtension(viewer: Viewer, assignmentId: string, studentId: string): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const a = await this.lockManageable(m, viewer, assignmentId);
      if (!uuid.safeParse(studentId).success) return false;
      const r = await m.delete(AssignmentExtensionEntity, { assignmentId: a.id, studentId });
      return (r.affected ?? 0) > 0;
    });
  }

  // ---- reading ----

  /** An assignment the viewer may see: managers any, enrolled students published ones; NOT_FOUND otherwise. */
  async viewable(viewer: Viewer | undefined, id: string): Promise<AssignmentEntity> {
    const a = uuid.safeParse(id).success ? await this.db.getRepository(AssignmentEntity).findOneBy({ id }) : null;
    if (!a) throw AppError.notFound('That assignment');
    const { access } = await this.access.viewable(viewer, a.cohortId).catch(() => {
      throw AppError.notFound('That assignment');
    });
    if (!this.visible([a], access).length) throw AppError.notFound('That assignment');
    return a;
  }

  /** What of these a viewer with this access to their cohort sees: managers all, enrolled students published ones, others none. */
  visible(list: AssignmentEntity[], access: CohortAccess): AssignmentEntity[] {
    if (access.manage) return list;
    if (!access.enrolled) return [];
    return list.filter((a) => a.publishedAt !== null);
  }

  /** All assignments of these sessions, in order (the loader's batch; resolvers apply visibility). */
  async bySessionIds(ids: readonly string[]): Promise<AssignmentEntity[]> {
    return ids.length ? this.db.getRepository(AssignmentEntity).find({ where: { sessionId: In([...ids]) }, order: { position: 'ASC', createdAt: 'ASC' } }) : [];
  }

  /** All assignments of these cohorts, by due time (the loader's batch). */
  async byCohortIds(ids: readonly string[]): Promise<AssignmentEntity[]> {
    return ids.length
      ? this.db.getRepository(AssignmentEntity).find({ where: { cohortId: In([...ids]) }, order: { dueAt: 'ASC', position: 'ASC', id: 'ASC' } })
      : [];
  }

  async byIds(ids: readonly string[]): Promise<AssignmentEntity[]> {
    return ids.length ? this.db.getRepository(AssignmentEntity).findBy({ id: In([...ids]) }) : [];
  }

  /** The viewer's own extensions on these assignments. */
  async extensionsFor(viewer: Viewer | undefined, assignmentIds: readonly string[]): Promise<Map<string, Date>> {
    if (!viewer || !assignmentIds.length) return new Map();
    const rows = await this.db.getRepository(AssignmentExtensionEntity).find({ where: { studentId: viewer.userId, assignmentId: In([...assignmentIds]) } });
    return new Map(rows.map((r) => [r.assignmentId, r.dueAt]));
  }

  /**
   * The viewer's homework: published assignments of cohorts they are enrolled in (not
   * cancelled ones), by their own due time. Done work (SUBMITTED, RETURNED) only when asked.
   * `late`: submitted after the due time, or not submitted and past it.
   */
  async myHomework(viewer: Viewer, includeDone: boolean, args: PageArgs): Promise<Page<HomeworkRow>> {
    const window = pageWindow(args);
    const now = nowUtc().toJSDate();
    const base = `
      WITH items AS (
        SELECT a.id, c.title AS cohort_title, coalesce(x.due_at, a.due_at) AS eff_due,
               CASE WHEN s.id IS NULL
                      OR (s.status = 'DRAFT' AND s.draft_markdown !~ '\\S'
                          AND NOT EXISTS (SELECT 1 FROM submission_draft_file f WHERE f.submission_id = s.id))
                    THEN 'MISSING' ELSE s.status END AS status,
               s.late AS submitted_late, s.score
          FROM assignment a
          JOIN enrollment e ON e.cohort_id = a.cohort_id AND e.user_id = $1 AND e.status = 'ENROLLED'
          JOIN cohort c ON c.id = a.cohort_id AND c.status <> 'CANCELLED'
          LEFT JOIN assignment_extension x ON x.assignment_id = a.id AND x.student_id = $1
          LEFT JOIN submission s ON s.assignment_id = a.id AND s.student_id = $1
         WHERE a.published_at IS NOT NULL
      )`;
    const filter = includeDone ? '' : `WHERE status NOT IN ('SUBMITTED', 'RETURNED')`;
    const [{ total }]: { total: number }[] = await this.db.query(`${base} SELECT count(*)::int AS total FROM items ${filter}`, [viewer.userId]);
    const rows: { id: string; cohort_title: string; eff_due: Date; status: HomeworkStatus; submitted_late: boolean | null; score: string | number | null }[] =
      total > window.offset
        ? await this.db.query(`${base} SELECT * FROM items ${filter} ORDER BY eff_due, id LIMIT $2 OFFSET $3`, [viewer.userId, window.limit, window.offset])
        : [];
    const entities = new Map((await this.byIds(rows.map((r) => r.id))).map((a) => [a.id, a]));
    const nodes = rows
      .filter((r) => entities.has(r.id))
      .map((r): HomeworkRow => {
        const dueAt = new Date(r.eff_due);
        const done = r.status === 'SUBMITTED' || r.status === 'RETURNED';
        return {
          assignment: entities.get(r.id)!,
          dueAt,
          status: r.status,
          late: done ? !!r.submitted_late : dueAt < now,
          score: r.status === 'RETURNED' && r.score !== null ? Number(r.score) : null,
          cohortTitle: r.cohort_title,
        };
      });
    return toPage(nodes, total, window);
  }

  // ---- helpers ----

  private async sessionOf(m: EntityManager, id: string | null | undefined): Promise<CohortSessionEntity | null> {
    return id && uuid.safeParse(id).success ? m.findOneBy(CohortSessionEntity, { id }) : null;
  }

  /** The due columns: ABSOLUTE as given; RELATIVE from a session of the same cohort. */
  private async resolveDue(
    m: EntityManager,
    cohortId: string,
    data: z.infer<typeof assignmentSchema>,
  ): Promise<Pick<AssignmentEntity, 'dueMode' | 'dueAt' | 'dueSessionId' | 'dueOffsetMinutes'>> {
    if (data.dueMode === DueMode.Absolute) {
      return { dueMode: DueMode.Absolute, dueAt: DateTime.fromISO(data.dueAt!).toUTC().toJSDate(), dueSessionId: null, dueOffsetMinutes: null };
    }
    const anchor = await this.sessionOf(m, data.dueSessionId);
    if (!anchor || anchor.cohortId !== cohortId) throw AppError.validation({ dueSessionId: ['Choose a session of this cohort.'] });
    if (anchor.status === SessionStatus.Cancelled) throw AppError.validation({ dueSessionId: ['That session is cancelled. Choose one that takes place.'] });
    const offset = data.dueOffsetMinutes!;
    return { dueMode: DueMode.Relative, dueAt: new Date(relativeDueAt(anchor.startsAt.toISOString(), offset)), dueSessionId: anchor.id, dueOffsetMinutes: offset };
  }

  /** The assignment, its cohort locked, if the viewer manages that cohort; NOT_FOUND / FORBIDDEN otherwise. */
  private async lockManageable(m: EntityManager, viewer: Viewer, id: string): Promise<AssignmentEntity> {
    const found = uuid.safeParse(id).success ? await m.findOneBy(AssignmentEntity, { id }) : null;
    if (!found) throw AppError.notFound('That assignment');
    await this.access.manageable(viewer, found.cohortId, m, { lock: true }).catch((e: unknown) => {
      // A cohort the viewer cannot even see: the assignment does not exist for them.
      throw e instanceof AppError && e.code === 'NOT_FOUND' ? AppError.notFound('That assignment') : e;
    });
    return m.findOneOrFail(AssignmentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  private async saveKindSettings(m: EntityManager, viewer: Viewer, a: AssignmentEntity, settings: unknown): Promise<void> {
    if (!this.kindSettings && (a.kind === AssignmentKind.Quiz || settings)) throw new Error('No handler for quiz settings: the practice module registers it.');
    await this.kindSettings?.save(m, viewer, a, settings ?? null);
  }

  private async sessionList(m: EntityManager, sessionId: string): Promise<AssignmentEntity[]> {
    return m.find(AssignmentEntity, { where: { sessionId }, order: { position: 'ASC', createdAt: 'ASC' } });
  }

  private async renumber(m: EntityManager, sessionId: string): Promise<void> {
    await this.writePositions(m, await this.sessionList(m, sessionId));
  }

  /** Positions 0..n-1 in this order; order is not an edit, so versions stay. */
  private async writePositions(m: EntityManager, ordered: AssignmentEntity[]): Promise<void> {
    for (const [i, a] of ordered.entries()) {
      if (a.position !== i) await m.query(`UPDATE assignment SET position = $2 WHERE id = $1`, [a.id, i]);
    }
  }

}

function normalize(input: AssignmentChanges): Record<string, unknown> {
  const dueAt = input.dueAt instanceof Date ? (Number.isNaN(input.dueAt.getTime()) ? 'invalid' : input.dueAt.toISOString()) : input.dueAt;
  return {
    title: input.title,
    instructionsMarkdown: input.instructionsMarkdown ?? undefined,
    kind: input.kind,
    points: input.points ?? null,
    dueMode: input.dueMode,
    dueAt: dueAt ?? null,
    dueSessionId: input.dueSessionId ?? null,
    dueOffsetMinutes: input.dueOffsetMinutes ?? null,
    latePolicy: input.latePolicy,
    rubric: (input.rubric ?? []).map((c) => ({ id: c.id, title: c.title, description: c.description ?? undefined, points: c.points })),
  };
}

function fieldsOf(data: z.infer<typeof assignmentSchema>): Partial<AssignmentEntity> {
  return {
    title: data.title,
    instructionsMarkdown: data.instructionsMarkdown,
    instructionsHtml: renderMarkdown(data.instructionsMarkdown),
    kind: data.kind,
    points: data.points ?? null,
    latePolicy: data.latePolicy,
    rubric: data.rubric.map((c) => ({ id: c.id, title: c.title, description: c.description, points: c.points })),
  };
}
