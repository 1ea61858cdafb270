import type { ValueTransformer } from 'typeorm';

/** numeric columns arrive as strings from pg; they are small enough for a JS number. */
export const numericColumn: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | number | null) => (v === null || v === undefined ? null : Number(v)),
};

/**
 * `date` columns as "YYYY-MM-DD" strings whatever the driver hands back (pg builds a Date
 * at local midnight; PGlite may give the text), so no time zone ever shifts a day.
 */
export const localDateColumn: ValueTransformer = {
  to: (v: string | null | undefined) => v,
  from: (v: string | Date | null) => {
    if (v === null || v === undefined) return null;
    if (typeof v === 'string') return v.slice(0, 10);
    const p = (n: number) => String(n).padStart(2, '0');
    return `${v.getFullYear()}-${p(v.getMonth() + 1)}-${p(v.getDate())}`;
  },
};
