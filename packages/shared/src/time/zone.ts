/**
 * Time-zone validity without luxon, so the web's sign-up and profile forms can validate a
 * zone without shipping the date library in the first download.
 */
const cache = new Map<string, boolean>();

export function isValidTimeZone(zone: string): boolean {
  if (typeof zone !== 'string' || zone.length === 0 || zone.length > 64) return false;
  let ok = cache.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
    cache.set(zone, ok);
  }
  return ok;
}
