import { percentOf } from '@gantry/shared';

/** A domain (or modality) with at least this many scored answers counts as covered. */
export const COVERAGE_MIN_ANSWERS = 5;
/** How many weak domains the cohort view and "study next" name. */
export const WEAKEST_COUNT = 3;
/** Trend points: one per submitted attempt, the most recent this many. */
export const TREND_POINTS = 20;
/** Study-next items per weak domain. */
export const MATERIALS_PER_DOMAIN = 3;

export interface Tally {
  correct: number;
  total: number;
}

export interface Cell<K> extends Tally {
  key: K;
  /** Null when there is nothing to score (total 0): "no data" is not "0 %". */
  percent: number | null;
}

export const cellOf = <K>(key: K, t: Tally | undefined): Cell<K> => {
  const correct = t?.correct ?? 0;
  const total = t?.total ?? 0;
  return { key, correct, total, percent: total > 0 ? percentOf(correct, total) : null };
};

/** Adds b into a (a is changed and returned). */
export function addTally(a: Tally, b: Tally): Tally {
  a.correct += b.correct;
  a.total += b.total;
  return a;
}

/**
 * The `n` weakest cells: only cells with data, lowest percent first; a tie goes to the cell
 * with fewer answers (less practised), then to the earlier one in the given order (the
 * outline's order), so the answer is stable.
 */
export function weakest<K>(cells: readonly Cell<K>[], n = WEAKEST_COUNT): Cell<K>[] {
  return cells
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.total > 0)
    .sort((x, y) => x.c.percent! - y.c.percent! || x.c.total - y.c.total || x.i - y.i)
    .slice(0, n)
    .map(({ c }) => c);
}

/**
 * Coverage: the share (whole percent) of the active exam domains in which the student has at
 * least COVERAGE_MIN_ANSWERS scored answers. 0 when there are no active domains.
 */
export function coveragePercent(domainTotals: readonly number[]): { covered: number; percent: number } {
  const covered = domainTotals.filter((t) => t >= COVERAGE_MIN_ANSWERS).length;
  return { covered, percent: domainTotals.length ? percentOf(covered, domainTotals.length) : 0 };
}
