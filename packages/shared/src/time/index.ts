/**
 * The one date module of the project. Everything calendar-related goes through here
 * (luxon underneath), never through raw Date arithmetic.
 */
import { DateTime, Duration, IANAZone } from 'luxon';
import { isValidTimeZone } from './zone';

export { DateTime, Duration, isValidTimeZone };

export const DEFAULT_TIME_ZONE = 'America/Denver';


let cachedZones: string[] | undefined;
/** IANA zones the runtime knows, sorted; UTC included. */
export function listTimeZones(): string[] {
  if (!cachedZones) {
    const intl = Intl as unknown as { supportedValuesOf?: (k: string) => string[] };
    const zones = intl.supportedValuesOf ? intl.supportedValuesOf('timeZone') : [DEFAULT_TIME_ZONE];
    cachedZones = Array.from(new Set([...zones, 'UTC'])).filter((z) => IANAZone.isValidZone(z)).sort();
  }
  return cachedZones;
}

/** The zone the current runtime (a browser) is in, if it is a valid IANA zone. */
export function runtimeTimeZone(fallback = DEFAULT_TIME_ZONE): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? zone : fallback;
}

export function nowUtc(): DateTime {
  return DateTime.utc();
}

/** An instant (ISO string or Date) seen in a zone. */
export function inZone(instant: string | Date, zone: string): DateTime {
  const dt = typeof instant === 'string' ? DateTime.fromISO(instant, { setZone: true }) : DateTime.fromJSDate(instant);
  return dt.setZone(zone);
}

/** "Tue, Nov 24, 2026, 7:00 PM MST" in the viewer's zone. */
export function formatInstant(instant: string | Date, zone: string, locale = 'en-US'): string {
  return inZone(instant, zone).setLocale(locale).toFormat("ccc, LLL d, yyyy, h:mm a ZZZZ");
}

/** "UTC−07:00" style label for a zone at a given instant (offsets change with DST). */
export function zoneLabel(zone: string, at: DateTime = DateTime.utc()): string {
  const local = at.setZone(zone);
  return `${zone.replace(/_/g, ' ')} (UTC${local.toFormat('ZZ')})`;
}

export function addDuration(instant: Date, duration: { seconds?: number; minutes?: number; hours?: number; days?: number }): Date {
  return DateTime.fromJSDate(instant).plus(duration).toJSDate();
}

export function isBefore(a: Date, b: Date): boolean {
  return DateTime.fromJSDate(a) < DateTime.fromJSDate(b);
}
