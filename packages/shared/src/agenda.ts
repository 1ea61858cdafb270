/** When an agenda item becomes visible to students. Pure; luxon underneath. */
import { DateTime } from 'luxon';

export type ReleaseRuleName = 'NOW' | 'DAYS_BEFORE' | 'AFTER_END';

export function releasesAt(rule: ReleaseRuleName, releaseDays: number | null | undefined, startsAt: string, endsAt: string): string | null {
  switch (rule) {
    case 'NOW':
      return null;
    case 'DAYS_BEFORE':
      return DateTime.fromISO(startsAt, { zone: 'UTC' }).minus({ days: releaseDays ?? 0 }).toUTC().toISO();
    case 'AFTER_END':
      return DateTime.fromISO(endsAt, { zone: 'UTC' }).toUTC().toISO();
  }
}

export function isReleased(rule: ReleaseRuleName, releaseDays: number | null | undefined, startsAt: string, endsAt: string, now: DateTime = DateTime.utc()): boolean {
  const at = releasesAt(rule, releaseDays, startsAt, endsAt);
  return at === null || now >= DateTime.fromISO(at);
}
