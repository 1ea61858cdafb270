/**
 * Attendance as the web app shows it: labels and colours per status and source, times in
 * the viewer's zone, hours, the roster's counts, and what a live roster event says.
 * Pure functions; the components and hooks import them.
 */
import { DateTime } from '@gantry/shared';
import type { AttendanceSource, AttendanceStatus } from '@/gql/graphql';

export const STATUSES: readonly AttendanceStatus[] = ['PRESENT', 'LATE', 'LEFT_EARLY', 'ABSENT', 'EXCUSED'];

export const STATUS_LABEL: Record<AttendanceStatus, string> = {
  PRESENT: 'Present',
  LATE: 'Late',
  LEFT_EARLY: 'Left early',
  ABSENT: 'Absent',
  EXCUSED: 'Excused',
};

/**
 * Shades that keep AA contrast (4.5:1) as text on white and on striped rows: Mantine's
 * green, orange and yellow do not, at any shade, so present is teal and late grape. The
 * word carries the meaning; the colour only helps.
 */
export const STATUS_COLOR: Record<AttendanceStatus, string> = {
  PRESENT: 'teal.9',
  LATE: 'grape.9',
  LEFT_EARLY: 'indigo.9',
  ABSENT: 'red.9',
  EXCUSED: 'gray.8',
};

export const SOURCE_LABEL: Record<AttendanceSource, string> = {
  SELF_CHECK_IN: 'Checked in',
  MENTOR: 'Mentor',
  ZOOM: 'Zoom report',
};

/** Statuses that count as having attended (minutes toward contact hours). */
export function attended(status: AttendanceStatus | null | undefined): boolean {
  return status === 'PRESENT' || status === 'LATE' || status === 'LEFT_EARLY';
}

/** "7:02 PM" in `zone`. */
export function clockTime(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone: 'UTC' }).setZone(zone).setLocale('en-US').toFormat('h:mm a');
}

/** "Tue, Jan 8, 7:02 PM" in `zone`. */
export function dayAndTime(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone: 'UTC' }).setZone(zone).setLocale('en-US').toFormat('ccc, LLL d, h:mm a');
}

/** 6.5 → "6.5", 10 → "10", 2.25 → "2.3": hours with at most one decimal. */
export function formatHours(hours: number): string {
  const rounded = Math.round(hours * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** Whole minutes as hours: 600 → "10". */
export function minutesAsHours(minutes: number): string {
  return formatHours(minutes / 60);
}

export interface RosterCountsInput {
  record?: { status: AttendanceStatus } | null;
}

export interface RosterCounts {
  /** Attending: present, late or left early. */
  in: number;
  late: number;
  /** No record yet. */
  missing: number;
  absent: number;
  excused: number;
  total: number;
}

/** The roster's counts, from its rows (so they follow live updates at once). */
export function rosterCounts(rows: readonly RosterCountsInput[]): RosterCounts {
  const counts: RosterCounts = { in: 0, late: 0, missing: 0, absent: 0, excused: 0, total: rows.length };
  for (const r of rows) {
    const status = r.record?.status;
    if (!status) counts.missing++;
    else if (status === 'ABSENT') counts.absent++;
    else if (status === 'EXCUSED') counts.excused++;
    else {
      counts.in++;
      if (status === 'LATE') counts.late++;
    }
  }
  return counts;
}

export interface EventRecord {
  status: AttendanceStatus;
  source: AttendanceSource;
  updatedBy?: { displayName: string } | null;
}

/**
 * What a screen reader hears when a roster row changes: "Ana Ruiz checked in",
 * "Ana Ruiz checked in (late)", "Ana Ruiz: Excused (Dale Okafor)".
 */
export function describeRosterChange(name: string, before: EventRecord | null | undefined, after: EventRecord | null | undefined): string | null {
  if (!after) return before ? `${name}: attendance cleared` : null;
  if (before && before.status === after.status && before.source === after.source) return null;
  if (after.source === 'SELF_CHECK_IN' && !before) return after.status === 'LATE' ? `${name} checked in (late)` : `${name} checked in`;
  const by = after.updatedBy?.displayName;
  const from = after.source === 'ZOOM' ? ' from the Zoom report' : by ? ` (${by})` : '';
  return `${name}: ${STATUS_LABEL[after.status]}${from}`;
}

/** A whole number in [min, max], or null. */
export function intIn(value: unknown, min: number, max: number): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/** The largest Zoom report the API reads (a report of 1,000 rows is about 150 KB). */
export const ZOOM_REPORT_MAX_BYTES = 200 * 1024;

export { formatBytes, readFileText } from '@/lib/files';
