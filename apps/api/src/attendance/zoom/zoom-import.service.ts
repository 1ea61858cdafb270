import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { classifyAttendance, formatInstant, minutesWithin } from '@gantry/shared';
import { AppError, ErrorCode, parseInput } from '../../common/errors/app-error';
import type { Viewer } from '../../common/auth/viewer';
import type { CohortEntity } from '../../cohorts/cohort.entity';
import { SessionStatus, type CohortSessionEntity } from '../../cohorts/cohort-session.entity';
import { AttendanceRecordEntity, AttendanceSource, AttendanceStatus } from '../attendance.entity';
import type { PersonRow } from '../attendance.model';
import { AttendanceService, type AttendanceWrite } from '../attendance.service';
import { applyZoomImportSchema, previewZoomImportSchema, type ApplyZoomImportData, type PreviewZoomImportData } from './dto/zoom-import.schemas';
import { ZoomImportEntity, ZoomImportStatus, type AppliedZoomMatch, type ZoomImportData } from './zoom-import.entity';
import { ZoomMatchKind } from './zoom-import.model';
import { nameVariants, parseZoomReport, type ParsedParticipant } from './zoom-report.parser';

const uuid = z.uuid();

export interface ZoomMatchData {
  participant: ParsedParticipant;
  student: PersonRow;
  kind: ZoomMatchKind;
  proposedStatus: AttendanceStatus;
  proposedMinutes: number;
  /** undefined: the report has no times (unique users), keep what the record has. */
  joinedAt: Date | null | undefined;
  leftAt: Date | null | undefined;
  current: AttendanceRecordEntity | null;
}

export interface ZoomPreviewData {
  import: ZoomImportEntity;
  alreadyApplied: boolean;
  matched: ZoomMatchData[];
  unmatched: ParsedParticipant[];
  absent: PersonRow[];
  /** Current records of the absent students (kept when they have one). */
  absentCurrent: Map<string, AttendanceRecordEntity>;
  warnings: string[];
}

export interface ZoomApplyData {
  preview: ZoomPreviewData;
  changed: number;
  unchanged: number;
}

interface Context {
  session: CohortSessionEntity;
  cohort: CohortEntity;
}

const names = (people: { displayName: string }[]) => people.map((p) => p.displayName).join(', ');

/**
 * Zoom participants-report import for one session: preview (parse, merge, match, propose
 * by the cohort's rule) and apply (write through AttendanceService in one transaction).
 * The same bytes for the same session are one import (unique key): uploading them again
 * returns it, applying it again changes nothing. Only the cohort's managers; NOT_FOUND for
 * anyone else.
 */
@Injectable()
export class ZoomImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly attendance: AttendanceService,
  ) {}

  async preview(viewer: Viewer, input: PreviewZoomImportData): Promise<ZoomPreviewData> {
    const data = parseInput(previewZoomImportSchema, input);
    return this.db.transaction(async (m) => {
      const ctx = await this.attendance.managedSession(viewer, data.sessionId, m);
      if (ctx.session.status === SessionStatus.Cancelled) throw AppError.conflict('This session was cancelled, so it has no attendance to import.');
      if (ctx.session.startsAt.getTime() > Date.now()) throw AppError.conflict('This session has not started yet, so Zoom has no report of it.');
      const zone = data.zone ?? ctx.cohort.timeZone;
      const sha = createHash('sha256').update(data.csv, 'utf8').digest('hex');
      const existing = await m.findOne(ZoomImportEntity, { where: { sessionId: ctx.session.id, fileSha256: sha }, lock: { mode: 'pessimistic_write' } });
      if (existing && (existing.status === ZoomImportStatus.Applied || existing.zone === zone)) {
        const extra =
          existing.status === ZoomImportStatus.Applied && existing.zone !== zone
            ? [`This file was already applied with its times read in ${existing.zone}; applying it again changes nothing.`]
            : [];
        return this.build(m, existing, ctx, new Map(), extra);
      }
      // Parse before writing anything: a malformed file changes nothing.
      const parsed = parseZoomReport(data.csv, { zone, sessionStart: ctx.session.startsAt });
      if (existing) {
        // The same file read again in another zone (the first guess was wrong): replace the preview.
        existing.zone = zone;
        existing.filename = data.filename;
        existing.parsed = parsed;
        await m.save(existing);
        return this.build(m, existing, ctx, new Map());
      }
      const inserted: { id: string }[] = await m.query(
        `INSERT INTO zoom_import (session_id, file_sha256, filename, zone, uploaded_by, status, parsed)
         VALUES ($1, $2, $3, $4, $5, 'PREVIEW', $6::jsonb)
         ON CONFLICT (session_id, file_sha256) DO NOTHING
         RETURNING id`,
        [ctx.session.id, sha, data.filename, zone, viewer.userId, JSON.stringify(parsed)],
      );
      const row = await m.findOneOrFail(ZoomImportEntity, {
        where: inserted.length ? { id: inserted[0].id } : { sessionId: ctx.session.id, fileSha256: sha },
      });
      return this.build(m, row, ctx, new Map());
    });
  }

  async apply(viewer: Viewer, input: ApplyZoomImportData): Promise<ZoomApplyData> {
    const data = parseInput(applyZoomImportSchema, input);
    return this.db.transaction(async (m) => {
      const found = uuid.safeParse(data.importId).success
        ? await m.findOne(ZoomImportEntity, { where: { id: data.importId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!found) throw AppError.notFound('That import');
      const ctx = await this.attendance.managedSession(viewer, found.sessionId, m).catch((e: unknown) => {
        throw e instanceof AppError && e.code === ErrorCode.NotFound ? AppError.notFound('That import') : e;
      });
      if (found.status === ZoomImportStatus.Applied) {
        const preview = await this.build(m, found, ctx, new Map());
        return { preview, changed: 0, unchanged: preview.matched.length + preview.absent.length };
      }
      if (ctx.session.status === SessionStatus.Cancelled) throw AppError.conflict('This session was cancelled, so it has no attendance to import.');
      const manual = await this.checkManualMatches(m, found, ctx, data.manualMatches ?? []);
      const preview = await this.build(m, found, ctx, manual);

      const writes: AttendanceWrite[] = [];
      for (const x of preview.matched) {
        if (x.current?.status === AttendanceStatus.Excused) continue;
        writes.push({
          sessionId: ctx.session.id,
          userId: x.student.id,
          status: x.proposedStatus,
          minutes: x.proposedMinutes,
          ...(x.joinedAt !== undefined ? { joinedAt: x.joinedAt, leftAt: x.leftAt } : {}),
        });
      }
      for (const s of preview.absent) {
        // Not in the report: absent, unless a mentor recorded them (or excused them). A
        // self check-in alone is not attendance — the report is the evidence.
        if (keepsRecordWhenAbsentFromReport(preview.absentCurrent.get(s.id))) continue;
        writes.push({ sessionId: ctx.session.id, userId: s.id, status: AttendanceStatus.Absent, minutes: 0 });
      }
      const changed = await this.attendance.upsertRecords(m, writes, viewer, AttendanceSource.Zoom);

      found.status = ZoomImportStatus.Applied;
      found.appliedAt = new Date();
      found.parsed = {
        ...found.parsed,
        applied: preview.matched.map((x): AppliedZoomMatch => ({ participantKey: x.participant.key, userId: x.student.id, kind: x.kind })),
      };
      await m.save(found);
      const after = await this.build(m, found, ctx, new Map());
      return { preview: after, changed: changed.length, unchanged: after.matched.length + after.absent.length - changed.length };
    });
  }

  /** Manual matches must name participants of this report and enrolled students, each at most once. */
  private async checkManualMatches(m: EntityManager, imp: ZoomImportEntity, ctx: Context, list: { participantKey: string; userId: string }[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (!list.length) return out;
    const keys = new Set(imp.parsed.participants.map((p) => p.key));
    const enrolled = new Set((await this.enrolledStudents(m, ctx.cohort.id)).map((s) => s.id));
    const errors: string[] = [];
    const students = new Set<string>();
    for (const x of list) {
      if (!keys.has(x.participantKey)) errors.push(`“${x.participantKey}” is not a participant of this report.`);
      else if (out.has(x.participantKey)) errors.push(`${this.participantName(imp, x.participantKey)} is matched more than once.`);
      if (!enrolled.has(x.userId)) errors.push('Match participants only to students enrolled in this cohort.');
      else if (students.has(x.userId)) errors.push('A student is matched to more than one participant.');
      out.set(x.participantKey, x.userId);
      students.add(x.userId);
    }
    if (errors.length) {
      const unique = [...new Set(errors)];
      throw AppError.validation({ manualMatches: unique }, unique[0]);
    }
    return out;
  }

  private participantName(imp: ZoomImportEntity, key: string): string {
    return `“${imp.parsed.participants.find((p) => p.key === key)?.name ?? key}”`;
  }

  /** Matches (stored ones once applied; else manual, then email, then name), proposals, absentees and warnings. */
  private async build(m: EntityManager, imp: ZoomImportEntity, ctx: Context, manual: Map<string, string>, extraWarnings: string[] = []): Promise<ZoomPreviewData> {
    const { session, cohort } = ctx;
    const parsed: ZoomImportData = imp.parsed;
    const students = await this.enrolledStudents(m, cohort.id);
    const records = await m.findBy(AttendanceRecordEntity, { sessionId: session.id });
    const recordOf = new Map(records.map((r) => [r.userId, r]));
    const participants = new Map(parsed.participants.map((p) => [p.key, p]));
    const warnings = [...(parsed.warnings ?? []), ...extraWarnings];

    const matches = new Map<string, { student: PersonRow; kind: ZoomMatchKind }>();
    if (imp.status === ZoomImportStatus.Applied && parsed.applied) {
      // As written: the people (enrolled then) may have left the cohort since.
      const people: PersonRow[] = await m.query(
        `SELECT id, display_name AS "displayName", email, time_zone AS "timeZone" FROM app_user WHERE id = ANY($1::uuid[])`,
        [parsed.applied.map((a) => a.userId)],
      );
      const byId = new Map(people.map((p) => [p.id, p]));
      for (const a of parsed.applied) {
        const student = byId.get(a.userId);
        if (student && participants.has(a.participantKey)) matches.set(a.participantKey, { student, kind: a.kind });
      }
    } else {
      this.match(parsed.participants, students, manual, matches, warnings);
    }

    // The host and the cohort's mentors are not students: leave them out of "unmatched".
    const staff: { email: string; displayName: string }[] = await m.query(
      `SELECT u.email, u.display_name AS "displayName" FROM cohort_mentor cm JOIN app_user u ON u.id = cm.user_id WHERE cm.cohort_id = $1`,
      [cohort.id],
    );
    const staffEmails = new Set([...staff.map((s) => s.email.toLowerCase()), ...(parsed.meeting?.hostEmail ? [parsed.meeting.hostEmail] : [])]);
    const staffNames = new Set(staff.flatMap((s) => nameVariants(s.displayName)));
    const unmatched: ParsedParticipant[] = [];
    const leftOut: ParsedParticipant[] = [];
    for (const p of parsed.participants) {
      if (matches.has(p.key)) continue;
      const isStaff = (p.email && staffEmails.has(p.email)) || (!p.email && p.names.some((n) => staffNames.has(n)));
      (isStaff ? leftOut : unmatched).push(p);
    }
    if (leftOut.length) warnings.push(`Left out the host and the cohort’s mentors: ${leftOut.map((p) => p.name).join(', ')}.`);

    const sessionMinutes = Math.max(0, Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000));
    const rule = { presentPercent: cohort.attendancePresentPercent, lateAfterMinutes: cohort.attendanceLateMinutes };
    const matched: ZoomMatchData[] = [];
    for (const [key, { student, kind }] of matches) {
      const p = participants.get(key)!;
      const minutes = p.intervals ? minutesWithin(p.intervals, session.startsAt, session.endsAt) : Math.min(p.minutes, sessionMinutes);
      const status = classifyAttendance({ minutes, sessionMinutes, firstJoin: p.firstJoin, sessionStart: session.startsAt, rule });
      matched.push({
        participant: p,
        student,
        kind,
        proposedStatus: status,
        proposedMinutes: minutes,
        joinedAt: p.intervals ? (p.firstJoin ? new Date(p.firstJoin) : null) : undefined,
        leftAt: p.intervals ? (p.lastLeave ? new Date(p.lastLeave) : null) : undefined,
        current: recordOf.get(student.id) ?? null,
      });
    }
    matched.sort((a, b) => a.student.displayName.localeCompare(b.student.displayName) || a.student.id.localeCompare(b.student.id));

    const matchedIds = new Set(matched.map((x) => x.student.id));
    const absent = students.filter((s) => !matchedIds.has(s.id));
    const absentCurrent = new Map(absent.filter((s) => recordOf.has(s.id)).map((s) => [s.id, recordOf.get(s.id)!]));

    if (imp.status !== ZoomImportStatus.Applied) {
      const excused = matched.filter((x) => x.current?.status === AttendanceStatus.Excused).map((x) => x.student);
      if (excused.length) warnings.push(`Excused students keep their record: ${names(excused)}.`);
      const kept = absent.filter((s) => keepsRecordWhenAbsentFromReport(absentCurrent.get(s.id)));
      if (kept.length) warnings.push(`Not in the report but recorded by a mentor or an earlier report, so kept as they are: ${names(kept)}.`);
      const checkedIn = absent.filter((s) => absentCurrent.get(s.id)?.source === AttendanceSource.SelfCheckIn);
      if (checkedIn.length) {
        warnings.push(`Checked in but not in the report, so they will be marked absent: ${names(checkedIn)}. If they joined under another name, match them by hand.`);
      }
    }
    if (parsed.variant === 'UNIQUE_USERS') {
      warnings.push('This report has no join and leave times (unique users): minutes are Zoom’s totals capped at the session’s length, and lateness cannot be judged.');
    } else if (parsed.participants.length && !parsed.participants.some((p) => p.intervals && minutesWithin(p.intervals, session.startsAt, session.endsAt) > 0)) {
      const first = parsed.participants.map((p) => p.firstJoin).filter((x): x is string => !!x).sort()[0];
      warnings.push(
        `No one in the report was in the meeting during this session (${formatInstant(session.startsAt, imp.zone)}); the first join reads ${first ? formatInstant(first, imp.zone) : 'as nothing'}. Check the session and the time zone (${imp.zone}).`,
      );
    }
    return {
      import: imp,
      alreadyApplied: imp.status === ZoomImportStatus.Applied,
      matched,
      unmatched,
      absent,
      absentCurrent,
      warnings,
    };
  }

  /** Manual matches first, then email (lowercased), then name: one student per participant and one participant per student. */
  private match(
    participants: ParsedParticipant[],
    students: PersonRow[],
    manual: Map<string, string>,
    out: Map<string, { student: PersonRow; kind: ZoomMatchKind }>,
    warnings: string[],
  ): void {
    const byId = new Map(students.map((s) => [s.id, s]));
    const taken = new Set<string>();
    for (const [key, userId] of manual) {
      out.set(key, { student: byId.get(userId)!, kind: ZoomMatchKind.Manual });
      taken.add(userId);
    }
    const byEmail = new Map(students.map((s) => [s.email.toLowerCase(), s]));
    for (const p of participants) {
      if (out.has(p.key) || !p.email) continue;
      const s = byEmail.get(p.email);
      if (s && !taken.has(s.id)) {
        out.set(p.key, { student: s, kind: ZoomMatchKind.Email });
        taken.add(s.id);
      }
    }
    const byName = new Map<string, PersonRow[]>();
    for (const s of students) {
      if (taken.has(s.id)) continue;
      for (const n of nameVariants(s.displayName)) byName.set(n, [...(byName.get(n) ?? []), s]);
    }
    const candidates = new Map<string, PersonRow[]>(); // participant → students
    const claimants = new Map<string, ParsedParticipant[]>(); // student → participants
    for (const p of participants) {
      if (out.has(p.key)) continue;
      const found = [...new Map(p.names.flatMap((n) => byName.get(n) ?? []).map((s) => [s.id, s])).values()];
      if (!found.length) continue;
      candidates.set(p.key, found);
      for (const s of found) claimants.set(s.id, [...(claimants.get(s.id) ?? []), p]);
    }
    for (const p of participants) {
      const found = candidates.get(p.key);
      if (!found) continue;
      if (found.length > 1) {
        warnings.push(`“${p.name}” matches more than one enrolled student by name (${names(found)}); match them by hand.`);
        continue;
      }
      const rivals = claimants.get(found[0].id)!;
      if (rivals.length > 1) {
        if (rivals[0] === p) warnings.push(`${rivals.map((r) => `“${r.name}”`).join(' and ')} all match ${found[0].displayName} by name; match them by hand.`);
        continue;
      }
      out.set(p.key, { student: found[0], kind: ZoomMatchKind.Name });
    }
  }

  private async enrolledStudents(m: EntityManager, cohortId: string): Promise<PersonRow[]> {
    return m.query(
      `SELECT u.id, u.display_name AS "displayName", u.email, u.time_zone AS "timeZone"
         FROM enrollment e JOIN app_user u ON u.id = e.user_id
        WHERE e.cohort_id = $1 AND e.status = 'ENROLLED'
        ORDER BY lower(u.display_name), u.id`,
      [cohortId],
    );
  }
}

/** A record the report cannot overrule: a mentor's mark or an excuse. A bare self check-in can be. */
function keepsRecordWhenAbsentFromReport(current: { source: string; status: string } | undefined): boolean {
  return !!current && (current.source !== AttendanceSource.SelfCheckIn || current.status === AttendanceStatus.Excused);
}
