/**
 * Schedule math for cohorts: sessions are generated and edited as local wall-clock times
 * in the cohort's IANA zone, and stored as instants. A 7 pm session stays at 7 pm local on
 * both sides of a daylight-saving change. Pure functions over luxon; no raw Date arithmetic.
 */
import { DateTime, IANAZone } from 'luxon';

export const Cadence = { Weekly: 'WEEKLY', Biweekly: 'BIWEEKLY', Custom: 'CUSTOM' } as const;
export type Cadence = (typeof Cadence)[keyof typeof Cadence];

export const SESSION_COUNT_MIN = 1;
export const SESSION_COUNT_MAX = 20;
export const SESSION_MINUTES_MIN = 30;
export const SESSION_MINUTES_MAX = 240;
/** The Join button is live from this many minutes before the start until the end. */
export const JOIN_OPENS_MINUTES_BEFORE = 15;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface SchedulePattern {
  zone: string;
  /** First possible day, `YYYY-MM-DD` in the cohort's zone. */
  startDate: string;
  /** Local wall-clock start, `HH:mm` (24 h). */
  localTime: string;
  durationMinutes: number;
  count: number;
  cadence: Cadence;
  /** Weekly/biweekly: the weekday sessions fall on (defaults to the start date's). */
  weekday?: IsoWeekday;
  /** Custom cadence: the hand-picked local dates, `YYYY-MM-DD`. */
  dates?: string[];
}

export interface PlannedSession {
  index: number;
  /** Local date and time in the cohort's zone. */
  localDate: string;
  localTime: string;
  startsAt: string; // ISO instant, UTC
  endsAt: string;
  /**
   * True when the wall-clock time does not exist that day (spring-forward gap) and the
   * session moved to the first valid time after it.
   */
  shifted: boolean;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseLocalTime(hhmm: string): { hour: number; minute: number } | null {
  const m = TIME.exec(hhmm);
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : null;
}

export function isValidLocalDate(date: string): boolean {
  return DATE.test(date) && DateTime.fromISO(date, { zone: 'UTC' }).isValid;
}

/**
 * The instant of a local date and time in a zone. In a spring-forward gap, luxon moves
 * forward to the first valid time; `shifted` says so. In a fall-back overlap, the first
 * (earlier, daylight) occurrence is taken.
 */
export function localToInstant(localDate: string, localTime: string, zone: string): { instant: DateTime; shifted: boolean } {
  const t = parseLocalTime(localTime);
  const d = DateTime.fromISO(localDate, { zone });
  if (!t || !d.isValid || !IANAZone.isValidZone(zone)) throw new RangeError(`Invalid local date/time ${localDate} ${localTime} ${zone}`);
  const instant = d.set({ hour: t.hour, minute: t.minute, second: 0, millisecond: 0 });
  const shifted = instant.hour !== t.hour || instant.minute !== t.minute || instant.toISODate() !== localDate;
  return { instant, shifted };
}

/** Local dates the pattern produces (without times). */
export function patternDates(p: SchedulePattern): string[] {
  if (p.cadence === Cadence.Custom) {
    return [...new Set(p.dates ?? [])].filter(isValidLocalDate).sort().slice(0, SESSION_COUNT_MAX);
  }
  let first = DateTime.fromISO(p.startDate, { zone: p.zone });
  const weekday = p.weekday ?? (first.weekday as IsoWeekday);
  first = first.plus({ days: (weekday - first.weekday + 7) % 7 });
  const step = p.cadence === Cadence.Biweekly ? 2 : 1;
  return Array.from({ length: p.count }, (_, i) => first.plus({ weeks: i * step }).toISODate()!);
}

/** Plan the sessions of a pattern: local wall times kept, instants computed per date. */
export function planSessions(p: SchedulePattern): PlannedSession[] {
  return patternDates(p).map((date, index) => {
    const { instant, shifted } = localToInstant(date, p.localTime, p.zone);
    return {
      index,
      localDate: instant.toISODate()!,
      localTime: instant.toFormat('HH:mm'),
      startsAt: instant.toUTC().toISO()!,
      endsAt: instant.plus({ minutes: p.durationMinutes }).toUTC().toISO()!,
      shifted,
    };
  });
}

/**
 * Move an instant by whole days keeping its wall-clock time in the zone (used to shift
 * every later session by a week across a DST change).
 */
export function shiftKeepingLocalTime(startsAt: string, zone: string, days: number): string {
  return DateTime.fromISO(startsAt, { zone: 'UTC' }).setZone(zone).plus({ days }).toUTC().toISO()!;
}

export function endOf(startsAt: string, durationMinutes: number): string {
  return DateTime.fromISO(startsAt, { zone: 'UTC' }).plus({ minutes: durationMinutes }).toUTC().toISO()!;
}

/** Half-open intervals [start, end) overlap. */
export function intervalsOverlap(aStart: string, aEnd: string, bStart: string, bEnd: string): boolean {
  const as = DateTime.fromISO(aStart).toMillis();
  const ae = DateTime.fromISO(aEnd).toMillis();
  const bs = DateTime.fromISO(bStart).toMillis();
  const be = DateTime.fromISO(bEnd).toMillis();
  return as < be && bs < ae;
}

export type JoinState = 'NOT_YET' | 'OPEN' | 'ENDED';

/** Whether the Join button is live: from 15 minutes before the start to the end. */
export function joinState(startsAt: string, endsAt: string, now: DateTime = DateTime.utc()): JoinState {
  const opens = DateTime.fromISO(startsAt).minus({ minutes: JOIN_OPENS_MINUTES_BEFORE });
  if (now < opens) return 'NOT_YET';
  if (now < DateTime.fromISO(endsAt)) return 'OPEN';
  return 'ENDED';
}

/** "in 2 days 3 hours", "in 14 minutes", "now" — for the next-session countdown. */
export function countdown(startsAt: string, now: DateTime = DateTime.utc()): string {
  const diff = DateTime.fromISO(startsAt).diff(now, ['days', 'hours', 'minutes']);
  if (diff.toMillis() <= 0) return 'now';
  const { days, hours, minutes } = diff.shiftTo('days', 'hours', 'minutes').toObject();
  const parts: string[] = [];
  const d = Math.floor(days ?? 0);
  const h = Math.floor(hours ?? 0);
  const m = Math.ceil(minutes ?? 0);
  if (d) parts.push(`${d} day${d === 1 ? '' : 's'}`);
  if (h) parts.push(`${h} hour${h === 1 ? '' : 's'}`);
  if (!d && m) parts.push(`${m} minute${m === 1 ? '' : 's'}`);
  return `in ${parts.join(' ') || 'less than a minute'}`;
}

/**
 * A session time for a viewer: in their zone, with the cohort's local time beside it when
 * the two differ. E.g. "Tue, Mar 10, 8:00 PM CDT (7:00 PM MDT cohort time)".
 */
export function describeForViewer(startsAt: string, viewerZone: string, cohortZone: string, locale = 'en-US'): { viewer: string; cohort: string | null } {
  const instant = DateTime.fromISO(startsAt, { zone: 'UTC' });
  const v = instant.setZone(viewerZone).setLocale(locale);
  const c = instant.setZone(cohortZone).setLocale(locale);
  const viewer = v.toFormat('ccc, LLL d, h:mm a ZZZZ');
  const sameWallClock = v.offset === c.offset;
  return { viewer, cohort: sameWallClock ? null : `${c.toFormat('h:mm a ZZZZ')} cohort time` };
}

/** The local month `YYYY-MM` of an instant in a zone (catalog "start month" filter). */
export function localMonth(startsAt: string, zone: string): string {
  return DateTime.fromISO(startsAt, { zone: 'UTC' }).setZone(zone).toFormat('yyyy-MM');
}

/** Day-of-week label for an ISO weekday. */
export function weekdayName(weekday: IsoWeekday, locale = 'en-US'): string {
  return DateTime.fromObject({ weekday }, { zone: 'UTC' }).setLocale(locale).toFormat('cccc');
}
