/**
 * The weak-area map's arithmetic and colour scale, kept apart from the components so it
 * is tested on its own.
 */

/** A domain's (or modality's) score: `percent` is null when nothing was answered. */
export interface ScoreRow {
  key: string;
  label: string;
  correct: number;
  total: number;
  percent: number | null | undefined;
}

export interface Band {
  /** Lowest percent in the band (inclusive). */
  min: number;
  label: string;
  /** Cell background. */
  background: string;
  /** Text on that background: at least 4.5:1 (WCAG AA) on every band. */
  color: string;
}

/**
 * Four bands from warm (weak) to cool (strong): lightness changes with the hue, so the
 * scale reads in greyscale and for red–green colour blindness too. Every cell prints its
 * number as well, so colour is never the only cue. Text is near-black on every band
 * (the darkest band, blue 4, still gives 8:1).
 */
export const BANDS: readonly Band[] = [
  { min: 85, label: '85 % and up', background: '#4dabf7', color: '#000000' },
  { min: 70, label: '70–84 %', background: '#a5d8ff', color: '#000000' },
  { min: 50, label: '50–69 %', background: '#ffe066', color: '#000000' },
  { min: 0, label: 'Under 50 %', background: '#ffa94d', color: '#000000' },
];

/** No answers in a cell yet: a neutral grey with dark grey text (7:1). */
export const NO_DATA = { label: 'No answers yet', background: '#f1f3f5', color: '#343a40' } as const;

export function bandOf(percent: number | null | undefined): Band | null {
  if (percent === null || percent === undefined) return null;
  return BANDS.find((b) => percent >= b.min) ?? BANDS[BANDS.length - 1]!;
}

/** "72 %", or an em dash when there is nothing to score. */
export function formatPercent(percent: number | null | undefined): string {
  return percent === null || percent === undefined ? '—' : `${percent} %`;
}

/** "5 of 7 correct", "No answers yet". */
export function formatCorrect(correct: number, total: number): string {
  return total === 0 ? 'No answers yet' : `${correct} of ${total} correct`;
}

/**
 * A list in prose: "A", "A and B", "A, B and C". Names that hold commas or "and"
 * themselves ("Electricity, electronics and power") are kept apart with semicolons.
 */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.some((n) => n.includes(',') || / and /.test(n))) return names.join('; ');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
