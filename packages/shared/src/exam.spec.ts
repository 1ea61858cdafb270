import {
  apportion,
  attemptDeadline,
  describeShortfalls,
  drawByBlueprint,
  examBlueprintSchema,
  isPastDeadline,
  percentOf,
  quizQuestionCount,
  quizScore,
  quizSettingsSchema,
  sample,
  secondsLeft,
  seededRng,
  shortfalls,
  shuffle,
  tally,
} from './exam';

const sum = (r: Record<string, number>) => Object.values(r).reduce((s, n) => s + n, 0);
const U = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('apportion (largest remainder)', () => {
  it('splits 165 questions over six equal domains as 28,28,28,27,27,27 — the first domains get the extra ones', () => {
    const r = apportion({ A: 1, B: 1, C: 1, D: 1, E: 1, F: 1 }, 165);
    expect(r).toEqual({ A: 28, B: 28, C: 28, D: 27, E: 27, F: 27 });
  });

  it('follows the weights, whatever their scale', () => {
    expect(apportion({ A: 50, B: 30, C: 20 }, 10)).toEqual({ A: 5, B: 3, C: 2 });
    expect(apportion({ A: 0.5, B: 0.3, C: 0.2 }, 10)).toEqual({ A: 5, B: 3, C: 2 });
    // 165 × (15, 25, 10, 30, 12, 8)% = 24.75, 41.25, 16.5, 49.5, 19.8, 13.2 → floors add to 162; three left go to
    // .8 (E), .75 (A), then the tie at .5 to the larger weight (D over C).
    expect(apportion({ A: 15, B: 25, C: 10, D: 30, E: 12, F: 8 }, 165)).toEqual({ A: 25, B: 41, C: 16, D: 50, E: 20, F: 13 });
  });

  it('gives nothing to a zero weight and breaks equal remainders by the larger weight', () => {
    expect(apportion({ A: 0, B: 1, C: 2 }, 4)).toEqual({ A: 0, B: 1, C: 3 });
    expect(apportion({ A: 1, B: 1 }, 3)).toEqual({ A: 2, B: 1 });
  });

  it('always sums to the total and is deterministic, for random weights and totals', () => {
    const rng = seededRng(7);
    for (let run = 0; run < 500; run++) {
      const n = 1 + Math.floor(rng() * 9);
      const weights = Object.fromEntries(Array.from({ length: n }, (_, i) => [`D${i}`, Math.floor(rng() * 4) === 0 ? 0 : rng() * 100]));
      if (!Object.values(weights).some((w) => w > 0)) weights.D0 = 1;
      const total = Math.floor(rng() * 300);
      const r = apportion(weights, total);
      expect(sum(r)).toBe(total);
      expect(apportion(weights, total)).toEqual(r);
      const wsum = Object.values(weights).reduce((s, w) => s + w, 0);
      for (const [k, w] of Object.entries(weights)) {
        // Within one question of the exact quota (the quota property of Hamilton's method).
        expect(Math.abs(r[k] - (w * total) / wsum)).toBeLessThan(1);
        if (w === 0) expect(r[k]).toBe(0);
      }
    }
  });

  it('refuses nonsense', () => {
    expect(() => apportion({ A: 0 }, 5)).toThrow(/more than 0/);
    expect(() => apportion({ A: -1, B: 2 }, 5)).toThrow(/0 or more/);
    expect(() => apportion({ A: 1 }, 2.5)).toThrow();
    expect(apportion({ A: 0 }, 0)).toEqual({ A: 0 });
  });
});

describe('shuffle and sample', () => {
  it('shuffle is a permutation, reproducible with a seed, and leaves its input alone', () => {
    const input = Array.from({ length: 50 }, (_, i) => i);
    const a = shuffle(input, seededRng(1));
    expect([...a].sort((x, y) => x - y)).toEqual(input);
    expect(shuffle(input, seededRng(1))).toEqual(a);
    expect(shuffle(input, seededRng(2))).not.toEqual(a);
    expect(input[0]).toBe(0);
  });

  it('shuffle is uniform over the orders of three items (Fisher–Yates, not the biased swap-any)', () => {
    const counts = new Map<string, number>();
    const rng = seededRng(42);
    for (let i = 0; i < 60_000; i++) {
      const k = shuffle(['a', 'b', 'c'], rng).join('');
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const n of counts.values()) expect(Math.abs(n - 10_000)).toBeLessThan(500);
  });

  it('uses the injected source (a source stuck at 0 or near 1 still gives a permutation)', () => {
    expect(shuffle([1, 2, 3, 4], () => 0)).toEqual([2, 3, 4, 1]);
    expect(shuffle([1, 2, 3, 4], () => 0.9999999999)).toEqual([1, 2, 3, 4]);
    expect(sample([1, 2, 3], 3, () => 1)).toEqual(expect.arrayContaining([1, 2, 3]));
  });

  it('sample draws distinct items, ignoring duplicates in the pool, and refuses to draw more than there are', () => {
    const s = sample(['a', 'b', 'b', 'c', 'd'], 4, seededRng(3));
    expect(new Set(s).size).toBe(4);
    expect(() => sample(['a', 'a'], 2, seededRng(1))).toThrow(/from 1/);
    expect(sample(['a'], 0, seededRng(1))).toEqual([]);
  });
});

describe('drawByBlueprint', () => {
  const pools = (per: Record<string, number>) => Object.fromEntries(Object.entries(per).map(([d, n]) => [d, Array.from({ length: n }, (_, i) => `${d}-${i}`)]));

  it('draws each domain its count with no repeats, interleaved', () => {
    const counts = apportion({ A: 1, B: 1, C: 2 }, 40);
    const ids = drawByBlueprint(pools({ A: 30, B: 30, C: 30 }), counts, seededRng(9));
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
    const per = (d: string) => ids.filter((i) => i.startsWith(`${d}-`)).length;
    expect([per('A'), per('B'), per('C')]).toEqual([counts.A, counts.B, counts.C]);
    // Interleaved: not all of one domain first.
    expect(ids.slice(0, counts.A).every((i) => i.startsWith('A-'))).toBe(false);
    expect(drawByBlueprint(pools({ A: 30, B: 30, C: 30 }), counts, seededRng(9))).toEqual(ids);
  });

  it('never draws an id twice even if it sits in two pools', () => {
    const ids = drawByBlueprint({ A: ['x', 'y'], B: ['x', 'z'] }, { A: 2, B: 1 }, seededRng(1));
    expect(new Set(ids).size).toBe(3);
  });

  it('reports short pools by domain and refuses to draw', () => {
    const p = pools({ A: 30, B: 5, C: 0 });
    const counts = { A: 10, B: 10, C: 3 };
    expect(shortfalls(p, counts)).toEqual([
      { domain: 'B', needed: 10, available: 5 },
      { domain: 'C', needed: 3, available: 0 },
    ]);
    expect(() => drawByBlueprint(p, counts, seededRng(1))).toThrow('B has 5 reviewed questions you can practise; the exam needs 10.');
    expect(describeShortfalls([{ domain: 'SAFETY', needed: 28, available: 1 }], () => 'Safety')).toBe('Safety has 1 reviewed question you can practise; the exam needs 28.');
    expect(shortfalls(p, { A: 30, B: 0 })).toEqual([]);
  });
});

describe('scoring', () => {
  it('percent and quiz score round half up, and never divide by zero', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(0, 0)).toBe(0);
    expect(quizScore(10, 7, 8)).toBe(9); // 8.75
    expect(quizScore(10, 1, 4)).toBe(3); // 2.5 → 3
    expect(quizScore(10, 0, 0)).toBe(0);
  });

  it('tallies per key, unanswered counting as wrong', () => {
    const t = tally([
      { key: 'A', correct: true },
      { key: 'A', correct: false },
      { key: 'A', correct: null },
      { key: 'B', correct: true },
    ]);
    expect(t.get('A')).toEqual({ correct: 1, total: 3, percent: 33 });
    expect(t.get('B')).toEqual({ correct: 1, total: 1, percent: 100 });
  });
});

describe('timer', () => {
  const start = new Date('2026-03-01T15:00:00Z');

  it('counts whole seconds left, rounding up, never negative', () => {
    expect(secondsLeft('2026-03-01T18:00:00Z', start)).toBe(3 * 3600);
    expect(secondsLeft(new Date('2026-03-01T15:00:01.200Z'), start)).toBe(2);
    expect(secondsLeft('2026-03-01T14:00:00Z', start)).toBe(0);
    expect(secondsLeft(null, start)).toBeNull();
  });

  it('knows when time is up', () => {
    expect(isPastDeadline('2026-03-01T15:00:00Z', start)).toBe(true);
    expect(isPastDeadline('2026-03-01T15:00:01Z', start)).toBe(false);
    expect(isPastDeadline(null, start)).toBe(false);
  });

  it('ends an attempt at its time limit or at a closing due time, whichever is first', () => {
    expect(attemptDeadline(start, 180)).toEqual(new Date('2026-03-01T18:00:00Z'));
    expect(attemptDeadline(start, 180, new Date('2026-03-01T16:00:00Z'))).toEqual(new Date('2026-03-01T16:00:00Z'));
    expect(attemptDeadline(start, 30, new Date('2026-03-01T16:00:00Z'))).toEqual(new Date('2026-03-01T15:30:00Z'));
    expect(attemptDeadline(start, null, new Date('2026-03-01T16:00:00Z'))).toEqual(new Date('2026-03-01T16:00:00Z'));
    expect(attemptDeadline(start, null)).toBeNull();
  });
});

describe('quiz settings', () => {
  it('accepts fixed questions and rules, with defaults', () => {
    const fixed = quizSettingsSchema.parse({ selection: 'FIXED', questionIds: [U(1), U(2)], feedback: 'IMMEDIATE' });
    expect(fixed).toMatchObject({ shuffle: true, timeLimitMinutes: null, rule: null });
    expect(quizQuestionCount(fixed)).toBe(2);
    const rule = quizSettingsSchema.parse({ selection: 'RULE', rule: { domainIds: [U(3)], count: 10 }, feedback: 'AT_END', timeLimitMinutes: 20, shuffle: false });
    expect(rule.rule).toEqual({ domainIds: [U(3)], modalityIds: [], difficulty: null, count: 10 });
    expect(quizQuestionCount(rule)).toBe(10);
  });

  it('says what is missing, field by field', () => {
    const issues = (v: unknown) => {
      const r = quizSettingsSchema.safeParse(v);
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(issues({ selection: 'FIXED', feedback: 'AT_END' })).toEqual(['questionIds: Add at least one question.']);
    expect(issues({ selection: 'FIXED', questionIds: [U(1), U(1)], feedback: 'AT_END' })).toEqual(['questionIds: Each question can be in a quiz once.']);
    expect(issues({ selection: 'RULE', feedback: 'AT_END' })).toEqual(['rule: Say which questions to draw and how many.']);
    expect(issues({ selection: 'RULE', rule: { count: 0 }, feedback: 'AT_END' })).toEqual(['rule.count: A quiz has at least 1 question.']);
    expect(issues({ selection: 'FIXED', questionIds: ['nope'], feedback: 'AT_END', timeLimitMinutes: 0 })).toEqual([
      'questionIds.0: Choose from the list.',
      'timeLimitMinutes: A time limit is 1 to 600 minutes, or none.',
    ]);
  });
});

describe('blueprint input', () => {
  const ok = { edition: '2026-01', effectiveFrom: '2026-01-15', questionCount: 165, minutes: 180, provisional: false, weights: [{ domainId: U(1), weight: 20 }, { domainId: U(2), weight: 80 }] };

  it('accepts a well-formed edition', () => {
    expect(examBlueprintSchema.parse(ok)).toEqual(ok);
  });

  it('refuses duplicates, all-zero weights and bad dates', () => {
    const issues = (over: Record<string, unknown>) => {
      const r = examBlueprintSchema.safeParse({ ...ok, ...over });
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(issues({ weights: [{ domainId: U(1), weight: 1 }, { domainId: U(1), weight: 2 }] })).toEqual(['Give each domain one weight.']);
    expect(issues({ weights: [{ domainId: U(1), weight: 0 }] })).toEqual(['At least one domain needs a weight above 0.']);
    expect(issues({ effectiveFrom: '2026-02-30' })).toEqual(['Enter a real date (YYYY-MM-DD).']);
    expect(issues({ questionCount: 0 })).toEqual(['An exam has 1 to 500 questions.']);
  });
});
