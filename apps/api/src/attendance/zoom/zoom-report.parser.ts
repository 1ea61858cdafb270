import { parse } from 'csv-parse/sync';
import { detectSlashDateOrder, mergeIntervals, parseZoomTime, type SlashDateOrder } from '@gantry/shared';
import { AppError, ErrorCode } from '../../common/errors/app-error';

/**
 * Zoom's meeting participants report (Reports → Usage → meeting → Participants → Export),
 * in the three shapes Zoom produces (see ../shared/DESIGN.md):
 * - MEETING_DATA: a header `Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants`,
 *   one data row, a blank line, then the participant table;
 * - PARTICIPANTS: `Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest[,Recording Consent…]`;
 * - UNIQUE_USERS: `Name (Original Name),User Email,Total Duration (Minutes),Guest` (no join/leave times).
 * Headers match case- and space-insensitively, unknown columns are ignored. Every row of a person
 * (rejoins after dropped connections, a second device) is merged into one participant, keyed by
 * email (lowercased), else by the original name. Anything malformed is a BAD_USER_INPUT whose
 * message names the line.
 */

/** Bytes a report may have: the GraphQL body limit is 256 KB and a report of even 1,000 rows is ~150 KB. */
export const MAX_REPORT_BYTES = 200 * 1024;

export type ZoomReportVariant = 'MEETING_DATA' | 'PARTICIPANTS' | 'UNIQUE_USERS';

export interface ZoomMeetingInfo {
  meetingId: string | null;
  topic: string | null;
  /** ISO instants, when readable. */
  startTime: string | null;
  endTime: string | null;
  /** The host's email from the meeting data. */
  hostEmail: string | null;
}

export interface ParsedParticipant {
  /** `email:<lowercased email>`, else `name:<normalized original name>`. */
  key: string;
  /** The name shown last in the meeting (a renamed participant's new name). */
  name: string;
  /** The name before renaming, when it differs. */
  originalName: string | null;
  email: string | null;
  /** True when every row was a guest (not signed in to the host's Zoom account). */
  guest: boolean;
  /** Every name (new and original) the person appeared under, for matching. */
  names: string[];
  /** Report rows merged into this participant. */
  rows: number;
  /** The report lines of those rows. */
  lines: number[];
  /** Join/leave intervals as ISO instants (null in the unique-users report). */
  intervals: { start: string; end: string }[] | null;
  firstJoin: string | null;
  lastLeave: string | null;
  /** Minutes in the meeting, overlapping rows counted once (unique users: the total duration). */
  minutes: number;
  /** Sum of Zoom's own per-row duration column (rounded down per row by Zoom). */
  reportedMinutes: number;
}

export interface ParsedZoomReport {
  variant: ZoomReportVariant;
  meeting: ZoomMeetingInfo | null;
  dateOrder: SlashDateOrder | null;
  participants: ParsedParticipant[];
  rowCount: number;
  warnings: string[];
}

export interface ParseZoomReportOptions {
  /** IANA zone the report's times are in (the host's; defaults to the cohort's). */
  zone: string;
  /** The session's start: decides day/month order when every date in the file fits both. */
  sessionStart?: Date;
}

type Column = 'name' | 'email' | 'join' | 'leave' | 'duration' | 'totalDuration' | 'guest';

const HEADER_LABEL: Record<Column, string> = {
  name: 'Name (Original Name)',
  email: 'User Email',
  join: 'Join Time',
  leave: 'Leave Time',
  duration: 'Duration (Minutes)',
  totalDuration: 'Total Duration (Minutes)',
  guest: 'Guest',
};

function normHeader(h: string): string {
  return h.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s+/g, ' ');
}

function columnOf(header: string): Column | null {
  const h = normHeader(header);
  if (h === 'name (original name)' || h === 'user name (original name)' || h === 'name' || h === 'participant' || h === 'user name' || h === 'display name') return 'name';
  if (h === 'user email' || h === 'email' || h === 'email address') return 'email';
  if (h === 'join time') return 'join';
  if (h === 'leave time') return 'leave';
  if (h === 'duration (minutes)' || h === 'duration (mins)' || h === 'duration') return 'duration';
  if (h === 'total duration (minutes)' || h === 'total duration (mins)' || h === 'total duration') return 'totalDuration';
  if (h === 'guest') return 'guest';
  return null;
}

/** Case-, accent- and space-insensitive form of a name, for matching and keys. */
export function normalizeName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * `New Name (Original Name)` → { name: 'New Name', original: 'Original Name' }. A trailing
 * parenthesis that looks like pronouns (`Sam Lee (she/her)`) or holds no letter is part of the name.
 */
export function splitZoomName(text: string): { name: string; original: string | null } {
  const value = text.trim().replace(/\s+/g, ' ');
  const m = /^(.*\S)\s*\(([^()]+)\)$/.exec(value);
  if (!m) return { name: value, original: null };
  const inner = m[2].trim();
  if (!/\p{L}/u.test(inner) || inner.includes('/')) return { name: value, original: null };
  if (normalizeName(inner) === normalizeName(m[1])) return { name: m[1].trim(), original: null };
  return { name: m[1].trim(), original: inner };
}

const quoted = (v: string) => `“${v.length > 60 ? `${v.slice(0, 60)}…` : v}”`;

function lineError(line: number, message: string): AppError {
  const text = `Line ${line}: ${message}`;
  return new AppError(ErrorCode.BadUserInput, text, { fields: { csv: [text] } });
}

function fileError(message: string): AppError {
  return new AppError(ErrorCode.BadUserInput, message, { fields: { csv: [message] } });
}

interface Row {
  line: number;
  cells: string[];
}

function readCsv(text: string): Row[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, trim: true }) as never;
  } catch (e) {
    const err = e as { lines?: number; code?: string; message?: string };
    if (err.code === 'CSV_QUOTE_NOT_CLOSED') throw lineError(unclosedQuoteLine(text), 'a quoted value is never closed (a " is missing).');
    const line = typeof err.lines === 'number' ? err.lines : 1;
    throw lineError(line, `this is not valid CSV (${(err.message ?? 'unreadable').replace(/[:,]?\s+(at|on) .*$/, '')}).`);
  }
  // csv-parse reports the line a record ends on; a quoted value may span lines.
  return records.map(({ record, info }) => ({
    line: info.lines - record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0),
    cells: record,
  }));
}

/** The line where the quote that never closes was opened. */
function unclosedQuoteLine(text: string): number {
  let line = 1;
  let inQuotes = false;
  let openedAt = 1;
  let fieldStart = true;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k];
    if (inQuotes) {
      if (ch === '"') {
        if (text[k + 1] === '"') k++;
        else inQuotes = false;
      } else if (ch === '\n') line++;
      continue;
    }
    if (ch === '"' && fieldStart) {
      inQuotes = true;
      openedAt = line;
    } else if (ch === '\n') line++;
    fieldStart = ch === ',' || ch === '\n' || (fieldStart && (ch === ' ' || ch === '\r' || ch === '\uFEFF'));
  }
  return openedAt;
}

const isBlank = (r: Row) => r.cells.every((c) => c === '');

function parseGuest(v: string | undefined): boolean {
  const s = (v ?? '').trim().toLowerCase();
  return s === 'yes' || s === 'y' || s === 'true' || s === '1';
}

function parseMinutes(v: string | undefined, line: number, label: string): number {
  const s = (v ?? '').trim();
  if (s === '') return 0;
  if (!/^\d+(\.\d+)?$/.test(s)) throw lineError(line, `the ${label} ${quoted(s)} is not a number of minutes.`);
  return Math.floor(Number(s));
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface RawRow {
  line: number;
  name: string;
  original: string | null;
  email: string | null;
  guest: boolean;
  join: string | null;
  leave: string | null;
  duration: number;
}

export function parseZoomReport(text: string, opts: ParseZoomReportOptions): ParsedZoomReport {
  if (Buffer.byteLength(text, 'utf8') > MAX_REPORT_BYTES) {
    throw fileError(`The file is larger than ${MAX_REPORT_BYTES / 1024} KB. A Zoom participants report for one meeting is much smaller: check that you exported the participants of one meeting.`);
  }
  const rows = readCsv(text);
  let i = 0;
  while (i < rows.length && isBlank(rows[i])) i++;
  if (i >= rows.length) throw fileError('The file is empty.');

  // Meeting data block.
  let meeting: ZoomMeetingInfo | null = null;
  let meetingStartText: string | null = null;
  let meetingEndText: string | null = null;
  const first = rows[i].cells.map(normHeader);
  if (first.includes('meeting id')) {
    const headerLine = rows[i].line;
    i++;
    while (i < rows.length && isBlank(rows[i])) i++;
    const data = rows[i];
    if (!data) throw lineError(headerLine + 1, 'the meeting data row is missing after the meeting header.');
    const at = (name: string) => {
      const k = first.indexOf(name);
      return k >= 0 ? (data.cells[k] ?? '').trim() : '';
    };
    meetingStartText = at('start time') || null;
    meetingEndText = at('end time') || null;
    meeting = {
      meetingId: at('meeting id') || null,
      topic: at('topic') || null,
      startTime: null,
      endTime: null,
      hostEmail: at('user email').toLowerCase() || null,
    };
    i++;
    while (i < rows.length && isBlank(rows[i])) i++;
    if (i >= rows.length) throw lineError(data.line + 1, 'the participant table is missing after the meeting data.');
  }

  // Participant table header.
  const header = rows[i];
  const index = new Map<Column, number>();
  header.cells.forEach((h, k) => {
    const c = columnOf(h);
    if (c && !index.has(c)) index.set(c, k);
  });
  const hasTimes = index.has('join') || index.has('leave');
  const variant: ZoomReportVariant = hasTimes ? (meeting ? 'MEETING_DATA' : 'PARTICIPANTS') : 'UNIQUE_USERS';
  const required: Column[] = hasTimes ? ['name', 'join', 'leave'] : ['name', 'totalDuration'];
  if (!hasTimes && !index.has('totalDuration') && index.has('duration')) index.set('totalDuration', index.get('duration')!);
  const missing = required.filter((c) => !index.has(c));
  if (missing.length) {
    throw lineError(
      header.line,
      `this does not look like a Zoom participants report: the header has no ${missing.map((c) => HEADER_LABEL[c]).join(', ')} column. ` +
        'Expected Name (Original Name), User Email, Join Time, Leave Time, Duration (Minutes), Guest — or Total Duration (Minutes) for unique users.',
    );
  }
  const cell = (r: Row, c: Column) => {
    const k = index.get(c);
    return k === undefined ? undefined : (r.cells[k] ?? '').trim();
  };
  const width = Math.max(...required.map((c) => index.get(c)!)) + 1;

  // Data rows.
  const raw: RawRow[] = [];
  const warnings: string[] = [];
  const badEmails: number[] = [];
  for (const r of rows.slice(i + 1)) {
    if (isBlank(r)) continue;
    if (r.cells.length < width) throw lineError(r.line, `expected at least ${width} values, found ${r.cells.length}.`);
    const fullName = cell(r, 'name') ?? '';
    if (!fullName) throw lineError(r.line, 'the name is empty.');
    const { name, original } = splitZoomName(fullName);
    let email: string | null = (cell(r, 'email') ?? '').toLowerCase() || null;
    if (email && !EMAIL.test(email)) {
      badEmails.push(r.line);
      email = null;
    }
    raw.push({
      line: r.line,
      name,
      original,
      email,
      guest: parseGuest(cell(r, 'guest')),
      join: hasTimes ? (cell(r, 'join') ?? '') : null,
      leave: hasTimes ? (cell(r, 'leave') ?? '') : null,
      duration: parseMinutes(hasTimes ? cell(r, 'duration') : cell(r, 'totalDuration'), r.line, hasTimes ? HEADER_LABEL.duration : HEADER_LABEL.totalDuration),
    });
  }
  if (!raw.length) throw lineError(header.line, 'the participant table has a header but no rows.');
  if (badEmails.length) warnings.push(`Ignored an email that is not an address on line ${badEmails.join(', ')}; matched by name instead.`);

  // Times: decide day/month order once for the whole file, then read every row.
  let dateOrder: SlashDateOrder | null = null;
  const times = new Map<RawRow, { join: Date; leave: Date }>();
  if (hasTimes) {
    const texts = [...raw.flatMap((r) => [r.join!, r.leave!]), ...(meetingStartText ? [meetingStartText] : []), ...(meetingEndText ? [meetingEndText] : [])];
    dateOrder = detectSlashDateOrder(texts) ?? pickOrderNearSession(raw, opts);
    for (const r of raw) {
      const join = readTime(r.join!, r.line, HEADER_LABEL.join, opts.zone, dateOrder);
      const leave = readTime(r.leave!, r.line, HEADER_LABEL.leave, opts.zone, dateOrder);
      if (leave < join) throw lineError(r.line, `the Leave Time ${quoted(r.leave!)} is before the Join Time ${quoted(r.join!)}.`);
      times.set(r, { join, leave });
    }
    if (meeting) {
      meeting.startTime = meetingStartText ? (parseZoomTime(meetingStartText, opts.zone, dateOrder ? { order: dateOrder } : {})?.toISOString() ?? null) : null;
      meeting.endTime = meetingEndText ? (parseZoomTime(meetingEndText, opts.zone, dateOrder ? { order: dateOrder } : {})?.toISOString() ?? null) : null;
    }
  }

  const participants = mergeParticipants(raw, times, hasTimes);
  return { variant, meeting, dateOrder, participants, rowCount: raw.length, warnings };
}

function readTime(text: string, line: number, label: string, zone: string, order: SlashDateOrder | null): Date {
  if (!text) throw lineError(line, `the ${label} is empty.`);
  const d = parseZoomTime(text, zone, order ? { order } : {});
  if (!d) throw lineError(line, `the ${label} ${quoted(text)} is not a date.`);
  return d;
}

/** Every date fits both orders (e.g. 05/11/2026): take the order that puts the first join nearer the session. */
function pickOrderNearSession(raw: RawRow[], opts: ParseZoomReportOptions): SlashDateOrder | null {
  const sample = raw.find((r) => r.join && /^\s*\d{1,2}\/\d{1,2}\//.test(r.join));
  if (!sample) return null;
  if (!opts.sessionStart) return 'MDY';
  const target = opts.sessionStart.getTime();
  const distance = (order: SlashDateOrder) => {
    const d = parseZoomTime(sample.join!, opts.zone, { order });
    return d ? Math.abs(d.getTime() - target) : Infinity;
  };
  return distance('DMY') < distance('MDY') ? 'DMY' : 'MDY';
}

/** A name's normalized forms: as written, and "Last, First" read as "First Last". */
export function nameVariants(name: string): string[] {
  const n = normalizeName(name);
  const parts = n.split(',');
  if (parts.length === 2 && parts[0].trim() && parts[1].trim()) return [n, normalizeName(`${parts[1]} ${parts[0]}`)];
  return [n];
}

interface Group {
  key: string;
  rows: RawRow[];
  names: Set<string>;
}

function mergeParticipants(raw: RawRow[], times: Map<RawRow, { join: Date; leave: Date }>, hasTimes: boolean): ParsedParticipant[] {
  const groups = new Map<string, Group>();
  for (const r of raw) {
    const key = r.email ? `email:${r.email}` : `name:${normalizeName(r.original ?? r.name)}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, rows: [], names: new Set() }));
    g.rows.push(r);
    for (const n of nameVariants(r.name)) g.names.add(n);
    if (r.original) for (const n of nameVariants(r.original)) g.names.add(n);
  }
  // A person signed in on one device and not on another (a phone): fold the email-less rows
  // into the one signed-in participant who appeared under the same name.
  const withEmail = [...groups.values()].filter((g) => g.key.startsWith('email:'));
  for (const g of [...groups.values()]) {
    if (g.key.startsWith('email:')) continue;
    const owners = withEmail.filter((e) => [...g.names].some((n) => e.names.has(n)));
    if (owners.length === 1) {
      owners[0].rows.push(...g.rows);
      for (const n of g.names) owners[0].names.add(n);
      groups.delete(g.key);
    }
  }

  const out: ParsedParticipant[] = [];
  for (const g of groups.values()) {
    const rows = [...g.rows].sort((a, b) => (hasTimes ? times.get(a)!.join.getTime() - times.get(b)!.join.getTime() : 0) || a.line - b.line);
    const last = rows[rows.length - 1];
    const signedIn = rows.find((r) => r.email);
    const shown = signedIn && !hasTimes ? signedIn : last;
    const intervals = hasTimes ? rows.map((r) => ({ start: times.get(r)!.join, end: times.get(r)!.leave })) : null;
    let minutes: number;
    if (intervals) {
      minutes = Math.floor(mergeIntervals(intervals).reduce((ms, iv) => ms + iv.end - iv.start, 0) / 60_000);
    } else {
      // Without join/leave times nothing says whether two devices overlapped (a laptop and a
      // phone in the same meeting usually do): count the longest, never the sum.
      minutes = rows.reduce((n, r) => Math.max(n, r.duration), 0);
    }
    const originals = rows.map((r) => r.original).filter((o): o is string => !!o);
    out.push({
      key: g.key,
      name: shown.name,
      originalName: originals[0] && normalizeName(originals[0]) !== normalizeName(shown.name) ? originals[0] : null,
      email: signedIn?.email ?? null,
      guest: rows.every((r) => r.guest),
      names: [...g.names],
      rows: rows.length,
      lines: rows.map((r) => r.line).sort((a, b) => a - b),
      intervals: intervals ? intervals.map((iv) => ({ start: iv.start.toISOString(), end: iv.end.toISOString() })) : null,
      firstJoin: intervals ? new Date(Math.min(...intervals.map((iv) => iv.start.getTime()))).toISOString() : null,
      lastLeave: intervals ? new Date(Math.max(...intervals.map((iv) => iv.end.getTime()))).toISOString() : null,
      minutes,
      reportedMinutes: rows.reduce((n, r) => n + r.duration, 0),
    });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key));
}
