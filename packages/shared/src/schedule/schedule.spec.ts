import { DateTime } from 'luxon';
import {
  Cadence,
  countdown,
  describeForViewer,
  intervalsOverlap,
  joinState,
  localToInstant,
  planSessions,
  shiftKeepingLocalTime,
} from './schedule';

const base = { localTime: '19:00', durationMinutes: 120, count: 5, cadence: Cadence.Weekly };

describe('planSessions across DST', () => {
  it('keeps 7 pm in Denver across the spring-forward change (offset moves, wall time stays)', () => {
    // DST starts Sunday March 8, 2026 in the US.
    const s = planSessions({ ...base, zone: 'America/Denver', startDate: '2026-02-24', weekday: 2 });
    expect(s.map((x) => x.localDate)).toEqual(['2026-02-24', '2026-03-03', '2026-03-10', '2026-03-17', '2026-03-24']);
    expect(s.every((x) => x.localTime === '19:00')).toBe(true);
    expect(s[1].startsAt).toBe('2026-03-04T02:00:00.000Z'); // MST, UTC−7
    expect(s[2].startsAt).toBe('2026-03-11T01:00:00.000Z'); // MDT, UTC−6
    expect(s[2].endsAt).toBe('2026-03-11T03:00:00.000Z');
  });

  it('keeps 7 pm in New York across the fall-back change', () => {
    // DST ends Sunday November 1, 2026.
    const s = planSessions({ ...base, zone: 'America/New_York', startDate: '2026-10-20', weekday: 4, count: 3 });
    expect(s.map((x) => x.startsAt)).toEqual(['2026-10-22T23:00:00.000Z', '2026-10-29T23:00:00.000Z', '2026-11-06T00:00:00.000Z']);
  });

  it('does not move in a zone without DST (Phoenix) and matches UTC offsets (Honolulu)', () => {
    const phx = planSessions({ ...base, zone: 'America/Phoenix', startDate: '2026-03-01', weekday: 1, count: 3 });
    expect(phx.map((x) => x.startsAt)).toEqual(['2026-03-03T02:00:00.000Z', '2026-03-10T02:00:00.000Z', '2026-03-17T02:00:00.000Z']);
    const hnl = planSessions({ ...base, zone: 'Pacific/Honolulu', startDate: '2026-11-02', count: 1 });
    expect(hnl[0].startsAt).toBe('2026-11-03T05:00:00.000Z');
  });

  it('handles the southern hemisphere (Sydney leaves DST in April)', () => {
    const s = planSessions({ ...base, zone: 'Australia/Sydney', startDate: '2026-03-30', weekday: 1, count: 2 });
    expect(s.map((x) => x.startsAt)).toEqual(['2026-03-30T08:00:00.000Z', '2026-04-06T09:00:00.000Z']);
  });

  it('flags a wall time that does not exist that day and moves it forward', () => {
    const { instant, shifted } = localToInstant('2026-03-08', '02:30', 'America/Chicago');
    expect(shifted).toBe(true);
    expect(instant.toFormat('HH:mm')).toBe('03:30');
    const s = planSessions({ ...base, zone: 'America/Chicago', startDate: '2026-03-08', localTime: '02:30', count: 2 });
    expect(s.map((x) => x.shifted)).toEqual([true, false]);
  });

  it('supports every two weeks, a start weekday after the start date, and hand-picked dates', () => {
    const bi = planSessions({ ...base, zone: 'America/Denver', startDate: '2026-01-01', weekday: 3, count: 3, cadence: Cadence.Biweekly });
    expect(bi.map((x) => x.localDate)).toEqual(['2026-01-07', '2026-01-21', '2026-02-04']);
    const custom = planSessions({
      ...base,
      zone: 'America/Denver',
      startDate: '2026-01-01',
      cadence: Cadence.Custom,
      dates: ['2026-02-10', '2026-01-15', '2026-01-15', 'not-a-date'],
    });
    expect(custom.map((x) => x.localDate)).toEqual(['2026-01-15', '2026-02-10']);
    expect(custom.map((x) => x.index)).toEqual([0, 1]);
  });
});

describe('editing and showing times', () => {
  it('shifts a session by a week keeping local time across DST', () => {
    expect(shiftKeepingLocalTime('2026-03-04T02:00:00.000Z', 'America/Denver', 7)).toBe('2026-03-11T01:00:00.000Z');
  });

  it('detects overlaps of half-open intervals', () => {
    expect(intervalsOverlap('2026-01-01T01:00:00Z', '2026-01-01T03:00:00Z', '2026-01-01T02:59:00Z', '2026-01-01T04:00:00Z')).toBe(true);
    expect(intervalsOverlap('2026-01-01T01:00:00Z', '2026-01-01T03:00:00Z', '2026-01-01T03:00:00Z', '2026-01-01T04:00:00Z')).toBe(false);
  });

  it('opens Join 15 minutes before the start until the end', () => {
    const at = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' });
    const [s, e] = ['2026-03-11T01:00:00.000Z', '2026-03-11T03:00:00.000Z'];
    expect(joinState(s, e, at('2026-03-11T00:44:59Z'))).toBe('NOT_YET');
    expect(joinState(s, e, at('2026-03-11T00:45:00Z'))).toBe('OPEN');
    expect(joinState(s, e, at('2026-03-11T02:59:00Z'))).toBe('OPEN');
    expect(joinState(s, e, at('2026-03-11T03:00:00Z'))).toBe('ENDED');
  });

  it('counts down to the next session', () => {
    const now = DateTime.fromISO('2026-03-09T00:00:00Z', { zone: 'UTC' });
    expect(countdown('2026-03-11T01:30:00Z', now)).toBe('in 2 days 1 hour');
    expect(countdown('2026-03-09T00:14:00Z', now)).toBe('in 14 minutes');
    expect(countdown('2026-03-08T00:00:00Z', now)).toBe('now');
  });

  it("shows the viewer's time with the cohort's beside it when they differ", () => {
    expect(describeForViewer('2026-03-11T01:00:00.000Z', 'America/Chicago', 'America/Denver')).toEqual({
      viewer: 'Tue, Mar 10, 8:00 PM CDT',
      cohort: '7:00 PM MDT cohort time',
    });
    expect(describeForViewer('2026-03-11T01:00:00.000Z', 'America/Denver', 'America/Denver').cohort).toBeNull();
  });
});
