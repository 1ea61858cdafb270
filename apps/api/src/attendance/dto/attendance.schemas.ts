import { z } from 'zod';

/**
 * Input rules for attendance. Pure zod, no Nest: the web could share them (they would
 * move to packages/shared next to B's attendance math; kept here so B's file stays B's).
 */
export const ATTENDANCE_STATUSES = ['PRESENT', 'LATE', 'LEFT_EARLY', 'ABSENT', 'EXCUSED'] as const;
/** A record's minutes: 0 to a day (contact hours count at most the session's length anyway). */
export const ATTENDANCE_MAX_MINUTES = 24 * 60;

export const attendanceRuleSchema = z.object({
  presentPercent: z.number().int('Use a whole percentage.').min(1, 'Use 1 to 100 %.').max(100, 'Use 1 to 100 %.'),
  lateAfterMinutes: z.number().int('Use whole minutes.').min(0, 'Use 0 to 240 minutes.').max(240, 'Use 0 to 240 minutes.'),
  certificateMinPercent: z.number().int('Use a whole percentage.').min(0, 'Use 0 to 100 %.').max(100, 'Use 0 to 100 %.'),
});
export type AttendanceRuleData = z.infer<typeof attendanceRuleSchema>;

export const setAttendanceSchema = z.object({
  sessionId: z.string().min(1),
  userId: z.uuid({ message: 'Choose a student.' }),
  status: z.enum(ATTENDANCE_STATUSES, { message: 'Choose present, late, left early, absent or excused.' }),
  /** Omitted: 0 for ABSENT/EXCUSED; otherwise what the record had, or the whole session. */
  minutes: z
    .number()
    .int('Use whole minutes.')
    .min(0, 'Minutes cannot be negative.')
    .max(ATTENDANCE_MAX_MINUTES, `Use at most ${ATTENDANCE_MAX_MINUTES} minutes.`)
    .nullish()
    .transform((v) => v ?? undefined),
  /** Omitted: keep the note; empty: clear it. */
  note: z
    .string()
    .trim()
    .max(500, 'A note has at most 500 characters.')
    .nullish()
    .transform((v) => (v === undefined ? undefined : v === null || v === '' ? null : v)),
  expectedVersion: z.number().int().min(0).nullish(),
});
export type SetAttendanceData = z.input<typeof setAttendanceSchema>;
