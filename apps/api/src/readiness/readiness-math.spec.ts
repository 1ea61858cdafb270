import { cellOf, coveragePercent, weakest } from './readiness-math';

describe('readiness math', () => {
  it('leaves percent null when there is nothing to score', () => {
    expect(cellOf('A', undefined)).toEqual({ key: 'A', correct: 0, total: 0, percent: null });
    expect(cellOf('A', { correct: 5, total: 8 }).percent).toBe(63); // half up
  });

  it('picks the weakest cells with data: lowest percent, then fewer answers, then outline order', () => {
    const cells = [
      cellOf('A', { correct: 1, total: 2 }), // 50, 2 answers
      cellOf('B', { correct: 0, total: 0 }), // no data: never weakest
      cellOf('C', { correct: 2, total: 4 }), // 50, 4 answers
      cellOf('D', { correct: 1, total: 2 }), // 50, 2 answers, after A
      cellOf('E', { correct: 9, total: 10 }),
      cellOf('F', { correct: 0, total: 7 }),
    ];
    expect(weakest(cells).map((c) => c.key)).toEqual(['F', 'A', 'D']);
    expect(weakest(cells, 10).map((c) => c.key)).toEqual(['F', 'A', 'D', 'C', 'E']);
    expect(weakest([cellOf('B', undefined)])).toEqual([]);
  });

  it('counts a domain as covered from 5 answers', () => {
    expect(coveragePercent([5, 4, 0, 12, 5, 1])).toEqual({ covered: 3, percent: 50 });
    expect(coveragePercent([])).toEqual({ covered: 0, percent: 0 });
  });
});
