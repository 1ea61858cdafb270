import {
  classifyAttendance,
  detectSlashDateOrder,
  mergeIntervals,
  minutesWithin,
  parseZoomTime,
} from './attendance';

const t = (hhmmss: string) => new Date(`2026-10-21T${hhmmss}Z`);
const rule = { presentPercent: 75, lateAfterMinutes: 10 };

describe('mergeIntervals', () => {
  it('sorts, merges overlapping and touching intervals, drops empty ones', () => {
    expect(
      mergeIntervals([
        { start: t('02:30:00'), end: t('02:40:00') },
        { start: t('01:00:00'), end: t('01:30:00') },
        { start: t('01:20:00'), end: t('01:50:00') },
        { start: t('01:50:00'), end: t('02:00:00') },
        { start: t('03:00:00'), end: t('03:00:00') },
        { start: 'not a date', end: t('03:00:00') },
      ]),
    ).toEqual([
      { start: t('01:00:00').getTime(), end: t('02:00:00').getTime() },
      { start: t('02:30:00').getTime(), end: t('02:40:00').getTime() },
    ]);
  });

  it('keeps a contained interval inside the larger one', () => {
    expect(mergeIntervals([{ start: t('01:00:00'), end: t('03:00:00') }, { start: t('01:10:00'), end: t('01:20:00') }])).toEqual([
      { start: t('01:00:00').getTime(), end: t('03:00:00').getTime() },
    ]);
  });
});

describe('minutesWithin', () => {
  const start = t('01:00:00');
  const end = t('02:30:00');

  it('counts two devices overlapping once', () => {
    const laptop = { start: t('00:58:00'), end: t('02:31:00') };
    const phone = { start: t('01:30:00'), end: t('02:00:00') };
    expect(minutesWithin([laptop, phone], start, end)).toBe(90);
  });

  it('adds up rejoins after dropped connections and clips to the window', () => {
    const rows = [
      { start: t('00:55:00'), end: t('01:20:30') }, // 20.5 in the window
      { start: t('01:22:00'), end: t('02:00:00') }, // 38
      { start: t('02:05:00'), end: t('03:00:00') }, // 25 in the window
    ];
    expect(minutesWithin(rows, start, end)).toBe(83);
  });

  it('rounds down to whole minutes and is 0 outside the window', () => {
    expect(minutesWithin([{ start: t('01:00:00'), end: t('01:00:59') }], start, end)).toBe(0);
    expect(minutesWithin([{ start: t('00:00:00'), end: t('00:59:59') }], start, end)).toBe(0);
    expect(minutesWithin([], start, end)).toBe(0);
    expect(minutesWithin([{ start: t('01:00:00'), end: t('02:00:00') }], end, start)).toBe(0);
  });
});

describe('classifyAttendance', () => {
  const base = { sessionMinutes: 90, sessionStart: t('01:00:00'), rule };

  it('is ABSENT with no minutes', () => {
    expect(classifyAttendance({ ...base, minutes: 0, firstJoin: null })).toBe('ABSENT');
    expect(classifyAttendance({ ...base, minutes: 0, firstJoin: t('01:00:00') })).toBe('ABSENT');
  });

  it('is PRESENT on time with at least the share, at exactly the threshold too', () => {
    expect(classifyAttendance({ ...base, minutes: 90, firstJoin: t('00:58:00') })).toBe('PRESENT');
    expect(classifyAttendance({ ...base, minutes: 68, firstJoin: t('01:10:00') })).toBe('PRESENT'); // 67.5 needed; 10 min is not late yet
    expect(classifyAttendance({ ...base, minutes: 67, firstJoin: t('01:00:00') })).toBe('LEFT_EARLY');
  });

  it('is LATE after start + lateAfterMinutes, whatever the minutes', () => {
    expect(classifyAttendance({ ...base, minutes: 79, firstJoin: t('01:10:01') })).toBe('LATE');
    expect(classifyAttendance({ ...base, minutes: 20, firstJoin: t('02:10:00') })).toBe('LATE');
  });

  it('without a join time judges only the share', () => {
    expect(classifyAttendance({ ...base, minutes: 80 })).toBe('PRESENT');
    expect(classifyAttendance({ ...base, minutes: 30, firstJoin: null })).toBe('LEFT_EARLY');
  });

  it('accepts `start` as the session start and 0-minute sessions', () => {
    expect(classifyAttendance({ minutes: 5, sessionMinutes: 90, start: t('01:00:00'), firstJoin: t('01:30:00'), rule })).toBe('LATE');
    expect(classifyAttendance({ minutes: 1, sessionMinutes: 0, rule })).toBe('PRESENT');
  });

  it('honours a stricter rule', () => {
    const strict = { presentPercent: 100, lateAfterMinutes: 0 };
    expect(classifyAttendance({ ...base, rule: strict, minutes: 89, firstJoin: t('01:00:00') })).toBe('LEFT_EARLY');
    expect(classifyAttendance({ ...base, rule: strict, minutes: 90, firstJoin: t('01:00:01') })).toBe('LATE');
  });
});

describe('parseZoomTime', () => {
  const denver = 'America/Denver';

  it('reads US 12-hour times in the host zone (across midnight UTC)', () => {
    expect(parseZoomTime('10/20/2026 07:02:11 PM', denver)?.toISOString()).toBe('2026-10-21T01:02:11.000Z');
    expect(parseZoomTime('10/20/2026 12:05:00 AM', denver)?.toISOString()).toBe('2026-10-20T06:05:00.000Z');
    expect(parseZoomTime('10/20/2026 12:05:00 PM', denver)?.toISOString()).toBe('2026-10-20T18:05:00.000Z');
    expect(parseZoomTime(' 1/5/2026 7:02 pm ', denver)?.toISOString()).toBe('2026-01-06T02:02:00.000Z'); // MST
  });

  it('reads 24-hour US and day-first times', () => {
    expect(parseZoomTime('10/20/2026 19:02:11', denver)?.toISOString()).toBe('2026-10-21T01:02:11.000Z');
    expect(parseZoomTime('20/10/2026 19:02:11', denver)?.toISOString()).toBe('2026-10-21T01:02:11.000Z'); // US cannot fit
    expect(parseZoomTime('05/11/2026 19:02:11', denver, { order: 'DMY' })?.toISOString()).toBe('2026-11-06T02:02:11.000Z');
    expect(parseZoomTime('05/11/2026 19:02:11', denver)?.toISOString()).toBe('2026-05-12T01:02:11.000Z');
    expect(parseZoomTime('13/20/2026 19:02:11', denver, { order: 'DMY' })).toBeNull();
  });

  it('reads ISO with and without an offset', () => {
    expect(parseZoomTime('2026-10-20T19:02:11', denver)?.toISOString()).toBe('2026-10-21T01:02:11.000Z');
    expect(parseZoomTime('2026-10-20 19:02:11', denver)?.toISOString()).toBe('2026-10-21T01:02:11.000Z');
    expect(parseZoomTime('2026-10-21T01:02:11Z', denver)?.toISOString()).toBe('2026-10-21T01:02:11.000Z');
    expect(parseZoomTime('2026-10-20T19:02:11-06:00', 'Europe/London')?.toISOString()).toBe('2026-10-21T01:02:11.000Z');
  });

  it('returns null for anything else', () => {
    for (const bad of ['', '   ', '13/45/2026 07:02:11 PM', '02/30/2026 10:00:00', '10/20/2026 13:02:11 PM', '10/20/2026 25:00:00', '2026', 'yesterday', '2026-10-20']) {
      expect(parseZoomTime(bad, denver)).toBeNull();
    }
    expect(parseZoomTime('10/20/2026 07:02:11 PM', 'Mars/Olympus')).toBeNull();
  });
});

describe('detectSlashDateOrder', () => {
  it('decides from values that only fit one order', () => {
    expect(detectSlashDateOrder(['10/05/2026 19:00:00', '10/20/2026 19:00:00'])).toBe('MDY');
    expect(detectSlashDateOrder(['05/10/2026 19:00:00', '20/10/2026 19:00:00'])).toBe('DMY');
    expect(detectSlashDateOrder(['05/10/2026 19:00:00', '2026-10-05T19:00:00'])).toBeNull();
    expect(detectSlashDateOrder([])).toBeNull();
  });
});
