/**
 * CRES credential math shared by the API and the web (see DESIGN.md, "The exam and the
 * credential"): the recertification cycle a certificant is in, the eligibility self-check,
 * and the validation of the inputs both sides show messages for. Every number comes from a
 * rule edition (versioned data a platform admin publishes), never from this file.
 *
 * Dates without a time are ISO strings "YYYY-MM-DD"; "today" is the user's local date.
 */
import { z } from 'zod';
import { DateTime } from './time';

export const DEGREE_KINDS = ['BMET_ASSOCIATE', 'MILITARY_BMET', 'ELECTRONICS_ASSOCIATE', 'NONE'] as const;
export type DegreeKind = (typeof DEGREE_KINDS)[number];

export const DEGREE_LABELS: Readonly<Record<DegreeKind, string>> = {
  BMET_ASSOCIATE: 'Associate degree in biomedical equipment technology',
  MILITARY_BMET: 'U.S. military BMET program',
  ELECTRONICS_ASSOCIATE: 'Associate degree in electronics',
  NONE: 'No degree',
};

export interface EligibilityPath {
  id: string;
  label: string;
  /** The education the path starts from; NONE: open to everyone, whatever their degree. */
  degree: DegreeKind;
  /** Years of full-time BMET work the path asks for. */
  minYears: number;
}

export interface CredentialRules {
  edition: string;
  effectiveFrom: string;
  /** True while a number in the edition is an assumption rather than published (e.g. the unit ratio). */
  provisional: boolean;
  cycleYears: number;
  requiredUnits: number;
  /** Continuing-education units per contact hour: a setting, not a published rule. */
  unitsPerContactHour: number;
  minImagingPercent: number;
  candidateYears: number;
  paths: EligibilityPath[];
}

/** The paths AAMI publishes (DESIGN.md); the migration seeds the first edition with these. */
export const CRES_PATHS_2025: readonly EligibilityPath[] = [
  { id: 'bmet-associate', label: 'Associate degree in BMET + 2 years of full-time BMET work', degree: 'BMET_ASSOCIATE', minYears: 2 },
  { id: 'military-bmet', label: 'U.S. military BMET program + 2 years of full-time BMET work', degree: 'MILITARY_BMET', minYears: 2 },
  { id: 'electronics-associate', label: 'Associate degree in electronics + 3 years of full-time BMET work', degree: 'ELECTRONICS_ASSOCIATE', minYears: 3 },
  { id: 'experience', label: '4 years of full-time BMET work (no degree needed)', degree: 'NONE', minYears: 4 },
];

// ---- dates ----

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function day(iso: string): DateTime {
  return DateTime.fromISO(iso, { zone: 'UTC' }).startOf('day');
}

function isoDay(d: DateTime): string {
  return d.toISODate()!;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: unknown): s is string {
  return typeof s === 'string' && ISO_DATE.test(s) && DateTime.fromISO(s, { zone: 'UTC' }).isValid;
}

/** The calendar date now in a zone ("today" for someone living there). */
export function todayIn(zone: string, now: DateTime = DateTime.utc()): string {
  return isoDay(now.setZone(zone));
}

// ---- recertification ----

export interface RecertificationCycleInfo {
  /** 0 for the cycle that starts on the certification date. */
  index: number;
  startsOn: string;
  /** The last day of the cycle (inclusive); the next cycle starts the day after. */
  endsOn: string;
  /** Whole days from today to endsOn: 0 on the last day. */
  daysLeft: number;
}

/**
 * The cycle `today` falls in: cycles of `cycleYears` counted from the certification date
 * (each start computed from that date, so a 29 February certification does not drift).
 * Before the certification date, the first cycle.
 */
export function recertificationCycle(certifiedOn: string, today: string, rules: Pick<CredentialRules, 'cycleYears'>): RecertificationCycleInfo {
  const start0 = day(certifiedOn);
  const now = day(today);
  const years = Math.max(1, Math.floor(rules.cycleYears));
  const startOf = (k: number) => start0.plus({ years: k * years });
  let index = now < start0 ? 0 : Math.max(0, Math.floor(now.diff(start0, 'years').years / years));
  // diff in years is calendar-aware but can land a day off at leap years: settle it exactly.
  while (index > 0 && startOf(index) > now) index--;
  while (startOf(index + 1) <= now) index++;
  const startsOn = startOf(index);
  const endsOn = startOf(index + 1).minus({ days: 1 });
  return {
    index,
    startsOn: isoDay(startsOn),
    endsOn: isoDay(endsOn),
    daysLeft: Math.max(0, Math.round(endsOn.diff(now, 'days').days)),
  };
}

/** Continuing-education units for contact hours, at the edition's ratio (two decimals). */
export function ceUnits(hours: number, rules: Pick<CredentialRules, 'unitsPerContactHour'>): number {
  return Math.round(hours * rules.unitsPerContactHour * 100) / 100;
}

/** Whether a date falls inside a cycle (both ends included). */
export function inCycle(date: string, cycle: Pick<RecertificationCycleInfo, 'startsOn' | 'endsOn'>): boolean {
  return date >= cycle.startsOn && date <= cycle.endsOn;
}

/** Units earned in the cycle from entries (hours) completed inside it, and the share of the requirement (0–100). */
export function cycleProgress(
  entries: readonly { completedOn: string; hours: number }[],
  cycle: Pick<RecertificationCycleInfo, 'startsOn' | 'endsOn'>,
  rules: Pick<CredentialRules, 'unitsPerContactHour' | 'requiredUnits'>,
): { earnedUnits: number; percent: number } {
  const hours = entries.filter((e) => inCycle(e.completedOn, cycle)).reduce((s, e) => s + e.hours, 0);
  const earnedUnits = ceUnits(hours, rules);
  const percent = rules.requiredUnits > 0 ? Math.min(100, Math.floor((earnedUnits / rules.requiredUnits) * 100)) : 100;
  return { earnedUnits, percent };
}

// ---- eligibility ----

export interface EligibilityProfile {
  degree: DegreeKind | null;
  /** Years of full-time BMET work as of `experienceAsOf` (one decimal). */
  bmetYears: number | null;
  /** The date `bmetYears` was true on; experience keeps accruing from it. Null: today. */
  experienceAsOf: string | null;
  /** Share of full-time work on imaging or radiology equipment. */
  imagingPercent: number | null;
}

export interface EligibilityOutcome {
  eligible: boolean;
  /** The path they qualify by now, or (not yet eligible) the one that gets them there first. */
  path: EligibilityPath | null;
  /** What stands between them and the exam, in words (empty when eligible). */
  missing: string[];
  /** When only experience is missing: the date they will have enough, if they keep working full-time. */
  eligibleOn: string | null;
  /**
   * When only experience is missing and they will have it within the edition's candidate
   * years: sitting the exam now as a candidate, the date by which the requirements must be met.
   */
  candidateUntil: string | null;
}

function formatYears(y: number): string {
  const r = Math.round(y * 10) / 10;
  return `${r} year${r === 1 ? '' : 's'}`;
}

/** A readable date for messages: "March 1, 2027". */
export function formatLocalDate(iso: string, locale = 'en-US'): string {
  return day(iso).setLocale(locale).toFormat('LLLL d, yyyy');
}

/** The date `years` (tenths count) after `from`: whole years on the calendar, the rest in days. */
function addYears(from: DateTime, years: number): DateTime {
  const tenths = Math.max(0, Math.ceil(Math.round(years * 1000) / 100));
  const whole = Math.floor(tenths / 10);
  const rest = tenths % 10;
  return from.plus({ years: whole }).plus({ days: Math.ceil((rest * 365.25) / 10) });
}

/**
 * The CRES self-check (DESIGN.md): a path by degree and years of BMET work, and in every
 * path at least `minImagingPercent` % of the work on imaging equipment. Paths with degree
 * NONE are open to everyone. Experience accrues from `experienceAsOf`.
 */
export function checkEligibility(profile: EligibilityProfile, rules: CredentialRules, today: string): EligibilityOutcome {
  const missing: string[] = [];
  const none: EligibilityOutcome = { eligible: false, path: null, missing, eligibleOn: null, candidateUntil: null };
  if (!profile.degree) missing.push('Tell us your education: a BMET or electronics associate degree, a U.S. military BMET program, or none.');
  if (profile.bmetYears === null || profile.bmetYears === undefined) missing.push('Enter your years of full-time BMET work.');
  if (profile.imagingPercent === null || profile.imagingPercent === undefined) missing.push('Enter the share of your work spent on imaging or radiology equipment.');
  if (missing.length) return none;

  const imagingOk = profile.imagingPercent! >= rules.minImagingPercent;
  if (!imagingOk) {
    missing.push(
      `At least ${rules.minImagingPercent} % of your full-time work must be on imaging or radiology equipment, and documented; you entered ${profile.imagingPercent} %.`,
    );
  }

  const applicable = rules.paths.filter((p) => p.degree === profile.degree || p.degree === 'NONE');
  if (!applicable.length) {
    missing.push('No path of the current rules starts from your education.');
    return none;
  }
  const asOf = day(profile.experienceAsOf ?? today);
  const now = day(today);
  // The path reached first (ties: the order of the edition).
  const reach = applicable
    .map((path) => ({ path, on: addYears(asOf, path.minYears - profile.bmetYears!) }))
    .reduce((best, x) => (x.on < best.on ? x : best));

  if (reach.on <= now) {
    if (imagingOk) return { eligible: true, path: reach.path, missing: [], eligibleOn: null, candidateUntil: null };
    return none;
  }
  const yearsNow = profile.bmetYears! + Math.max(0, now.diff(asOf, 'years').years);
  missing.push(
    `${reach.path.label}: you have about ${formatYears(yearsNow)} of full-time BMET work; at this pace you will have ${formatYears(reach.path.minYears)} on ${formatLocalDate(isoDay(reach.on))}.`,
  );
  if (!imagingOk) return none;
  const candidateEnd = now.plus({ years: rules.candidateYears });
  return {
    eligible: false,
    path: reach.path,
    missing,
    eligibleOn: isoDay(reach.on),
    candidateUntil: rules.candidateYears > 0 && reach.on <= candidateEnd ? isoDay(candidateEnd) : null,
  };
}

// ---- validation (the web shows the same messages) ----

const dateField = (what: string) => z.string({ message: `Enter ${what} as a date.` }).refine(isIsoDate, `Enter ${what} as a date (YYYY-MM-DD).`);
const notAfter = (today: string) => (s: string) => !isIsoDate(s) || s <= today;
const twoDecimals = (n: number) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6;

/** A continuing-education entry a certificant logs themselves (hours from elsewhere). */
export function ceEntrySchema(today: string) {
  return z.object({
    title: z.string({ message: 'Name the course or activity.' }).trim().min(2, 'Name the course or activity (at least 2 characters).').max(200, 'A title has at most 200 characters.'),
    provider: z
      .string()
      .trim()
      .max(200, 'A provider has at most 200 characters.')
      .nullish()
      .transform((s) => (s ? s : null)),
    completedOn: dateField('the completion date')
      .refine(notAfter(today), 'The completion date cannot be in the future.')
      .refine((s) => !isIsoDate(s) || s >= '1970-01-01', 'The completion date is too far in the past.'),
    hours: z
      .number({ message: 'Enter the contact hours.' })
      .gt(0, 'Hours must be more than 0.')
      .max(100, 'One entry has at most 100 hours; split longer programs.')
      .refine(twoDecimals, 'Use at most two decimals.'),
    note: z
      .string()
      .trim()
      .max(2000, 'A note has at most 2,000 characters.')
      .nullish()
      .transform((s) => (s ? s : null)),
  });
}
export type CeEntryInput = z.infer<ReturnType<typeof ceEntrySchema>>;

/** The certification profile: the eligibility inputs and the certification date. */
export function certificationProfileSchema(today: string) {
  return z.object({
    certifiedOn: dateField('the certification date').refine(notAfter(today), 'The certification date cannot be in the future.').nullish().transform((s) => s ?? null),
    degree: z
      .enum(DEGREE_KINDS, { message: 'Choose your education from the list.' })
      .nullish()
      .transform((s) => s ?? null),
    bmetYears: z
      .number({ message: 'Enter your years of BMET work as a number.' })
      .min(0, 'Years of BMET work cannot be negative.')
      .max(60, 'Years of BMET work are at most 60.')
      .refine((n) => Math.abs(n * 10 - Math.round(n * 10)) < 1e-6, 'Use at most one decimal, like 2.5.')
      .nullish()
      .transform((s) => s ?? null),
    experienceAsOf: dateField('the date your years of experience were counted')
      .refine(notAfter(today), 'That date cannot be in the future.')
      .nullish()
      .transform((s) => s ?? null),
    imagingPercent: z
      .number({ message: 'Enter a percentage.' })
      .int('Use a whole percentage.')
      .min(0, 'A percentage is between 0 and 100.')
      .max(100, 'A percentage is between 0 and 100.')
      .nullish()
      .transform((s) => s ?? null),
  });
}
export type CertificationProfileInput = z.infer<ReturnType<typeof certificationProfileSchema>>;

const pathSchema = z.object({
  id: z.string().trim().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'A path id uses lowercase letters, digits and hyphens.').max(40, 'A path id has at most 40 characters.'),
  label: z.string().trim().min(3, 'Describe the path.').max(200, 'A label has at most 200 characters.'),
  degree: z.enum(DEGREE_KINDS, { message: 'Choose the education the path starts from.' }),
  minYears: z.number().min(0, 'Years are at least 0.').max(20, 'Years are at most 20.'),
});

/** A new rule edition (platform admins). */
export const credentialRulesSchema = z
  .object({
    edition: z
      .string()
      .trim()
      .min(1, 'Name the edition, like 2025-06.')
      .max(40, 'An edition name has at most 40 characters.')
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'Use letters, digits, dots and hyphens, like 2025-06.'),
    effectiveFrom: dateField('the effective date'),
    provisional: z.boolean().default(false),
    cycleYears: z.number().int('Use whole years.').min(1, 'A cycle is 1 to 10 years.').max(10, 'A cycle is 1 to 10 years.'),
    requiredUnits: z.number().int('Use whole units.').min(1, 'Require 1 to 500 units.').max(500, 'Require 1 to 500 units.'),
    unitsPerContactHour: z.number().gt(0, 'The ratio is more than 0.').max(10, 'The ratio is at most 10 units per hour.'),
    minImagingPercent: z.number().int('Use a whole percentage.').min(0, 'A percentage is between 0 and 100.').max(100, 'A percentage is between 0 and 100.'),
    candidateYears: z.number().int('Use whole years.').min(0, 'Candidate years are 0 to 10.').max(10, 'Candidate years are 0 to 10.'),
    paths: z.array(pathSchema).min(1, 'Give at least one eligibility path.').max(12, 'At most 12 paths.'),
  })
  .superRefine((r, ctx) => {
    const ids = r.paths.map((p) => p.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['paths'], message: 'Each path needs its own id.' });
  });
export type CredentialRulesInput = z.infer<typeof credentialRulesSchema>;
