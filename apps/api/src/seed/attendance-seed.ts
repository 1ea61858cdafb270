import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AttendanceService, type AttendanceWrite } from '../attendance/attendance.service';
import { AttendanceSource, AttendanceStatus } from '../attendance/attendance.entity';

/** What each enrolled student (by name order) did at each past session: a varied, believable week. */
const PATTERN: { status: AttendanceStatus; share: number }[][] = [
  [{ status: AttendanceStatus.Present, share: 1 }],
  [{ status: AttendanceStatus.Late, share: 0.8 }, { status: AttendanceStatus.Present, share: 1 }],
  [{ status: AttendanceStatus.Present, share: 1 }, { status: AttendanceStatus.LeftEarly, share: 0.5 }],
  [{ status: AttendanceStatus.Excused, share: 0 }, { status: AttendanceStatus.Present, share: 1 }],
  [{ status: AttendanceStatus.Absent, share: 0 }, { status: AttendanceStatus.Late, share: 0.9 }],
];

/**
 * Attendance for the demo cohort's sessions that have already ended (as the lead mentor
 * marked it). The demo cohort starts next week, so on a fresh database this writes
 * nothing; it is here for data sets whose sessions lie in the past. Returns how many
 * records it wrote.
 */
export async function seedAttendance(app: INestApplicationContext, cohortId: string): Promise<number> {
  const db = app.get(DataSource);
  const attendance = app.get(AttendanceService);
  const sessions: { id: string; minutes: number }[] = await db.query(
    `SELECT id, (extract(epoch FROM ends_at - starts_at) / 60)::int AS minutes
       FROM cohort_session WHERE cohort_id = $1 AND status = 'SCHEDULED' AND ends_at < now() ORDER BY starts_at`,
    [cohortId],
  );
  if (!sessions.length) return 0;
  const students: { id: string }[] = await db.query(
    `SELECT u.id FROM enrollment e JOIN app_user u ON u.id = e.user_id WHERE e.cohort_id = $1 AND e.status = 'ENROLLED' ORDER BY u.display_name, u.id`,
    [cohortId],
  );
  const [lead]: { id: string }[] = await db.query(`SELECT lead_mentor_id AS id FROM cohort WHERE id = $1`, [cohortId]);
  const rows: AttendanceWrite[] = [];
  sessions.forEach((s, si) =>
    students.forEach((u, ui) => {
      const plan = PATTERN[ui % PATTERN.length];
      const { status, share } = plan[si % plan.length];
      rows.push({ sessionId: s.id, userId: u.id, status, minutes: Math.round(s.minutes * share) });
    }),
  );
  return db.transaction(async (m) => (await attendance.upsertRecords(m, rows, lead ? { userId: lead.id } : null, AttendanceSource.Mentor)).length);
}
