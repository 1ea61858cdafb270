import { stringify } from 'csv-stringify/sync';
import { inert } from '../homework/gradebook-csv';
import { inZone } from '@gantry/shared';
import type { AttendanceRecordEntity, AttendanceStatus } from './attendance.entity';
import { toContactHours } from './attendance.model';
import type { AttendanceGridData, ChapterAttendanceData } from './attendance.service';

const STATUS_TEXT: Record<AttendanceStatus, string> = {
  PRESENT: 'present',
  LATE: 'late',
  LEFT_EARLY: 'left early',
  ABSENT: 'absent',
  EXCUSED: 'excused',
};

/** "95 (late)"; "absent"; empty when there is no record. */
export function attendanceCell(r: AttendanceRecordEntity | null): string {
  if (!r) return '';
  if (r.status === 'ABSENT' || r.status === 'EXCUSED') return STATUS_TEXT[r.status];
  return `${r.minutes} (${STATUS_TEXT[r.status]})`;
}

const hoursText = (minutes: number) => (Math.round((minutes / 60) * 100) / 100).toFixed(2);

/** UTF-8 with a BOM, RFC 4180 (CRLF, quoted fields), every cell made inert — as the gradebook. */
function toCsv(rows: string[][]): string {
  return stringify(
    rows.map((row) => row.map(inert)),
    { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ },
  );
}

function totals(row: AttendanceGridData['rows'][number], certificateMinPercent: number): string[] {
  const h = toContactHours(row.hours, certificateMinPercent);
  return [String(h.minutes), hoursText(h.minutes), hoursText(h.possibleMinutes), String(h.percent), h.certificateEligible ? 'yes' : 'no'];
}

const TOTAL_HEADERS = ['Minutes', 'Hours', 'Possible hours', 'Attended %', 'Certificate'];

/** One cohort: Student, Email, one column per session ("1 · 2026-03-10 · title"), then totals. */
export function cohortAttendanceCsv(g: Pick<AttendanceGridData, 'cohort' | 'sessions' | 'rows'>): string {
  const header = [
    'Student',
    'Email',
    ...g.sessions.map((s, i) => `${i + 1} · ${inZone(s.startsAt, g.cohort.timeZone).toISODate()}${s.title ? ` · ${s.title}` : ''}`),
    ...TOTAL_HEADERS,
  ];
  const records = g.rows.map((r) => [r.student.displayName, r.student.email, ...r.cells.map(attendanceCell), ...totals(r, g.cohort.certificateMinPercent)]);
  return toCsv([header, ...records]);
}

/** A chapter: one row per cohort and enrolled student, sessions by position (Session 1…N), then totals. */
export function chapterAttendanceCsv(data: ChapterAttendanceData): string {
  const width = Math.max(0, ...data.cohorts.map((c) => c.sessions.length));
  const header = ['Cohort', 'Student', 'Email', ...Array.from({ length: width }, (_, i) => `Session ${i + 1}`), ...TOTAL_HEADERS];
  const records: string[][] = [];
  for (const c of data.cohorts) {
    for (const r of c.rows) {
      const cells = Array.from({ length: width }, (_, i) => (i < c.sessions.length ? attendanceCell(r.cells[i]) : ''));
      records.push([c.cohort.title, r.student.displayName, r.student.email, ...cells, ...totals(r, c.cohort.certificateMinPercent)]);
    }
  }
  return toCsv([header, ...records]);
}
