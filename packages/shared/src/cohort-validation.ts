/** Validation rules for cohorts and sessions, shared by the wizard and the API. */
import { z } from 'zod';
import { timeZoneSchema } from './validation';
import { Cadence, isValidLocalDate, parseLocalTime, SESSION_COUNT_MAX, SESSION_COUNT_MIN, SESSION_MINUTES_MAX, SESSION_MINUTES_MIN } from './schedule';

export const CAPACITY_MAX = 500;

const localDateSchema = z.string().refine(isValidLocalDate, 'Enter a date as YYYY-MM-DD.');
const localTimeSchema = z.string().refine((t) => parseLocalTime(t) !== null, 'Enter a time as HH:MM (24-hour), like 19:00.');
const durationSchema = z
  .number({ message: 'Enter the length in minutes.' })
  .int('Use whole minutes.')
  .min(SESSION_MINUTES_MIN, `A session lasts at least ${SESSION_MINUTES_MIN} minutes.`)
  .max(SESSION_MINUTES_MAX, `A session lasts at most ${SESSION_MINUTES_MAX} minutes (4 hours).`);

export const meetingUrlSchema = z
  .string()
  .trim()
  .max(500, 'A meeting link has at most 500 characters.')
  .refine((u) => u === '' || /^https:\/\/[^\s]+$/i.test(u), 'Use the https:// link of the meeting (for example your Zoom link).')
  .transform((u) => (u === '' ? null : u));

export const schedulePatternSchema = z
  .object({
    startDate: localDateSchema,
    localTime: localTimeSchema,
    durationMinutes: durationSchema,
    cadence: z.enum([Cadence.Weekly, Cadence.Biweekly, Cadence.Custom]),
    count: z
      .number()
      .int()
      .min(SESSION_COUNT_MIN, `Plan at least ${SESSION_COUNT_MIN} session.`)
      .max(SESSION_COUNT_MAX, `Plan at most ${SESSION_COUNT_MAX} sessions.`),
    weekday: z.number().int().min(1).max(7).nullish(),
    dates: z.array(localDateSchema).max(SESSION_COUNT_MAX, `Pick at most ${SESSION_COUNT_MAX} dates.`).nullish(),
  })
  .superRefine((p, ctx) => {
    if (p.cadence === Cadence.Custom && (!p.dates || p.dates.length < SESSION_COUNT_MIN)) {
      ctx.addIssue({ code: 'custom', path: ['dates'], message: 'Pick the dates of the sessions.' });
    }
  });

const cohortFields = {
  title: z.string().trim().min(3, 'A title has at least 3 characters.').max(160, 'A title has at most 160 characters.'),
  description: z.string().trim().max(8000, 'A description has at most 8000 characters.').default(''),
  modalityCodes: z.array(z.string().trim().min(1)).min(1, 'Choose at least one modality.').max(20),
  capacity: z.number().int('Use a whole number.').min(1, 'A cohort has room for at least 1 student.').max(CAPACITY_MAX, `A cohort has room for at most ${CAPACITY_MAX} students.`),
  timeZone: timeZoneSchema,
  meetingUrl: meetingUrlSchema.nullish(),
  meetingPasscode: z.string().trim().max(100, 'A passcode has at most 100 characters.').nullish(),
  requiresApproval: z.boolean().default(false),
  enrollmentOpensAt: z.iso.datetime({ offset: true, message: 'Enter a date and time.' }).nullish(),
  enrollmentClosesAt: z.iso.datetime({ offset: true, message: 'Enter a date and time.' }).nullish(),
};

function windowOrder<T extends { enrollmentOpensAt?: string | null; enrollmentClosesAt?: string | null }>(v: T, ctx: z.RefinementCtx): void {
  if (v.enrollmentOpensAt && v.enrollmentClosesAt && Date.parse(v.enrollmentClosesAt) <= Date.parse(v.enrollmentOpensAt)) {
    ctx.addIssue({ code: 'custom', path: ['enrollmentClosesAt'], message: 'Enrollment must close after it opens.' });
  }
}

export const createCohortSchema = z
  .object({
    chapterId: z.uuid({ message: 'Choose a chapter.' }),
    ...cohortFields,
    pattern: schedulePatternSchema,
    sessionTitles: z.array(z.string().trim().max(160, 'A session title has at most 160 characters.')).max(SESSION_COUNT_MAX).nullish(),
    templateId: z.uuid().nullish(),
  })
  .superRefine(windowOrder);

export const updateCohortSchema = z
  .object({
    ...cohortFields,
    enrollmentClosed: z.boolean().default(false),
  })
  .superRefine(windowOrder);

export const rescheduleSessionSchema = z.object({
  localDate: localDateSchema,
  localTime: localTimeSchema,
  durationMinutes: durationSchema,
  title: z.string().trim().max(160, 'A session title has at most 160 characters.').default(''),
});

export const shiftSessionsSchema = z.object({
  days: z
    .number()
    .int('Shift by whole days.')
    .min(-90, 'Shift by at most 90 days.')
    .max(90, 'Shift by at most 90 days.')
    .refine((d) => d !== 0, 'Choose how many days to shift by.'),
});

export const announcementSchema = z.object({
  body: z.string().trim().min(1, 'Write the announcement.').max(4000, 'An announcement has at most 4000 characters.'),
});

export const templateNameSchema = z.object({
  name: z.string().trim().min(2, 'A template name has at least 2 characters.').max(160, 'A template name has at most 160 characters.'),
});

export const inviteCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{6,16}$/, 'An invite code has 6 to 16 letters and digits.');
