import { crossedThreshold, formatClock, navLabel, reviewSummary, secondsLeftNow, submitWarning, timeLeftWords } from './model';

describe('practice model', () => {
  it('speaks at 30, 10, 5 and 1 minutes left only when crossing them', () => {
    expect(crossedThreshold(null, 1800)).toBeNull();
    expect(crossedThreshold(1801, 1800)).toBe(30);
    expect(crossedThreshold(1800, 1799)).toBeNull();
    expect(crossedThreshold(601, 600)).toBe(10);
    expect(crossedThreshold(700, 200)).toBe(5); // a jump across several (the laptop slept): the latest one
    expect(crossedThreshold(61, 60)).toBe(1);
    expect(crossedThreshold(60, 61)).toBeNull();
  });

  it('counts down from the server’s seconds by the time elapsed since they were read', () => {
    expect(secondsLeftNow(100, 1_000, 1_000)).toBe(100);
    expect(secondsLeftNow(100, 1_000, 3_999)).toBe(98);
    expect(secondsLeftNow(2, 0, 10_000)).toBe(0);
  });

  it('words the clock and the states', () => {
    expect(formatClock(3 * 3600)).toBe('3:00:00');
    expect(formatClock(605)).toBe('10:05');
    expect(formatClock(7)).toBe('0:07');
    expect(timeLeftWords(3 * 3600 - 60)).toBe('2 hours 59 minutes left');
    expect(timeLeftWords(245)).toBe('4 minutes 5 seconds left');
    expect(timeLeftWords(1)).toBe('1 second left');
    expect(navLabel(2, { answered: false, flagged: true, current: true })).toBe('Question 3: not answered, flagged for review, current question');
    expect(reviewSummary(10, 0, 0)).toBe('all 10 answered');
    expect(reviewSummary(10, 3, 2)).toBe('3 unanswered, 2 flagged for review');
    expect(submitWarning(1)).toMatch(/^1 unanswered question will count as wrong/);
  });
});
