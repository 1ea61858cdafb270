import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../common/errors/app-error';
import { MAX_REPORT_BYTES, nameVariants, parseZoomReport, splitZoomName, type ParsedZoomReport } from './zoom-report.parser';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const zone = 'America/Denver';
const byName = (r: ParsedZoomReport, name: string) => {
  const p = r.participants.find((x) => x.name === name);
  if (!p) throw new Error(`no participant ${name} in ${r.participants.map((x) => x.name).join(', ')}`);
  return p;
};

function failure(text: string, opts = { zone }): AppError {
  try {
    parseZoomReport(text, opts);
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected the report to be refused');
}

describe('Zoom participants report parser', () => {
  it('reads the report with meeting data (US 12-hour times, CRLF), merging rejoins and devices per person', () => {
    const r = parseZoomReport(fixture('with-meeting-data-us.csv'), { zone });
    expect(r.variant).toBe('MEETING_DATA');
    expect(r.dateOrder).toBe('MDY');
    expect(r.meeting).toEqual({
      meetingId: '843 2211 9087',
      topic: 'CRES study group, session 1: X-ray tubes and generators',
      startTime: '2026-10-21T00:50:00.000Z', // 6:50 pm MDT, across midnight UTC
      endTime: '2026-10-21T02:35:12.000Z',
      hostEmail: 'morgan.reyes@example.org',
    });
    expect(r.rowCount).toBe(9);
    expect(r.participants.map((p) => p.name)).toEqual(['Ana Lopez', 'Ben Okafor', 'Carmen D.', "Frank's iPad", 'Grace Okoye', 'Morgan Reyes', 'Patel, Dev']);

    // A dropped connection: two rows, one person, times in UTC.
    expect(byName(r, 'Ana Lopez')).toMatchObject({
      key: 'email:ana.lopez@example.org', email: 'ana.lopez@example.org', rows: 2, lines: [6, 8], guest: false,
      firstJoin: '2026-10-21T00:58:40.000Z', lastLeave: '2026-10-21T02:30:02.000Z', minutes: 90, reportedMinutes: 89,
      intervals: [
        { start: '2026-10-21T00:58:40.000Z', end: '2026-10-21T01:31:05.000Z' },
        { start: '2026-10-21T01:32:10.000Z', end: '2026-10-21T02:30:02.000Z' },
      ],
    });
    // Laptop signed in plus a phone that was not: the phone's rows fold into the signed-in person; overlap counted once.
    expect(byName(r, 'Ben Okafor')).toMatchObject({ key: 'email:ben.okafor@example.org', rows: 2, lines: [7, 11], minutes: 88, reportedMinutes: 113, guest: false });
    // Renamed, not signed in: keyed by the original name.
    expect(byName(r, 'Carmen D.')).toMatchObject({ key: 'name:carmen diaz', originalName: 'Carmen Diaz', email: null, guest: true, minutes: 71 });
    expect(byName(r, 'Carmen D.').names).toEqual(['carmen d.', 'carmen diaz']);
    // "Last, First" (quoted, with a comma) is also tried as "First Last".
    expect(byName(r, 'Patel, Dev').names).toEqual(['patel, dev', 'dev patel']);
    expect(byName(r, "Frank's iPad")).toMatchObject({ key: "name:frank's ipad", guest: true, email: null });
    expect(r.warnings).toEqual([]);
  });

  it('reads the participant table with day-first 24-hour times, extra columns and drifting header case', () => {
    const r = parseZoomReport(fixture('participants-day-first.csv'), { zone, sessionStart: new Date('2026-11-04T02:00:00Z') });
    expect(r.variant).toBe('PARTICIPANTS');
    // Every date (03/11/2026) fits both orders: the session (3 November) decides.
    expect(r.dateOrder).toBe('DMY');
    expect(r.meeting).toBeNull();
    expect(byName(r, 'Ana Lopez')).toMatchObject({ key: 'email:ana.lopez@example.org', firstJoin: '2026-11-04T02:12:45.000Z', minutes: 77 }); // MST now
    expect(byName(r, 'Ben Okafor')).toMatchObject({ rows: 2, minutes: 61 });
    expect(byName(r, 'dev patel')).toMatchObject({ key: 'name:dev patel', guest: true });
    expect(byName(r, 'Emma Wright')).toMatchObject({ key: 'name:emma w.', originalName: 'Emma W.', minutes: 21 });

    // Without a session to decide, ambiguous slash dates are read US-style.
    const us = parseZoomReport(fixture('participants-day-first.csv'), { zone });
    expect(us.dateOrder).toBe('MDY');
    expect(byName(us, 'Ana Lopez').firstJoin).toBe('2026-03-12T01:12:45.000Z');
  });

  it('reads the unique-users report (no times: total minutes only)', () => {
    const r = parseZoomReport(fixture('unique-users.csv'), { zone });
    expect(r.variant).toBe('UNIQUE_USERS');
    expect(r.dateOrder).toBeNull();
    expect(byName(r, 'Ana Lopez')).toMatchObject({ minutes: 91, intervals: null, firstJoin: null, lastLeave: null, rows: 1 });
    expect(byName(r, 'Carmen D.')).toMatchObject({ key: 'name:carmen diaz', minutes: 88 });
    expect(byName(r, 'Dev Patel').minutes).toBe(0);
    expect(byName(r, '+17205550143')).toMatchObject({ key: 'name:+17205550143', guest: true });
  });

  it('reads ISO times, a trailing comma on every line and lone guests', () => {
    const r = parseZoomReport(
      ['Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,', 'Ana Lopez,,2026-10-20T19:00:00,2026-10-20 20:00:00,60,Yes,', ''].join('\n'),
      { zone },
    );
    expect(r.participants).toEqual([
      expect.objectContaining({ key: 'name:ana lopez', minutes: 60, firstJoin: '2026-10-21T01:00:00.000Z', lastLeave: '2026-10-21T02:00:00.000Z' }),
    ]);
  });

  it('names the line of every malformed input', () => {
    expect(failure(fixture('malformed-bad-time.csv')).message).toBe('Line 7: the Join Time “13/45/2026 07:02:11 PM” is not a date.');
    expect(failure(fixture('malformed-unclosed-quote.csv')).message).toBe('Line 3: a quoted value is never closed (a " is missing).');
    const notZoom = failure(fixture('malformed-not-zoom.csv'));
    expect(notZoom.message).toMatch(/^Line 1: this does not look like a Zoom participants report: the header has no Name \(Original Name\), Total Duration \(Minutes\) column/);
    expect(notZoom.details.fields).toEqual({ csv: [notZoom.message] });

    const head = 'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest';
    const ok = 'Ana Lopez,ana@example.org,10/20/2026 07:00:00 PM,10/20/2026 08:00:00 PM,60,No';
    expect(failure([head, ok, 'Ben Okafor,ben@example.org,10/20/2026 08:00:00 PM,10/20/2026 07:00:00 PM,0,No'].join('\n')).message).toBe(
      'Line 3: the Leave Time “10/20/2026 07:00:00 PM” is before the Join Time “10/20/2026 08:00:00 PM”.',
    );
    expect(failure([head, ok, '', 'Ben Okafor,ben@example.org,10/20/2026 07:00:00 PM,,60,No'].join('\n')).message).toBe('Line 4: the Leave Time is empty.');
    expect(failure([head, ok, 'Ben Okafor,ben@example.org'].join('\n')).message).toBe('Line 3: expected at least 4 values, found 2.');
    expect(failure([head, ',ben@example.org,10/20/2026 07:00:00 PM,10/20/2026 08:00:00 PM,60,No'].join('\n')).message).toBe('Line 2: the name is empty.');
    expect(failure([head, 'Ben,,10/20/2026 07:00:00 PM,10/20/2026 08:00:00 PM,sixty,No'].join('\n')).message).toBe(
      'Line 2: the Duration (Minutes) “sixty” is not a number of minutes.',
    );
    expect(failure(head).message).toBe('Line 1: the participant table has a header but no rows.');
    expect(failure('\n\n').message).toBe('The file is empty.');
    expect(failure('Meeting ID,Topic\n1,Study\n\n').message).toBe('Line 3: the participant table is missing after the meeting data.');
    expect(failure([head, ok].join('\n'), { zone: 'Not/AZone' }).message).toMatch(/^Line 2: the Join Time/);
  });

  it('refuses a file above the size cap', () => {
    const big = 'Name (Original Name),User Email,Total Duration (Minutes),Guest\n' + 'A Person,,10,Yes\n'.repeat(MAX_REPORT_BYTES / 16);
    expect(failure(big).message).toMatch(/^The file is larger than 200 KB/);
  });

  it('keeps an unsigned-in person apart when two signed-in people share the name', () => {
    const r = parseZoomReport(
      [
        'Name (Original Name),User Email,Total Duration (Minutes),Guest',
        'Sam Lee,sam.lee@example.org,50,No',
        'Sam Lee,sam.lee2@example.org,40,No',
        'Sam Lee,,30,Yes',
        'Sam Lee (she/her),,20,Yes',
        'not an email,bad-address,5,Yes',
      ].join('\n'),
      { zone },
    );
    expect(r.participants.map((p) => [p.key, p.minutes])).toEqual([
      ['name:not an email', 5],
      ['email:sam.lee@example.org', 50],
      ['email:sam.lee2@example.org', 40],
      ['name:sam lee', 30],
      ['name:sam lee (she/her)', 20],
    ]);
    expect(r.warnings).toEqual(['Ignored an email that is not an address on line 6; matched by name instead.']);
  });

  it('splits renamed participants', () => {
    expect(splitZoomName('Carmen D. (Carmen Diaz)')).toEqual({ name: 'Carmen D.', original: 'Carmen Diaz' });
    expect(splitZoomName('Sam Lee (she/her)')).toEqual({ name: 'Sam Lee (she/her)', original: null });
    expect(splitZoomName('Ana Lopez (ana lopez)')).toEqual({ name: 'Ana Lopez', original: null });
    expect(splitZoomName('Room 4 (2)')).toEqual({ name: 'Room 4 (2)', original: null });
    expect(nameVariants('Lopez,  Ana')).toEqual(['lopez, ana', 'ana lopez']);
    expect(nameVariants('José  Núñez')).toEqual(['jose nunez']);
  });
});
