import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ChapterRole, DateTime, Role, todayIn } from '@gantry/shared';
import type { Viewer } from '../common/auth/viewer';
import { CohortsService } from '../cohorts/cohorts.service';
import { CohortStatus } from '../cohorts/cohort.entity';
import { SessionStatus } from '../cohorts/cohort-session.entity';
import { EnrollmentService } from '../enrollment/enrollment.service';
import { RemindersService } from '../calendar/reminders.service';
import { AttendanceService, type AttendanceWrite } from '../attendance/attendance.service';
import { AttendanceSource, AttendanceStatus } from '../attendance/attendance.entity';
import { CertificatesService } from '../certificates/certificates.service';
import { CeService } from '../ce/ce.service';

const CHAPTER_SLUG = 'cabmet';
const MENTOR = 'mentor@cabmet.test';
const STUDENT1 = 'student1@gantry.test';

/** Who attended what (minutes of each two-hour session): two and a half qualify at 75 %, one does not. */
const PAST_STUDENTS: { email: string; sessions: [AttendanceStatus, number][] }[] = [
  { email: STUDENT1, sessions: Array.from({ length: 5 }, () => [AttendanceStatus.Present, 120] as [AttendanceStatus, number]) },
  {
    email: 'student2@gantry.test',
    sessions: [[AttendanceStatus.Present, 120], [AttendanceStatus.Late, 100], [AttendanceStatus.Present, 120], [AttendanceStatus.Present, 120], [AttendanceStatus.Present, 120]],
  },
  {
    email: 'student4@gantry.test',
    sessions: [[AttendanceStatus.Present, 120], [AttendanceStatus.Absent, 0], [AttendanceStatus.LeftEarly, 60], [AttendanceStatus.Present, 120], [AttendanceStatus.Excused, 0]],
  },
  {
    email: 'student7@gantry.test',
    sessions: [[AttendanceStatus.Late, 105], [AttendanceStatus.Present, 120], [AttendanceStatus.Present, 120], [AttendanceStatus.LeftEarly, 80], [AttendanceStatus.Present, 120]],
  },
];

/** The most recent spring whose study group (five Tuesdays from the first one in March) is over. */
function lastSpring(now: DateTime): { year: number; firstSession: DateTime } {
  const firstTuesdayOfMarch = (year: number) => {
    const march = DateTime.fromObject({ year, month: 3, day: 1, hour: 19 }, { zone: 'America/Denver' });
    return march.plus({ days: (2 - march.weekday + 7) % 7 });
  };
  let year = now.setZone('America/Denver').year;
  if (firstTuesdayOfMarch(year).plus({ weeks: 5 }) > now) year -= 1;
  return { year, firstSession: firstTuesdayOfMarch(year) };
}

export function pastCohortTitle(now: DateTime = DateTime.utc()): string {
  return `CRES study group — Spring ${lastSpring(now).year}`;
}

/**
 * A finished study group for the demo: last spring's cohort of the demo chapter (five
 * Tuesday evenings), four students with their attendance, COMPLETED, certificates issued
 * to the three who attended enough, and for student1 a certification profile and one hour
 * logged from elsewhere, so the CE ledger and eligibility pages have something to show.
 * Built through the services people use; only the session dates are written directly,
 * since nobody can schedule sessions in the past. Skips when the cohort exists; returns
 * whether it ran.
 */
export async function seedCertificates(app: INestApplicationContext): Promise<boolean> {
  const db = app.get(DataSource);
  const [chapter]: { id: string }[] = await db.query(`SELECT id FROM chapter WHERE slug = $1`, [CHAPTER_SLUG]);
  if (!chapter) return false;
  const title = pastCohortTitle();
  const [existing] = await db.query(`SELECT id FROM cohort WHERE chapter_id = $1 AND title = $2`, [chapter.id, title]);
  if (existing) return false;
  const users: { id: string; email: string }[] = await db.query(`SELECT id, email FROM app_user WHERE email = ANY($1::text[])`, [
    [MENTOR, ...PAST_STUDENTS.map((s) => s.email)],
  ]);
  const idOf = (email: string) => users.find((u) => u.email === email)?.id;
  if (!idOf(MENTOR) || PAST_STUDENTS.some((s) => !idOf(s.email))) return false;
  const viewer = (email: string, mentor = false): Viewer => ({
    userId: idOf(email)!,
    sessionId: 'seed',
    email,
    isPlatformAdmin: false,
    roles: mentor ? [Role.Student, Role.Mentor] : [Role.Student],
    memberships: mentor ? [{ chapterId: chapter.id, role: ChapterRole.Mentor }] : [],
  });
  const mentor = viewer(MENTOR, true);

  // Planned far ahead (clear of the upcoming demo cohort), then moved to last spring.
  const cohorts = app.get(CohortsService);
  const placeholder = DateTime.utc().setZone('America/Denver').plus({ days: 200 }).toISODate()!;
  const cohort = await cohorts.create(mentor, {
    chapterId: chapter.id,
    title,
    description: 'Last spring’s group: five Tuesday evenings over Zoom, from X-ray generators to PACS, ending with a practice exam.',
    modalityCodes: ['RAD', 'CT', 'PACS'],
    capacity: 12,
    timeZone: 'America/Denver',
    meetingUrl: 'https://zoom.us/j/95550100456',
    meetingPasscode: 'spring',
    requiresApproval: false,
    pattern: { startDate: placeholder, localTime: '19:00', durationMinutes: 120, cadence: 'WEEKLY', count: 5 },
    sessionTitles: ['Generators and tubes', 'Digital detectors', 'CT hardware', 'PACS and DICOM', 'Practice exam'],
  });
  await cohorts.setStatus(mentor, cohort.id, CohortStatus.Open);
  const enrollment = app.get(EnrollmentService);
  for (const s of PAST_STUDENTS) await enrollment.enroll(viewer(s.email), cohort.id);

  const { firstSession } = lastSpring(DateTime.utc());
  const sessions: { id: string }[] = await db.query(`SELECT id FROM cohort_session WHERE cohort_id = $1 ORDER BY starts_at`, [cohort.id]);
  const reminders = app.get(RemindersService);
  await db.transaction(async (m) => {
    for (const [i, s] of sessions.entries()) {
      const startsAt = firstSession.plus({ weeks: i }).toJSDate();
      await m.query(`UPDATE cohort_session SET starts_at = $2, ends_at = $3, sequence = sequence + 1 WHERE id = $1`, [s.id, startsAt, DateTime.fromJSDate(startsAt).plus({ minutes: 120 }).toJSDate()]);
      // Reminders for a past session count as sent.
      await reminders.plan(m, { id: s.id, startsAt, status: SessionStatus.Scheduled });
    }
  });
  await cohorts.setStatus(mentor, cohort.id, CohortStatus.Running);

  const rows: AttendanceWrite[] = PAST_STUDENTS.flatMap((student) =>
    student.sessions.map(([status, minutes], i) => ({ sessionId: sessions[i].id, userId: idOf(student.email)!, status, minutes })),
  );
  await db.transaction((m) => app.get(AttendanceService).upsertRecords(m, rows, { userId: mentor.userId }, AttendanceSource.Mentor));

  await cohorts.setStatus(mentor, cohort.id, CohortStatus.Completed);
  await app.get(CertificatesService).issue(mentor, cohort.id);

  // student1: certified two years ago, still logging hours.
  const ce = app.get(CeService);
  const student = viewer(STUDENT1);
  const today = DateTime.fromISO(todayIn('America/Denver'), { zone: 'UTC' });
  await ce.saveProfile(student, {
    certifiedOn: today.minus({ years: 2, months: 1 }).set({ day: 15 }).toISODate(),
    degree: 'BMET_ASSOCIATE',
    bmetYears: 6,
    experienceAsOf: today.minus({ months: 3 }).toISODate(),
    imagingPercent: 65,
    expectedVersion: 0,
  });
  await ce.addEntry(student, {
    title: 'Vendor webinar: CT detector calibration and air scans',
    provider: 'GE HealthCare',
    completedOn: today.minus({ days: 40 }).toISODate()!,
    hours: 1.5,
    note: 'Attendance certificate saved with my records.',
  });
  return true;
}
