import { DateTime } from 'luxon';
import { isReleased, releasesAt } from './agenda';

describe('agenda release rules', () => {
  const start = '2026-03-11T01:00:00.000Z';
  const end = '2026-03-11T03:00:00.000Z';
  const at = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' });

  it('NOW is always visible', () => {
    expect(releasesAt('NOW', null, start, end)).toBeNull();
    expect(isReleased('NOW', null, start, end, at('2020-01-01T00:00:00Z'))).toBe(true);
  });

  it('DAYS_BEFORE opens N days before the start', () => {
    expect(releasesAt('DAYS_BEFORE', 3, start, end)).toBe('2026-03-08T01:00:00.000Z');
    expect(isReleased('DAYS_BEFORE', 3, start, end, at('2026-03-08T00:59:59Z'))).toBe(false);
    expect(isReleased('DAYS_BEFORE', 3, start, end, at('2026-03-08T01:00:00Z'))).toBe(true);
  });

  it('AFTER_END opens when the session ends', () => {
    expect(isReleased('AFTER_END', null, start, end, at('2026-03-11T02:59:00Z'))).toBe(false);
    expect(isReleased('AFTER_END', null, start, end, at('2026-03-11T03:00:00Z'))).toBe(true);
  });
});
