/**
 * Attendance math shared by the API (check-in, roster, Zoom import) and the web app:
 * interval merging, attended minutes within a session window, the status rule, and the
 * date-time formats found in Zoom's participants report. Pure functions, no I/O.
 */
import { DateTime } from './time';

export type AttendanceStatusValue = 'PRESENT' | 'LATE' | 'LEFT_EARLY' | 'ABSENT' | 'EXCUSED';
/** The statuses the rule can propose (EXCUSED is only ever set by a person). */
export type ClassifiedStatus = Exclude<AttendanceStatusValue, 'EXCUSED'>;

/** An instant: a Date, epoch milliseconds, or an ISO string with an offset. */
export type Instant = Date | number | string;

export interface TimeInterval {
  start: Instant;
  end: Instant;
}

/** A merged interval, in epoch milliseconds. */
export interface MsInterval {
  start: number;
  end: number;
}

export interface AttendanceRuleValues {
  /** Share of the session (1..100) a student must attend to count as present. */
  presentPercent: number;
  /** Minutes after the start (0..240) after which a first join counts as late. */
  lateAfterMinutes: number;
}

export const DEFAULT_ATTENDANCE_RULE: AttendanceRuleValues = { presentPercent: 75, lateAfterMinutes: 10 };

function toMs(value: Instant): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  return new Date(value).getTime();
}

/**
 * Sorts intervals and merges the ones that overlap or touch. Intervals that are empty
 * (end ≤ start) or hold an invalid instant are dropped.
 */
export function mergeIntervals(intervals: readonly TimeInterval[]): MsInterval[] {
  const list = intervals
    .map((i) => ({ start: toMs(i.start), end: toMs(i.end) }))
    .filter((i) => Number.isFinite(i.start) && Number.isFinite(i.end) && i.end > i.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: MsInterval[] = [];
  for (const i of list) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ ...i });
  }
  return out;
}

/**
 * Whole minutes (rounded down) covered by the intervals inside [sessionStart, sessionEnd]:
 * time before the start or after the end is not counted, and time covered twice (two devices,
 * a rejoin before the old connection timed out) is counted once.
 */
export function minutesWithin(intervals: readonly TimeInterval[], sessionStart: Instant, sessionEnd: Instant): number {
  const from = toMs(sessionStart);
  const to = toMs(sessionEnd);
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) return 0;
  let ms = 0;
  for (const i of mergeIntervals(intervals)) {
    const start = Math.max(i.start, from);
    const end = Math.min(i.end, to);
    if (end > start) ms += end - start;
  }
  return Math.floor(ms / 60_000);
}

export interface ClassifyAttendanceInput {
  /** Minutes attended within the session window (see `minutesWithin`). */
  minutes: number;
  /** Length of the session in minutes. */
  sessionMinutes: number;
  /** First join; null/undefined when unknown (e.g. Zoom's "unique users" report has no times). */
  firstJoin?: Instant | null;
  /** Scheduled start of the session. */
  sessionStart?: Instant;
  /** Alias of `sessionStart`. */
  start?: Instant;
  rule: AttendanceRuleValues;
}

/**
 * The cohort's attendance rule, applied in this order:
 * 1. no minutes attended (0 or less) → `ABSENT`;
 * 2. "enough" means minutes ≥ presentPercent % of the session's minutes (a session of 0 minutes:
 *    any attendance is enough);
 * 3. "late" means the first join is known and strictly later than start + lateAfterMinutes
 *    (joining before the start is on time);
 * 4. late → `LATE` (whether or not the student then stayed long enough: they arrived late,
 *    and the minutes carry the rest of the story);
 * 5. on time (or join time unknown) and enough → `PRESENT`;
 * 6. on time (or join time unknown) and not enough → `LEFT_EARLY`.
 */
export function classifyAttendance(input: ClassifyAttendanceInput): ClassifiedStatus {
  const { minutes, sessionMinutes, rule } = input;
  if (!(minutes > 0)) return 'ABSENT';
  const enough = sessionMinutes <= 0 || minutes * 100 >= rule.presentPercent * sessionMinutes;
  const startAt = input.sessionStart ?? input.start;
  let late = false;
  if (input.firstJoin != null && startAt != null) {
    const join = toMs(input.firstJoin);
    const start = toMs(startAt);
    late = Number.isFinite(join) && Number.isFinite(start) && join > start + rule.lateAfterMinutes * 60_000;
  }
  if (late) return 'LATE';
  return enough ? 'PRESENT' : 'LEFT_EARLY';
}

/** Order of day and month in slash dates: US `MM/dd/yyyy` or day-first `dd/MM/yyyy`. */
export type SlashDateOrder = 'MDY' | 'DMY';

const SLASH = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?\s*$/;

/**
 * Decides the order of a file's slash dates from the values themselves: a first number above 12
 * means day-first, a second above 12 means US. Null when every value fits both (or none is a slash date).
 */
export function detectSlashDateOrder(texts: Iterable<string>): SlashDateOrder | null {
  let mdy = true;
  let dmy = true;
  let seen = false;
  for (const t of texts) {
    const m = SLASH.exec(t ?? '');
    if (!m) continue;
    seen = true;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 || b > 31) mdy = false;
    if (b > 12 || a > 31) dmy = false;
  }
  if (!seen || mdy === dmy) return null;
  return mdy ? 'MDY' : 'DMY';
}

export interface ParseZoomTimeOptions {
  /** How to read `a/b/yyyy`: US (default; day-first is tried when US cannot fit) or day-first. */
  order?: SlashDateOrder;
}

/**
 * Reads a time from Zoom's report, in the host's zone `zone` (IANA) unless it carries an offset.
 * Accepts `MM/dd/yyyy hh:mm:ss AM` (US, 12-hour), `MM/dd/yyyy HH:mm:ss` (24-hour), day-first
 * `dd/MM/yyyy HH:mm:ss`, each with or without seconds and with one- or two-digit day/month/hour,
 * ISO 8601 (`2026-10-20T19:02:11`, with or without offset) and `2026-10-20 19:02:11`.
 * Returns null when the text is not such a time, the date does not exist, or the zone is invalid.
 */
export function parseZoomTime(text: string, zone: string, options: ParseZoomTimeOptions = {}): Date | null {
  if (typeof text !== 'string') return null;
  const value = text.trim();
  if (!value) return null;
  const m = SLASH.exec(value);
  if (m) {
    const [, a, b, year, hourText, minute, second, ampm] = m;
    let hour = Number(hourText);
    if (ampm) {
      if (hour < 1 || hour > 12) return null;
      const pm = ampm[0].toLowerCase() === 'p';
      hour = (hour % 12) + (pm ? 12 : 0);
    }
    const build = (month: number, day: number): Date | null => {
      const dt = DateTime.fromObject(
        { year: Number(year), month, day, hour, minute: Number(minute), second: Number(second ?? 0) },
        { zone },
      );
      return dt.isValid ? dt.toJSDate() : null;
    };
    const order = options.order ?? 'MDY';
    const first = order === 'MDY' ? build(Number(a), Number(b)) : build(Number(b), Number(a));
    if (first || options.order) return first;
    return build(Number(b), Number(a));
  }
  // ISO only with a date and a time: a bare "2026" or "2026-10-20" is not a join time.
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(value)) return null;
  let dt = DateTime.fromISO(value, { zone });
  if (!dt.isValid) dt = DateTime.fromSQL(value, { zone });
  return dt.isValid ? dt.toJSDate() : null;
}
