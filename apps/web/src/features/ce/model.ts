import { DEGREE_KINDS, DEGREE_LABELS, formatLocalDate, type DegreeKind } from '@gantry/shared';

export { formatLocalDate };

export const DEGREE_OPTIONS = DEGREE_KINDS.map((value) => ({ value, label: DEGREE_LABELS[value] }));

export function degreeLabel(degree: DegreeKind | null | undefined): string {
  return degree ? DEGREE_LABELS[degree] : 'Not given';
}

/** 18.5, 30, 0.25: at most two decimals, none when whole. */
export function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** "1 unit per contact hour", "0.1 units per contact hour". */
export function ratioText(unitsPerContactHour: number): string {
  return `${num(unitsPerContactHour)} unit${unitsPerContactHour === 1 ? '' : 's'} per contact hour`;
}

/** An empty number input ('') is "not given". */
export function numberOrNull(v: number | string): number | null {
  if (v === '' || v === null || v === undefined) return null;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : null;
}

export interface YearUnits {
  year: string;
  gantry: number;
  other: number;
}

/** Units per calendar year of completion, split by where they came from, oldest year first (no gaps). */
export function unitsByYear(entries: readonly { completedOn: string; units: number; source: 'GANTRY' | 'MANUAL' }[]): YearUnits[] {
  if (!entries.length) return [];
  const by = new Map<number, { gantry: number; other: number }>();
  for (const e of entries) {
    const y = Number(e.completedOn.slice(0, 4));
    const row = by.get(y) ?? { gantry: 0, other: 0 };
    if (e.source === 'GANTRY') row.gantry += e.units;
    else row.other += e.units;
    by.set(y, row);
  }
  const years = [...by.keys()];
  const out: YearUnits[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) {
    const row = by.get(y) ?? { gantry: 0, other: 0 };
    out.push({ year: String(y), gantry: round2(row.gantry), other: round2(row.other) });
  }
  return out;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
