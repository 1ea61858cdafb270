import { backoffSeconds } from './outbox.service';

describe('backoffSeconds', () => {
  it('doubles from 30 seconds after each failed attempt', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(backoffSeconds)).toEqual([30, 60, 120, 240, 480, 960, 1920]);
  });

  it('is capped at one hour', () => {
    expect(backoffSeconds(8)).toBe(3600);
    expect(backoffSeconds(9)).toBe(3600);
    expect(backoffSeconds(50)).toBe(3600);
    // Large enough that 2 ** n would overflow a safe integer.
    expect(backoffSeconds(2000)).toBe(3600);
  });

  it('treats zero or a negative count as the first attempt', () => {
    expect(backoffSeconds(0)).toBe(30);
    expect(backoffSeconds(-3)).toBe(30);
  });

  it('never decreases as attempts grow', () => {
    for (let n = 1; n < 40; n++) expect(backoffSeconds(n + 1)).toBeGreaterThanOrEqual(backoffSeconds(n));
  });
});
