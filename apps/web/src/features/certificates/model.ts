import { formatLocalDate, inZone } from '@gantry/shared';

/** "12.5 contact hours", "1 contact hour": at most two decimals, none when whole. */
export function hoursText(hours: number): string {
  const h = Math.round(hours * 100) / 100;
  return `${h} contact hour${h === 1 ? '' : 's'}`;
}

/** "March 3, 2027" or "March 3 – April 7, 2027": the span of a cohort's sessions. */
export function dateSpan(first: string, last: string): string {
  if (first === last) return formatLocalDate(first);
  if (first.slice(0, 4) === last.slice(0, 4)) return `${formatLocalDate(first).replace(/, \d{4}$/, '')} – ${formatLocalDate(last)}`;
  return `${formatLocalDate(first)} – ${formatLocalDate(last)}`;
}

/** An instant as the date it fell on in the viewer's zone. */
export function issuedOn(instant: string, zone: string): string {
  return inZone(instant, zone).setLocale('en-US').toFormat('LLLL d, yyyy');
}
