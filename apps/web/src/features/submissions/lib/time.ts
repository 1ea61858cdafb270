/**
 * How the assignment page words times: always in the viewer's zone, through the shared
 * date module (luxon underneath), never with raw Date arithmetic.
 */
import { DateTime, inZone } from '@gantry/shared';

/** "7:42 PM" today (in the viewer's zone), "Mar 10, 7:42 PM" another day. */
export function shortTime(iso: string, zone: string, now: DateTime = DateTime.utc()): string {
  const t = inZone(iso, zone).setLocale('en-US');
  const today = now.setZone(zone);
  if (t.hasSame(today, 'day')) return t.toFormat('h:mm a');
  return t.hasSame(today, 'year') ? t.toFormat('LLL d, h:mm a') : t.toFormat('LLL d, yyyy, h:mm a');
}

function span(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'less than a minute';
  const units: [number, string][] = [
    [60 * 24 * 7, 'week'],
    [60 * 24, 'day'],
    [60, 'hour'],
    [1, 'minute'],
  ];
  for (const [size, word] of units) {
    // Weeks only from two of them on: "10 days" reads better than "1 week".
    if (word === 'week' && minutes < size * 2) continue;
    if (minutes >= size) {
      const n = Math.floor(minutes / size);
      return `${n} ${word}${n === 1 ? '' : 's'}`;
    }
  }
  return 'less than a minute';
}

/** "due in 2 days", "due in 40 minutes", "was due 3 hours ago" — the largest whole unit. */
export function relativeDue(dueAt: string, now: DateTime = DateTime.utc()): string {
  const ms = DateTime.fromISO(dueAt).toMillis() - now.toMillis();
  return ms > 0 ? `due in ${span(ms)}` : `was due ${span(-ms)} ago`;
}

/** Whether the due instant has passed. */
export function isPast(dueAt: string, now: DateTime = DateTime.utc()): boolean {
  return DateTime.fromISO(dueAt) <= now;
}
