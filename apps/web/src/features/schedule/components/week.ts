/**
 * The week view's model: the seven days (Monday to Sunday) of a week in the viewer's
 * zone, each with the sessions that start on it, placed by their local start and end.
 * Pure; everything calendar-related goes through the shared date module.
 */
import { DateTime } from '@gantry/shared';

export interface WeekSession {
  id: string;
  startsAt: string;
  endsAt: string;
}

export interface PlacedSession<S extends WeekSession> {
  session: S;
  /** Minutes after local midnight (viewer's zone) the session starts and ends (clamped to the day). */
  startMinute: number;
  endMinute: number;
  /** "7:00 PM – 9:00 PM" in the viewer's zone. */
  timeRange: string;
}

export interface WeekDay<S extends WeekSession> {
  /** YYYY-MM-DD in the viewer's zone. */
  date: string;
  /** "Monday" */
  weekday: string;
  /** "Mar 9" */
  label: string;
  isToday: boolean;
  sessions: PlacedSession<S>[];
}

/** Monday (YYYY-MM-DD) of the week containing `instant`, in `zone`. */
export function weekStartOf(instant: DateTime, zone: string): string {
  return instant.setZone(zone).startOf('week').toISODate()!;
}

/** Whether `date` is a YYYY-MM-DD Monday. */
export function isWeekStart(date: string | null | undefined): date is string {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const d = DateTime.fromISO(date, { zone: 'UTC' });
  return d.isValid && d.weekday === 1;
}

/** The UTC instants bounding the week that starts on `weekStart` (a Monday) in `zone`. */
export function weekRange(weekStart: string, zone: string): { from: string; to: string } {
  const start = DateTime.fromISO(weekStart, { zone }).startOf('day');
  return { from: start.toUTC().toISO()!, to: start.plus({ weeks: 1 }).toUTC().toISO()! };
}

export function shiftWeek(weekStart: string, weeks: number): string {
  return DateTime.fromISO(weekStart, { zone: 'UTC' }).plus({ weeks }).toISODate()!;
}

/** "Mar 9 – 15, 2027" or "Mar 30 – Apr 5, 2027". */
export function weekLabel(weekStart: string): string {
  const a = DateTime.fromISO(weekStart, { zone: 'UTC' }).setLocale('en-US');
  const b = a.plus({ days: 6 });
  if (a.year !== b.year) return `${a.toFormat('LLL d, yyyy')} – ${b.toFormat('LLL d, yyyy')}`;
  if (a.month !== b.month) return `${a.toFormat('LLL d')} – ${b.toFormat('LLL d, yyyy')}`;
  return `${a.toFormat('LLL d')} – ${b.toFormat('d, yyyy')}`;
}

export function buildWeek<S extends WeekSession>(weekStart: string, zone: string, sessions: readonly S[], now: DateTime): WeekDay<S>[] {
  const start = DateTime.fromISO(weekStart, { zone }).startOf('day').setLocale('en-US');
  const today = now.setZone(zone).toISODate();
  return Array.from({ length: 7 }, (_, i) => {
    const day = start.plus({ days: i });
    const date = day.toISODate()!;
    const placed = sessions
      .map((session) => {
        const s = DateTime.fromISO(session.startsAt).setZone(zone).setLocale('en-US');
        const e = DateTime.fromISO(session.endsAt).setZone(zone).setLocale('en-US');
        if (s.toISODate() !== date) return null;
        const startMinute = s.hour * 60 + s.minute;
        const endMinute = e.toISODate() === date ? e.hour * 60 + e.minute : 24 * 60;
        return { session, startMinute, endMinute: Math.max(endMinute, startMinute + 15), timeRange: `${s.toFormat('h:mm a')} – ${e.toFormat('h:mm a')}` };
      })
      .filter((p): p is PlacedSession<S> => p !== null)
      .sort((a, b) => a.startMinute - b.startMinute);
    return { date, weekday: day.toFormat('cccc'), label: day.toFormat('LLL d'), isToday: date === today, sessions: placed };
  });
}

/** The hours the grid shows: at least 8 am to 10 pm, widened to fit every session. */
export function visibleHours(days: readonly WeekDay<WeekSession>[]): { first: number; last: number } {
  let first = 8;
  let last = 22;
  for (const d of days) {
    for (const p of d.sessions) {
      first = Math.min(first, Math.floor(p.startMinute / 60));
      last = Math.max(last, Math.ceil(p.endMinute / 60));
    }
  }
  return { first, last: Math.min(24, last) };
}
