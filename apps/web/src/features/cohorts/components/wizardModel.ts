/**
 * The new-cohort wizard's form values, their conversion to `CreateCohortInput`, and
 * validation with the same shared rules the API applies (plus "not in the past", which
 * the API checks against its clock). Pure, so the preview and tests can use it directly.
 */
import { Cadence, createCohortSchema, DateTime, planSessions, type IsoWeekday, type PlannedSession } from '@gantry/shared';
import type { CreateCohortInput } from '@/gql/graphql';

export interface WizardPattern {
  cadence: Cadence;
  /** ISO weekday as a string ("1" = Monday), for the select. */
  weekday: string;
  localTime: string;
  durationMinutes: number | string;
  count: number | string;
  startDate: string;
  dates: string[];
}

export interface WizardValues {
  chapterId: string | null;
  /** A saved template's id, or BUILT_IN. */
  templateId: string;
  title: string;
  description: string;
  modalityCodes: string[];
  capacity: number | string;
  timeZone: string;
  meetingUrl: string;
  meetingPasscode: string;
  requiresApproval: boolean;
  /** `datetime-local` values, read in the cohort's zone. */
  enrollmentOpensAt: string;
  enrollmentClosesAt: string;
  pattern: WizardPattern;
  sessionTitles: string[];
}

export const BUILT_IN = 'builtin';
export const BUILT_IN_NAME = 'CRES study group — five two-hour sessions';

/** The built-in template: five weekly two-hour sessions at 7 pm, starting about a week from now. */
export function initialValues(opts: { chapterId: string | null; timeZone: string; now: DateTime }): WizardValues {
  const start = opts.now.setZone(opts.timeZone).plus({ days: 7 });
  return {
    chapterId: opts.chapterId,
    templateId: BUILT_IN,
    title: '',
    description: '',
    modalityCodes: [],
    capacity: 12,
    timeZone: opts.timeZone,
    meetingUrl: '',
    meetingPasscode: '',
    requiresApproval: false,
    enrollmentOpensAt: '',
    enrollmentClosesAt: '',
    pattern: {
      cadence: Cadence.Weekly,
      weekday: String(start.weekday),
      localTime: '19:00',
      durationMinutes: 120,
      count: 5,
      startDate: start.toISODate()!,
      dates: [],
    },
    sessionTitles: [],
  };
}

function num(v: number | string): number {
  return typeof v === 'number' ? v : v.trim() === '' ? Number.NaN : Number(v);
}

/** A `datetime-local` value in `zone` as an ISO instant with offset, or null when empty. */
export function localDateTimeToIso(local: string, zone: string): string | null {
  if (!local) return null;
  const dt = DateTime.fromISO(local, { zone });
  return dt.isValid ? dt.toISO() : local;
}

/** An ISO instant as a `datetime-local` value in `zone`. */
export function isoToLocalDateTime(iso: string | null | undefined, zone: string): string {
  return iso ? DateTime.fromISO(iso).setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm") : '';
}

export function pickedDates(p: WizardPattern): string[] {
  return [...new Set(p.dates.filter(Boolean))].sort();
}

/** How many sessions the pattern makes (before validation). */
export function sessionCount(p: WizardPattern): number {
  if (p.cadence === Cadence.Custom) return pickedDates(p).length;
  const n = num(p.count);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 20) : 0;
}

export function toCreateCohortInput(v: WizardValues): CreateCohortInput {
  const custom = v.pattern.cadence === Cadence.Custom;
  const dates = pickedDates(v.pattern);
  const n = sessionCount(v.pattern);
  return {
    chapterId: v.chapterId ?? '',
    templateId: v.templateId === BUILT_IN ? null : v.templateId,
    title: v.title.trim(),
    description: v.description.trim(),
    modalityCodes: v.modalityCodes,
    capacity: num(v.capacity),
    timeZone: v.timeZone,
    meetingUrl: v.meetingUrl.trim() || null,
    meetingPasscode: v.meetingPasscode.trim() || null,
    requiresApproval: v.requiresApproval,
    enrollmentOpensAt: localDateTimeToIso(v.enrollmentOpensAt, v.timeZone),
    enrollmentClosesAt: localDateTimeToIso(v.enrollmentClosesAt, v.timeZone),
    pattern: {
      cadence: v.pattern.cadence,
      weekday: custom ? null : num(v.pattern.weekday),
      localTime: v.pattern.localTime,
      durationMinutes: num(v.pattern.durationMinutes),
      count: custom ? dates.length : num(v.pattern.count),
      startDate: custom ? (dates[0] ?? v.pattern.startDate) : v.pattern.startDate,
      dates: custom ? dates : null,
    },
    sessionTitles: Array.from({ length: n }, (_, i) => (v.sessionTitles[i] ?? '').trim()),
  };
}

/** The sessions the pattern makes, or null while the pattern is incomplete or invalid. */
export function previewSessions(v: WizardValues): PlannedSession[] | null {
  const input = toCreateCohortInput(v);
  const p = input.pattern;
  try {
    const planned = planSessions({
      zone: v.timeZone,
      startDate: p.startDate,
      localTime: p.localTime,
      durationMinutes: Number.isFinite(p.durationMinutes) ? p.durationMinutes : 0,
      count: Number.isInteger(p.count) && p.count > 0 && p.count <= 20 ? p.count : 0,
      cadence: p.cadence as Cadence,
      weekday: (p.weekday ?? undefined) as IsoWeekday | undefined,
      dates: p.dates ?? undefined,
    });
    return planned.length ? planned : null;
  } catch {
    return null;
  }
}

/** Errors by form path (`pattern.startDate`), from the shared rules and the clock. */
export function validateWizard(v: WizardValues, now: DateTime): Record<string, string> {
  const errors: Record<string, string> = {};
  const result = createCohortSchema.safeParse(toCreateCohortInput(v));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      const field = path === 'pattern.count' && v.pattern.cadence === Cadence.Custom ? 'pattern.dates' : path;
      errors[field] ??= issue.message;
    }
  }
  // Empty number inputs: say what to enter rather than zod's type message.
  if (!Number.isFinite(num(v.capacity))) errors.capacity = 'Enter how many students can enroll.';
  if (v.pattern.cadence !== Cadence.Custom && !Number.isFinite(num(v.pattern.count))) errors['pattern.count'] = 'Enter how many sessions to plan.';
  if (!errors['pattern.startDate'] && !errors['pattern.localTime'] && !errors['pattern.dates']) {
    const first = previewSessions(v)?.[0];
    if (first && DateTime.fromISO(first.startsAt) <= now) {
      const field = v.pattern.cadence === Cadence.Custom ? 'pattern.dates' : 'pattern.startDate';
      errors[field] = `The first session would be on ${first.localDate} at ${first.localTime}, which has passed. Choose a later start date.`;
    }
  }
  return errors;
}

/** The wizard step each field is on (for moving to the first step with an error). */
export const STEPS = ['Basics', 'Schedule', 'Enrollment', 'Review'] as const;

export function stepOf(path: string): number {
  if (path.startsWith('pattern') || path.startsWith('sessionTitles') || path === 'timeZone') return 1;
  if (['meetingUrl', 'meetingPasscode', 'requiresApproval', 'enrollmentOpensAt', 'enrollmentClosesAt'].includes(path)) return 2;
  return 0;
}
