import { parse } from 'csv-parse/sync';

/** A CSV download read back into rows (RFC 4180: quoted fields, doubled quotes, CRLF); a BOM stays in the first cell. */
export function parseCsv(text: string): string[][] {
  return parse(text, { relax_column_count: true }) as string[][];
}
