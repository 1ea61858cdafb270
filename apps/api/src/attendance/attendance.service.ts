import { Injectable } from '@nestjs/common';
import { idOrNone } from '../common/ids';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ChapterRole, classifyAttendance, DateTime, joinState } from '@gantry/shared';
import { AppError, parseInput } from '../common/errors/app-error';
import { hasChapterRole, type Viewer } from '../common/auth/viewer';
import { pageWindow, toPage, type PageArgs, type PageInfo } from '../common/pagination/pagination';
import { CohortAccessService } from '../cohorts/cohort-access.service';
import { CohortEntity, CohortStatus } from '../cohorts/cohort.entity';
import { CohortSessionEntity, SessionStatus } from '../cohorts/cohort-session.entity';
import { ATTENDED_STATUSES, AttendanceChangeEntity, AttendanceRecordEntity, AttendanceSource, AttendanceStatus } from './attendance.entity';
import { AttendanceEvents, type RecordPayload, type RosterEventPayload } from './attendance-events';
import type { ContactMinutes, PersonRow } from './attendance.model';
import { attendanceRuleSchema, setAttendanceSchema, type AttendanceRuleData, type SetAttendanceData } from './dto/attendance.schemas';


export const ATTENDANCE_CONFLICT = 'Someone else changed this attendance record while you were working. Reload to see it; your change was not saved.';

/** One record to write (B's Zoom import and the mentor's override both come through here). */
export interface AttendanceWrite {
  sessionId: string;
  userId: string;
  status: AttendanceStatus;
  minutes: number;
  /** undefined: keep what the record has. */
  joinedAt?: Date | null;
  leftAt?: Date | null;
  note?: string | null;
  /** The version the writer saw: CONFLICT when the record has moved on (or, when given, does not exist). */
  expectedVersion?: number | null;
}

/** Who makes a change (null: the system). A Viewer fits. */
export type AttendanceActor = { userId: string } | null;

/** What to write given the current record (null: leave it as it is). */
type Decide = (existing: AttendanceRecordEntity | null) => Omit<AttendanceWrite, 'sessionId' | 'userId' | 'expectedVersion'> | null;

export interface SessionRosterData {
  session: CohortSessionEntity;
  cohort: CohortEntity;
  rows: { student: PersonRow; record: AttendanceRecordEntity | null }[];
  present: number;
  late: number;
  missing: number;
  total: number;
}

export interface AttendanceGridData {
  cohort: CohortEntity;
  sessions: CohortSessionEntity[];
  rows: { student: PersonRow; cells: (AttendanceRecordEntity | null)[]; hours: ContactMinutes }[];
  pageInfo: PageInfo;
  totalCount: number;
}

export interface ChapterAttendanceData {
  chapterName: string;
  cohorts: { cohort: CohortEntity; sessions: CohortSessionEntity[]; rows: AttendanceGridData['rows'] }[];
}

const cohortRule = (c: CohortEntity) => ({ presentPercent: c.attendancePresentPercent, lateAfterMinutes: c.attendanceLateMinutes });
const sessionMinutes = (s: CohortSessionEntity): number => Math.round((s.endsAt.getTime() - s.startsAt.getTime()) / 60_000);

/**
 * Attendance: one record per student and session (a unique index, so racing check-ins
 * and retries meet on it), every change kept as history, the cohort's rule, contact
 * hours, rosters and the grid. Roster events are published after the writing
 * transaction commits (AttendanceEvents).
 */
@Injectable()
export class AttendanceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CohortAccessService,
    private readonly events: AttendanceEvents,
  ) {}

  // ---- cross-module API (B: Zoom import, C: certificates) ----

  /**
   * Attended minutes per cohort and student, keyed `cohortId:userId`: the sum over the
   * cohort's non-cancelled sessions of min(record minutes, session length) for PRESENT,
   * LATE and LEFT_EARLY records, beside the total minutes of those sessions. With
   * `userIds`, every cohort × user pair is in the map (zeros included); without, every
   * enrolled student and anyone with a record.
   */
  async contactMinutes(cohortIds: string[], userIds?: string[], m: EntityManager = this.db.manager): Promise<Map<string, ContactMinutes>> {
    const out = new Map<string, ContactMinutes>();
    if (!cohortIds.length || (userIds && !userIds.length)) return out;
    const rows: { cohort_id: string; user_id: string; minutes: number; possible: number }[] = await m.query(
      `WITH s AS (
         SELECT id, cohort_id, (extract(epoch FROM ends_at - starts_at) / 60)::int AS len
           FROM cohort_session WHERE cohort_id = ANY($1::uuid[]) AND status <> 'CANCELLED'
       ), possible AS (
         SELECT cohort_id, sum(len)::int AS possible FROM s GROUP BY cohort_id
       ), attended AS (
         SELECT r.cohort_id, r.user_id, sum(least(r.minutes, s.len))::int AS minutes
           FROM attendance_record r JOIN s ON s.id = r.session_id
          WHERE r.status = ANY($3::text[]) AND ($2::uuid[] IS NULL OR r.user_id = ANY($2::uuid[]))
          GROUP BY r.cohort_id, r.user_id
       ), people AS (
         SELECT c.id AS cohort_id, u.id AS user_id FROM unnest($1::uuid[]) AS c(id) CROSS JOIN unnest($2::uuid[]) AS u(id) WHERE $2::uuid[] IS NOT NULL
         UNION
         SELECT cohort_id, user_id FROM enrollment WHERE $2::uuid[] IS NULL AND status = 'ENROLLED' AND cohort_id = ANY($1::uuid[])
         UNION
         SELECT cohort_id, user_id FROM attended
       )
       SELECT p.cohort_id, p.user_id, coalesce(a.minutes, 0) AS minutes, coalesce(po.possible, 0) AS possible
         FROM people p
         LEFT JOIN attended a ON a.cohort_id = p.cohort_id AND a.user_id = p.user_id
         LEFT JOIN possible po ON po.cohort_id = p.cohort_id`,
      [cohortIds, userIds ?? null, ATTENDED_STATUSES],
    );
    for (const r of rows) out.set(`${r.cohort_id}:${r.user_id}`, { minutes: Number(r.minutes), possibleMinutes: Number(r.possible) });
    return out;
  }

  /**
   * Write records in the caller's transaction: each is locked (or inserted, racing
   * inserts meeting on the unique index), compared, and written only when something
   * differs — then its version is raised and a history row added. Returns the rows that
   * changed; roster events for them are published after the transaction commits.
   * `expectedVersion` (when given) guards each row: CONFLICT when it moved on.
   */
  async upsertRecords(m: EntityManager, rows: AttendanceWrite[], actor: AttendanceActor, source: AttendanceSource): Promise<AttendanceRecordEntity[]> {
    if (!rows.length) return [];
    const sessions: { id: string; cohort_id: string }[] = await m.query(`SELECT id, cohort_id FROM cohort_session WHERE id = ANY($1::uuid[])`, [
      [...new Set(rows.map((r) => r.sessionId))],
    ]);
    const cohortOf = new Map(sessions.map((s) => [s.id, s.cohort_id]));
    // One lock order for every writer, so two batches never wait on each other in a circle.
    const sorted = [...rows].sort((a, b) => a.sessionId.localeCompare(b.sessionId) || a.userId.localeCompare(b.userId));
    const changed: AttendanceRecordEntity[] = [];
    for (const row of sorted) {
      const cohortId = cohortOf.get(row.sessionId);
      if (!cohortId) throw AppError.notFound('That session');
      const decide: Decide = (existing) => {
        if (row.expectedVersion != null && (existing?.version ?? 0) !== row.expectedVersion) throw AppError.conflict(ATTENDANCE_CONFLICT);
        const next = { status: row.status, minutes: row.minutes, joinedAt: row.joinedAt, leftAt: row.leftAt, note: row.note };
        return !existing || differs(existing, next) ? next : null;
      };
      const { record, changed: did } = await this.writeOne(m, { sessionId: row.sessionId, cohortId, userId: row.userId }, decide, actor, source);
      if (did && record) changed.push(record);
    }
    await this.queueEvents(m, changed);
    return changed;
  }

  // ---- student ----

  /**
   * Self check-in from 15 minutes before the start to the end, enrolled students only.
   * Idempotent: a second check-in (or a retry, or ten at once) finds the record and changes
   * nothing. A mentor's ABSENT turns PRESENT/LATE; EXCUSED and everything else stay.
   */
  async checkIn(viewer: Viewer, sessionId: string, now: Date = new Date()): Promise<AttendanceRecordEntity> {
    return this.db.transaction(async (m) => {
      const session = await m.findOneBy(CohortSessionEntity, { id: idOrNone(sessionId) });
      const cohort = session ? await m.findOneBy(CohortEntity, { id: session.cohortId }) : null;
      const access = cohort ? await this.access.of(viewer, cohort, m) : null;
      if (!session || !cohort || !access?.view) throw AppError.notFound('That session');
      if (!access.enrolled) throw AppError.forbidden('Only students enrolled in this cohort can check in.');
      if (session.status === SessionStatus.Cancelled) throw AppError.conflict('This session was cancelled; there is nothing to check in to.');
      const state = joinState(session.startsAt.toISOString(), session.endsAt.toISOString(), DateTime.fromJSDate(now).toUTC());
      if (state === 'NOT_YET') throw AppError.conflict('Check-in opens 15 minutes before the session starts.');
      if (state === 'ENDED') throw AppError.conflict('This session has ended, so check-in is closed. Ask your mentor to record your attendance.');
      const from = Math.max(now.getTime(), session.startsAt.getTime());
      const minutes = Math.max(0, Math.floor((session.endsAt.getTime() - from) / 60_000));
      // The shared rule, assuming the student stays to the end (a mentor or the Zoom report corrects that later):
      // LATE after the cohort's late minutes, else PRESENT.
      const status = classifyAttendance({
        minutes: sessionMinutes(session),
        sessionMinutes: sessionMinutes(session),
        firstJoin: now,
        start: session.startsAt,
        rule: cohortRule(cohort),
      }) as AttendanceStatus;
      const { record, changed } = await this.writeOne(
        m,
        { sessionId: session.id, cohortId: cohort.id, userId: viewer.userId },
        (existing) => {
          if (!existing) return { status, minutes, joinedAt: now, leftAt: null };
          if (existing.status === AttendanceStatus.Absent) return { status, minutes, joinedAt: existing.joinedAt ?? now };
          return null;
        },
        viewer,
        AttendanceSource.SelfCheckIn,
      );
      if (changed) await this.queueEvents(m, [record!]);
      return record!;
    });
  }

  /** The viewer's own records for these sessions. */
  async ownRecords(userId: string, sessionIds: readonly string[]): Promise<AttendanceRecordEntity[]> {
    if (!sessionIds.length) return [];
    return this.db.getRepository(AttendanceRecordEntity).findBy({ userId, sessionId: In([...sessionIds]) });
  }

  // ---- managers ----

  /** A mentor's override (or first mark) of one student's attendance; CONFLICT on a stale expectedVersion. */
  async setAttendance(viewer: Viewer, input: SetAttendanceData): Promise<AttendanceRecordEntity> {
    const data = parseInput(setAttendanceSchema, input);
    return this.db.transaction(async (m) => {
      const { session } = await this.managedSession(viewer, data.sessionId, m);
      const enrolled: { n: number }[] = await m.query(`SELECT 1 AS n FROM enrollment WHERE cohort_id = $1 AND user_id = $2 AND status = 'ENROLLED'`, [
        session.cohortId,
        idOrNone(data.userId),
      ]);
      const hasRecord = (await m.countBy(AttendanceRecordEntity, { sessionId: session.id, userId: idOrNone(data.userId) })) > 0;
      if (!enrolled.length && !hasRecord) throw AppError.validation({ userId: ['This student is not enrolled in the cohort.'] });
      const length = sessionMinutes(session);
      const { record, changed } = await this.writeOne(
        m,
        { sessionId: session.id, cohortId: session.cohortId, userId: data.userId },
        (existing) => {
          if (data.expectedVersion != null && (existing?.version ?? 0) !== data.expectedVersion) throw AppError.conflict(ATTENDANCE_CONFLICT);
          const attended = ATTENDED_STATUSES.includes(data.status);
          const minutes =
            data.minutes ?? (!attended ? 0 : existing && ATTENDED_STATUSES.includes(existing.status) && existing.minutes > 0 ? existing.minutes : length);
          const next = { status: data.status, minutes, note: data.note === undefined ? undefined : data.note };
          return !existing || differs(existing, next) ? next : null;
        },
        viewer,
        AttendanceSource.Mentor,
      );
      if (changed) await this.queueEvents(m, [record!]);
      return record!;
    });
  }

  /** Everyone enrolled without a record becomes ABSENT (once the session has started). */
  async markMissingAbsent(viewer: Viewer, sessionId: string, now: Date = new Date()): Promise<SessionRosterData> {
    await this.db.transaction(async (m) => {
      const { session } = await this.managedSession(viewer, sessionId, m);
      if (now < session.startsAt) throw AppError.conflict('The session has not started yet; mark who is missing once it has.');
      if (session.status === SessionStatus.Cancelled) throw AppError.conflict('This session was cancelled.');
      const students = await this.enrolledStudents(m, session.cohortId);
      const changed: AttendanceRecordEntity[] = [];
      for (const s of [...students].sort((a, b) => a.id.localeCompare(b.id))) {
        const { record, changed: did } = await this.writeOne(
          m,
          { sessionId: session.id, cohortId: session.cohortId, userId: s.id },
          (existing) => (existing ? null : { status: AttendanceStatus.Absent, minutes: 0 }),
          viewer,
          AttendanceSource.Mentor,
        );
        if (did && record) changed.push(record);
      }
      await this.queueEvents(m, changed);
    });
    return this.sessionRoster(viewer, sessionId);
  }

  async setAttendanceRule(viewer: Viewer, cohortId: string, input: AttendanceRuleData): Promise<CohortEntity> {
    const data = parseInput(attendanceRuleSchema, input);
    return this.db.transaction(async (m) => {
      const cohort = await this.managedCohort(viewer, cohortId, m, true);
      await m.update(
        CohortEntity,
        { id: cohort.id },
        { attendancePresentPercent: data.presentPercent, attendanceLateMinutes: data.lateAfterMinutes, certificateMinPercent: data.certificateMinPercent },
      );
      return m.findOneByOrFail(CohortEntity, { id: cohort.id });
    });
  }

  /** Every enrolled student of the session's cohort with their record, for its managers (NOT_FOUND for anyone else). */
  async sessionRoster(viewer: Viewer, sessionId: string): Promise<SessionRosterData> {
    const m = this.db.manager;
    const { session, cohort } = await this.managedSession(viewer, sessionId, m);
    const students = await this.enrolledStudents(m, cohort.id);
    const records = await m.findBy(AttendanceRecordEntity, { sessionId: session.id });
    const byUser = new Map(records.map((r) => [r.userId, r]));
    const rows = students.map((student) => ({ student, record: byUser.get(student.id) ?? null }));
    const count = (s: AttendanceStatus) => rows.filter((r) => r.record?.status === s).length;
    return {
      session,
      cohort,
      rows,
      present: count(AttendanceStatus.Present),
      late: count(AttendanceStatus.Late),
      missing: rows.filter((r) => !r.record).length,
      total: rows.length,
    };
  }

  /** Enrolled students (a page, by name) × the cohort's sessions in order (cancelled ones left out), with contact hours. */
  async cohortAttendance(viewer: Viewer, cohortId: string, args: PageArgs): Promise<AttendanceGridData> {
    const m = this.db.manager;
    const cohort = await this.managedCohort(viewer, cohortId, m);
    const window = pageWindow(args);
    const [{ n }]: { n: number }[] = await m.query(`SELECT count(*)::int AS n FROM enrollment WHERE cohort_id = $1 AND status = 'ENROLLED'`, [cohort.id]);
    const students = await this.enrolledStudents(m, cohort.id, window);
    const { sessions, rows } = await this.grid(m, cohort, students);
    const page = toPage(rows, n, window);
    return { cohort, sessions, rows: page.nodes, pageInfo: page.pageInfo, totalCount: page.totalCount };
  }

  /** The whole grid of a cohort (every enrolled student), for its CSV. */
  async cohortAttendanceExport(viewer: Viewer, cohortId: string): Promise<Pick<AttendanceGridData, 'cohort' | 'sessions' | 'rows'>> {
    const m = this.db.manager;
    const cohort = await this.managedCohort(viewer, cohortId, m);
    return { cohort, ...(await this.grid(m, cohort, await this.enrolledStudents(m, cohort.id))) };
  }

  /** The whole grid of every non-draft cohort of a chapter, for its admins and platform admins. */
  async chapterAttendance(viewer: Viewer, chapterId: string): Promise<ChapterAttendanceData> {
    const m = this.db.manager;
    const id = idOrNone(chapterId);
    const allowed = viewer.isPlatformAdmin || hasChapterRole(viewer, id, ChapterRole.Admin);
    const chapter: { name: string }[] = allowed ? await m.query(`SELECT name FROM chapter WHERE id = $1`, [id]) : [];
    if (!chapter.length) throw AppError.notFound('That chapter');
    const cohorts = await m
      .getRepository(CohortEntity)
      .createQueryBuilder('c')
      .where('c.chapter_id = :id AND c.status <> :draft', { id, draft: CohortStatus.Draft })
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
    // A fixed number of queries however long the chapter's history: every cohort's students,
    // sessions, records and hours in one batch each.
    const students: (PersonRow & { cohortId: string })[] = cohorts.length
      ? await m.query(
          `SELECT e.cohort_id AS "cohortId", u.id, u.display_name AS "displayName", u.email, u.time_zone AS "timeZone"
             FROM enrollment e JOIN app_user u ON u.id = e.user_id
            WHERE e.cohort_id = ANY($1::uuid[]) AND e.status = 'ENROLLED'
            ORDER BY lower(u.display_name), u.display_name, u.id`,
          [cohorts.map((c) => c.id)],
        )
      : [];
    const byCohort = new Map(cohorts.map((c) => [c.id, [] as PersonRow[]]));
    for (const { cohortId, ...person } of students) byCohort.get(cohortId)!.push(person);
    const grids = await this.grids(m, cohorts, byCohort);
    return { chapterName: chapter[0].name, cohorts: cohorts.map((cohort) => ({ cohort, ...grids.get(cohort.id)! })) };
  }

  /** The session if the viewer manages its cohort; NOT_FOUND for everyone else. */
  async managedSession(viewer: Viewer, sessionId: string, m: EntityManager = this.db.manager): Promise<{ session: CohortSessionEntity; cohort: CohortEntity }> {
    const session = await m.findOneBy(CohortSessionEntity, { id: idOrNone(sessionId) });
    const cohort = session ? await m.findOneBy(CohortEntity, { id: session.cohortId }) : null;
    const access = cohort ? await this.access.of(viewer, cohort, m) : null;
    if (!session || !cohort || !access?.manage) throw AppError.notFound('That session');
    return { session, cohort };
  }

  /** The cohort (locked when asked) if the viewer manages it; NOT_FOUND for everyone else. */
  async managedCohort(viewer: Viewer, cohortId: string, m: EntityManager = this.db.manager, lock = false): Promise<CohortEntity> {
    const cohort = await m.findOne(CohortEntity, { where: { id: idOrNone(cohortId) }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    const access = cohort ? await this.access.of(viewer, cohort, m) : null;
    if (!cohort || !access?.manage) throw AppError.notFound('That cohort');
    return cohort;
  }

  // ---- loaders' batches ----

  async recordsByIds(ids: readonly string[]): Promise<AttendanceRecordEntity[]> {
    return ids.length ? this.db.getRepository(AttendanceRecordEntity).findBy({ id: In([...ids]) }) : [];
  }

  async historyOf(recordIds: readonly string[]): Promise<AttendanceChangeEntity[]> {
    if (!recordIds.length) return [];
    return this.db
      .getRepository(AttendanceChangeEntity)
      .createQueryBuilder('c')
      .where('c.record_id = ANY(:ids)', { ids: [...recordIds] })
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
  }

  async people(ids: readonly string[]): Promise<PersonRow[]> {
    if (!ids.length) return [];
    return this.db.query(`SELECT id, display_name AS "displayName", email, time_zone AS "timeZone" FROM app_user WHERE id = ANY($1::uuid[])`, [[...ids]]);
  }

  // ---- helpers ----

  /**
   * Lock the (session, user) record, decide, and write: an UPDATE raising the version,
   * or an INSERT … ON CONFLICT DO NOTHING that, when another transaction got there first,
   * reads that row under lock and decides again. A history row for every real change.
   */
  private async writeOne(
    m: EntityManager,
    key: { sessionId: string; cohortId: string; userId: string },
    decide: Decide,
    actor: AttendanceActor,
    source: AttendanceSource,
  ): Promise<{ record: AttendanceRecordEntity | null; changed: boolean }> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const existing = await m.findOne(AttendanceRecordEntity, {
        where: { sessionId: key.sessionId, userId: key.userId },
        lock: { mode: 'pessimistic_write' },
      });
      const next = decide(existing);
      if (!next) return { record: existing, changed: false };
      const actorId = actor?.userId ?? null;
      if (!existing) {
        const inserted: Record<string, unknown>[] = await m.query(
          `INSERT INTO attendance_record (session_id, cohort_id, user_id, status, minutes, source, joined_at, left_at, note, updated_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
           ON CONFLICT (session_id, user_id) DO NOTHING
           RETURNING *`,
          [key.sessionId, key.cohortId, key.userId, next.status, next.minutes, source, next.joinedAt ?? null, next.leftAt ?? null, next.note ?? null, actorId],
        );
        if (!inserted.length) continue; // a racing check-in inserted it: read it under lock and decide again
        const record = fromRow(inserted[0]);
        await this.addHistory(m, record, null, actorId, source);
        return { record, changed: true };
      }
      const updated: Record<string, unknown>[] = await m.query(
        `UPDATE attendance_record
            SET status = $2, minutes = $3, source = $4, updated_by = $5, version = version + 1, updated_at = now(),
                joined_at = CASE WHEN $6 THEN $7::timestamptz ELSE joined_at END,
                left_at = CASE WHEN $8 THEN $9::timestamptz ELSE left_at END,
                note = CASE WHEN $10 THEN $11::text ELSE note END
          WHERE id = $1
          RETURNING *`,
        [
          existing.id,
          next.status,
          next.minutes,
          source,
          actorId,
          next.joinedAt !== undefined,
          next.joinedAt ?? null,
          next.leftAt !== undefined,
          next.leftAt ?? null,
          next.note !== undefined,
          next.note ?? null,
        ],
      );
      // node-postgres answers UPDATE … RETURNING as [rows, count].
      const raw = (Array.isArray(updated[0]) ? updated[0][0] : updated[0]) as Record<string, unknown>;
      const record = fromRow(raw);
      await this.addHistory(m, record, existing, actorId, source);
      return { record, changed: true };
    }
    throw AppError.conflict('Attendance is being changed by someone else right now. Try again.');
  }

  private async addHistory(m: EntityManager, record: AttendanceRecordEntity, before: AttendanceRecordEntity | null, actorId: string | null, source: AttendanceSource): Promise<void> {
    await m.insert(AttendanceChangeEntity, {
      recordId: record.id,
      changedBy: actorId,
      source,
      fromStatus: before?.status ?? null,
      toStatus: record.status,
      fromMinutes: before?.minutes ?? null,
      toMinutes: record.minutes,
      note: record.note !== (before?.note ?? null) ? record.note : null,
    });
  }

  private async queueEvents(m: EntityManager, records: AttendanceRecordEntity[]): Promise<void> {
    if (!records.length) return;
    const people: PersonRow[] = await m.query(`SELECT id, display_name AS "displayName", email, time_zone AS "timeZone" FROM app_user WHERE id = ANY($1::uuid[])`, [
      [...new Set(records.map((r) => r.userId))],
    ]);
    const byId = new Map(people.map((p) => [p.id, p]));
    const events: RosterEventPayload[] = records.map((r) => ({ sessionId: r.sessionId, student: byId.get(r.userId)!, record: toPayload(r) }));
    await this.events.queue(m, events);
  }

  private async enrolledStudents(m: EntityManager, cohortId: string, window?: { limit: number; offset: number }): Promise<PersonRow[]> {
    return m.query(
      `SELECT u.id, u.display_name AS "displayName", u.email, u.time_zone AS "timeZone"
         FROM enrollment e JOIN app_user u ON u.id = e.user_id
        WHERE e.cohort_id = $1 AND e.status = 'ENROLLED'
        ORDER BY lower(u.display_name), u.display_name, u.id
        ${window ? 'LIMIT $2 OFFSET $3' : ''}`,
      window ? [cohortId, window.limit, window.offset] : [cohortId],
    );
  }

  /** Sessions in order (not cancelled), and per student the record of each and their contact minutes. */
  private async grid(m: EntityManager, cohort: CohortEntity, students: PersonRow[]): Promise<Pick<AttendanceGridData, 'sessions' | 'rows'>> {
    return (await this.grids(m, [cohort], new Map([[cohort.id, students]]))).get(cohort.id)!;
  }

  /** `grid` for several cohorts at once, in three queries whatever their number. */
  private async grids(m: EntityManager, cohorts: CohortEntity[], studentsByCohort: Map<string, PersonRow[]>): Promise<Map<string, Pick<AttendanceGridData, 'sessions' | 'rows'>>> {
    const out = new Map<string, Pick<AttendanceGridData, 'sessions' | 'rows'>>();
    if (!cohorts.length) return out;
    const cohortIds = cohorts.map((c) => c.id);
    const userIds = [...new Set([...studentsByCohort.values()].flat().map((s) => s.id))];
    const sessions = await m
      .getRepository(CohortSessionEntity)
      .createQueryBuilder('s')
      .where('s.cohort_id IN (:...ids) AND s.status <> :cancelled', { ids: cohortIds, cancelled: SessionStatus.Cancelled })
      .orderBy('s.starts_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
    // One cohort: just these students (a page of the grid). Several: everyone enrolled in them
    // (naming each student for each cohort would multiply cohorts by people).
    const only = cohorts.length === 1 ? userIds : undefined;
    const records = userIds.length && sessions.length ? await m.findBy(AttendanceRecordEntity, { cohortId: In(cohortIds), ...(only ? { userId: In(only) } : {}) }) : [];
    const byKey = new Map(records.map((r) => [`${r.userId}:${r.sessionId}`, r]));
    const hours = await this.contactMinutes(cohortIds, only, m);
    for (const cohort of cohorts) {
      const own = sessions.filter((s) => s.cohortId === cohort.id);
      out.set(cohort.id, {
        sessions: own,
        rows: (studentsByCohort.get(cohort.id) ?? []).map((student) => ({
          student,
          cells: own.map((s) => byKey.get(`${student.id}:${s.id}`) ?? null),
          hours: hours.get(`${cohort.id}:${student.id}`) ?? { minutes: 0, possibleMinutes: own.reduce((t, s) => t + sessionMinutes(s), 0) },
        })),
      });
    }
    return out;
  }
}

/** Whether writing `next` would change the record (undefined fields are kept, so they never differ). */
function differs(r: AttendanceRecordEntity, next: ReturnType<Decide> & object): boolean {
  const t = (d: Date | null | undefined) => (d ? d.getTime() : null);
  return (
    r.status !== next.status ||
    r.minutes !== next.minutes ||
    (next.joinedAt !== undefined && t(r.joinedAt) !== t(next.joinedAt)) ||
    (next.leftAt !== undefined && t(r.leftAt) !== t(next.leftAt)) ||
    (next.note !== undefined && (r.note ?? null) !== (next.note ?? null))
  );
}

function fromRow(raw: Record<string, unknown>): AttendanceRecordEntity {
  const date = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));
  return Object.assign(new AttendanceRecordEntity(), {
    id: raw.id as string,
    sessionId: raw.session_id as string,
    cohortId: raw.cohort_id as string,
    userId: raw.user_id as string,
    status: raw.status as AttendanceStatus,
    minutes: Number(raw.minutes),
    source: raw.source as AttendanceSource,
    joinedAt: date(raw.joined_at),
    leftAt: date(raw.left_at),
    note: (raw.note as string | null) ?? null,
    version: Number(raw.version),
    updatedBy: (raw.updated_by as string | null) ?? null,
    createdAt: date(raw.created_at)!,
    updatedAt: date(raw.updated_at)!,
  });
}

export function toPayload(r: AttendanceRecordEntity): RecordPayload {
  return {
    id: r.id,
    sessionId: r.sessionId,
    cohortId: r.cohortId,
    userId: r.userId,
    status: r.status,
    minutes: r.minutes,
    source: r.source,
    joinedAt: r.joinedAt?.toISOString() ?? null,
    leftAt: r.leftAt?.toISOString() ?? null,
    note: r.note,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
    updatedBy: r.updatedBy,
  };
}

export function fromPayload(p: RecordPayload): AttendanceRecordEntity {
  return Object.assign(new AttendanceRecordEntity(), {
    ...p,
    joinedAt: p.joinedAt ? new Date(p.joinedAt) : null,
    leftAt: p.leftAt ? new Date(p.leftAt) : null,
    updatedAt: new Date(p.updatedAt),
    createdAt: new Date(p.updatedAt),
  });
}
